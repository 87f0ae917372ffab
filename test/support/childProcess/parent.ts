import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { MESSAGE_FD, type CallMessage, type ChildMessage, type ReplyMessage } from './protocol.ts';

/**
 * Runs a module in a child process and talks to it: the one harness of the crash test's children
 * and the benchmarks' server children. The child's side is `child.ts`, the messages `protocol.ts`.
 *
 * The child runs `node MODULE ARGS` from the repository root: a `.ts` module through tsx, or the
 * same code compiled ahead of time by `compileChild`, which skips tsx's loader and starts as
 * `npm start` does. Its stdout is discarded or passed through; its stderr is kept, for the errors
 * this harness raises when the child fails, and passed through on request.
 */

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `compileChild` writes: inside the repository, so the compiled module finds node_modules. */
const BUILD_DIR = fileURLToPath(new URL('../../../bin/.build/', import.meta.url));
/** The end of a child's stderr kept for error messages. */
const STDERR_KEPT = 16 * 1024;

export interface ChildOptions {
  /** The module to run: a `.ts` file (through tsx) or one `compileChild` wrote. */
  readonly module: string;
  readonly args?: readonly string[];
  /** Flags for node itself, before the module (`--cpu-prof`, `--trace-gc`). */
  readonly nodeFlags?: readonly string[];
  /** The child's environment (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** The child's stdout: discarded (default) or written to this process's. */
  readonly stdout?: 'ignore' | 'inherit';
  /** Also write the child's stderr to this process's (it is kept for error messages either way). */
  readonly showStderr?: boolean;
}

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A child process started from a module, and its messages. */
export class Child<M extends ChildMessage = ChildMessage> {
  readonly pid: number;
  /** Every message the child sent, in order. */
  readonly messages: M[] = [];
  /** Resolves once the child has exited and every message it sent has been read. */
  readonly exited: Promise<ChildExit>;
  readonly #process: ChildProcess;
  readonly #listeners: ((message: M) => void)[] = [];
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  readonly #name: string;
  #stderr = '';
  #hasExited = false;
  #nextId = 1;

  constructor(options: ChildOptions) {
    this.#name = options.module.slice(options.module.lastIndexOf('/') + 1);
    const execArgv = [...(options.nodeFlags ?? []), ...(options.module.endsWith('.ts') ? ['--import', 'tsx'] : [])];
    this.#process = spawn(process.execPath, [...execArgv, options.module, ...(options.args ?? [])], {
      cwd: REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ['pipe', options.stdout ?? 'ignore', 'pipe', 'pipe'],
    });
    this.pid = this.#process.pid ?? -1;
    this.#process.stderr!.setEncoding('utf8');
    this.#process.stderr!.on('data', (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-STDERR_KEPT);
      if (options.showStderr) process.stderr.write(chunk);
    });
    let buffered = '';
    const messages = this.#process.stdio[MESSAGE_FD] as Readable;
    messages.setEncoding('utf8');
    messages.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const message = JSON.parse(buffered.slice(0, end)) as M;
        buffered = buffered.slice(end + 1);
        this.#receive(message);
      }
    });
    // A broken pipe to a child that died is expected; its exit says what happened.
    this.#process.stdin!.on('error', () => {});
    this.exited = new Promise((resolve, reject) => {
      this.#process.once('error', reject);
      this.#process.once('close', (code, signal) => {
        this.#hasExited = true;
        for (const call of this.#pending.values()) call.reject(new Error(`${this.#name} exited${this.#stderrTail()}`));
        this.#pending.clear();
        resolve({ code, signal });
      });
    });
    // Awaited by whoever needs it; this keeps an early failure from being an unhandled rejection meanwhile.
    this.exited.catch(() => {});
  }

  /** The end of what the child wrote on stderr. */
  get stderr(): string {
    return this.#stderr;
  }

  #stderrTail(): string {
    return this.#stderr ? `:\n${this.#stderr}` : '';
  }

  #receive(message: M): void {
    this.messages.push(message);
    if (message.type === 'reply') {
      const reply = message as unknown as ReplyMessage;
      const call = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.error !== undefined) call?.reject(new Error(`${this.#name}: ${reply.error}`));
      else call?.resolve(reply.result);
    }
    for (const listener of this.#listeners) listener(message);
  }

  /** Calls `listener` with each message from now on (in the same turn as it is read). */
  onMessage(listener: (message: M) => void): void {
    this.#listeners.push(listener);
  }

  /** The first message of `type` (one already received, or the next); rejects if the child exits first. */
  next<T extends M['type']>(type: T): Promise<Extract<M, { type: T }>> {
    const found = this.messages.find((m) => m.type === type);
    if (found) return Promise.resolve(found as Extract<M, { type: T }>);
    return new Promise((resolve, reject) => {
      this.onMessage((m) => m.type === type && resolve(m as Extract<M, { type: T }>));
      void this.exited.then(
        ({ code, signal }) =>
          reject(new Error(`${this.#name} exited (${code ?? signal}) before it said ${type}${this.#stderrTail()}`)),
        reject,
      );
    });
  }

  /** Sends a message to the child (one JSON line on its stdin). */
  send(message: unknown): void {
    this.#process.stdin!.write(`${JSON.stringify(message)}\n`);
  }

  /** Closes the child's stdin: no more messages (a child answering calls then stops). */
  endInput(): void {
    this.#process.stdin!.end();
  }

  /** Asks the child to run `op` and resolves with its result. */
  call<T = unknown>(op: string, arg?: string): Promise<T> {
    if (this.#hasExited) return Promise.reject(new Error(`${this.#name} has exited`));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ type: 'call', id, op, ...(arg !== undefined ? { arg } : {}) } satisfies CallMessage);
    });
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.#process.kill(signal);
  }

  /** Asks the child to stop (`answerCalls`' `stop`) and waits for it to exit; kills it if it has not within `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (this.#hasExited) return;
    const kill = setTimeout(() => this.kill(), timeoutMs);
    await this.call('stop').catch(() => undefined);
    await this.exited.catch(() => undefined);
    clearTimeout(kill);
  }
}

/**
 * Compiles a child module, with everything it imports from the repository, into one ES module,
 * `bin/.build/NAME.mjs`, with the options `npm run build` compiles the CLI with
 * (`scripts/build.mjs`: packages stay in node_modules, names kept), and returns its path. A child
 * run from it starts as `npm start` does: through tsx, loading ~300 modules costs over a second of
 * CPU in its loader hooks; compiled, a fraction of that. The module is written under another name
 * and renamed, so a child never loads half of it. Packages resolve from the repository root, so
 * a child compiled this way cannot use the packages only `bench/` installs. The server's capture
 * thread is compiled beside it (`bin/.build/captureThread.mjs`), where the bundle looks.
 */
export async function compileChild(module: string, name: string): Promise<string> {
  mkdirSync(BUILD_DIR, { recursive: true });
  // A server in the child starts its capture threads from `captureThread.mjs` beside its bundle.
  await compileModule(CAPTURE_THREAD, `${BUILD_DIR}captureThread.mjs`);
  const outfile = `${BUILD_DIR}${name}.mjs`;
  await compileModule(module, outfile);
  return outfile;
}

const CAPTURE_THREAD = fileURLToPath(new URL('../../../src/capture/captureThread.ts', import.meta.url));

async function compileModule(module: string, outfile: string): Promise<void> {
  const { build } = await import('esbuild');
  const partial = `${outfile}.${process.pid}.partial`;
  await build({
    entryPoints: [module],
    outfile: partial,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    logLevel: 'warning',
  });
  renameSync(partial, outfile);
}
