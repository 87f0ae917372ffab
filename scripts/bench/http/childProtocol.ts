import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The HTTP benchmark runs each server in its own child process (`child_process.fork` with
 * `--import tsx`), so the load generator and the subscribers never share the server's thread.
 * Parent and child talk over the IPC channel: the child says `ready` with its URL and settings,
 * then answers calls (`stats`, `profile-start`, `profile-stop`, `stop`).
 */
export type ServerKind = 'chronicle' | 'bare';

export interface ReadyMessage {
  readonly type: 'ready';
  readonly url: string;
  /** What the report states about the server (synchronous, logger, …). */
  readonly settings: Readonly<Record<string, string>>;
}
export interface CallMessage {
  readonly type: 'call';
  readonly id: number;
  readonly op: 'stats' | 'profile-start' | 'profile-stop' | 'stop';
  readonly arg?: string;
}
export interface ReplyMessage {
  readonly type: 'reply';
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}
export interface ServerStats {
  /** Open live-feed streams. */
  readonly feedClients: number;
  /** Facts the server accepted since it started (bare) or events in its log (Chronicle). */
  readonly written: number;
  /** CPU time the server process has used so far (user + system, all threads), ms. */
  readonly cpuMs: number;
}

/** This process's CPU time so far, ms. */
export function cpuMsSoFar(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const ENTRY: Readonly<Record<ServerKind, string>> = {
  chronicle: fileURLToPath(new URL('./chronicleServer.ts', import.meta.url)),
  bare: fileURLToPath(new URL('./bareServer.ts', import.meta.url)),
};

export interface ServerChild {
  readonly kind: ServerKind;
  /** `chronicle`, `chronicle-normal` (the store at synchronous=NORMAL) or `bare`. */
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly settings: Readonly<Record<string, string>>;
  call<T = unknown>(op: CallMessage['op'], arg?: string): Promise<T>;
  /** Asks the child to close its server and store and exit; kills it (by pid) if it does not within 20 s. */
  stop(): Promise<void>;
}

/** Forks one server child and resolves once it listens. */
export function forkServer(
  kind: ServerKind,
  options: { profileDir?: string; synchronous?: 'normal' } = {},
): Promise<ServerChild> {
  const args = [
    ...(options.profileDir ? ['--profile', options.profileDir] : []),
    ...(options.synchronous ? ['--synchronous', options.synchronous] : []),
  ];
  const name = options.synchronous ? `${kind}-${options.synchronous}` : kind;
  const child: ChildProcess = fork(ENTRY[kind], args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      for (const p of pending.values()) p.reject(new Error(`the ${kind} server exited`));
      pending.clear();
      resolve();
    }),
  );
  child.on('message', (message: ReplyMessage | ReadyMessage) => {
    if (message.type !== 'reply') return;
    const p = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) p?.reject(new Error(`${kind} server: ${message.error}`));
    else p?.resolve(message.result);
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) =>
      reject(new Error(`the ${kind} server exited (code ${code}) before it was ready`));
    child.once('exit', failed);
    child.once('error', reject);
    child.on('message', (message: ReplyMessage | ReadyMessage) => {
      if (message.type !== 'ready') return;
      child.off('exit', failed);
      const call = <T>(op: CallMessage['op'], arg?: string): Promise<T> => {
        if (exited) return Promise.reject(new Error(`the ${kind} server has exited`));
        const id = nextId++;
        return new Promise<T>((res, rej) => {
          pending.set(id, { resolve: res as (v: unknown) => void, reject: rej });
          child.send({ type: 'call', id, op, ...(arg !== undefined ? { arg } : {}) } satisfies CallMessage);
        });
      };
      resolve({
        kind,
        name,
        url: message.url,
        pid: child.pid!,
        settings: message.settings,
        call,
        async stop() {
          if (exited) return;
          const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
          await call('stop').catch(() => undefined);
          await exitedPromise;
          clearTimeout(kill);
        },
      });
    });
  });
}

/** Child side: answers the parent's calls with `handlers` and exits after `stop`. */
export function serveCalls(handlers: Record<CallMessage['op'], (arg?: string) => Promise<unknown>>): void {
  process.on('message', (message: CallMessage) => {
    if (message.type !== 'call') return;
    void handlers[message.op](message.arg).then(
      (result) => {
        process.send!({ type: 'reply', id: message.id, result } satisfies ReplyMessage, () => {
          if (message.op === 'stop') process.exit(0);
        });
      },
      (error: unknown) =>
        process.send!({
          type: 'reply',
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies ReplyMessage),
    );
  });
  // The parent died: do not linger (the handlers' `stop` cleans up the temp files).
  process.once('disconnect', () => void handlers.stop().finally(() => process.exit(0)));
}

export function sendReady(url: string, settings: Record<string, string>): void {
  process.send!({ type: 'ready', url, settings } satisfies ReadyMessage);
}
