import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IllegalStateError, UnavailableError } from '../../core/errors.ts';
import type { BatchOutcome } from '../port.ts';
import type { ValidAppend } from '../validateAppend.ts';
import type { CommittedRows } from './append.ts';
import {
  fromWireFailure,
  fromWireOutcome,
  type CommitWorkerSettings,
  type FromWorker,
  type ToWorker,
} from './commitWire.ts';

/** A batch committed by the worker: each append's outcome, and what the commit wrote. */
export interface WorkerCommit {
  readonly outcomes: BatchOutcome[];
  /** Whether at least one event was written. */
  readonly wrote: boolean;
  /** The rows written, when they were asked for and there were any. */
  readonly rows: CommittedRows | undefined;
}

interface Pending {
  resolve(commit: WorkerCommit): void;
  reject(error: Error): void;
}

/**
 * The store's side of its commit thread (`commitWorker.ts`): sends it one batch at a time and
 * resolves with the batch's outcomes once the worker's `COMMIT` has returned. The thread starts at
 * the first batch; it holds the process open only while a batch is in flight.
 *
 * A thread that stops on its own (an uncaught error, out of memory) rejects the batch in flight
 * with an `UnavailableError` whose outcome is unknown (the thread may have stopped after its
 * `COMMIT`), and every later batch with one that says nothing was written: the store must be
 * reopened.
 */
export class WorkerCommitter {
  readonly #settings: CommitWorkerSettings;
  #worker: Worker | undefined;
  #pending: Pending | undefined;
  #failure: UnavailableError | undefined;
  #lastError: Error | undefined;
  #closing: Promise<void> | undefined;

  constructor(settings: CommitWorkerSettings) {
    this.#settings = settings;
  }

  /** Commits `requests` in one transaction in the worker; one batch at a time. */
  commit(requests: readonly ValidAppend[], keepRows: boolean): Promise<WorkerCommit> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closing) return Promise.reject(new IllegalStateError('the event store is closed'));
    if (this.#pending) return Promise.reject(new IllegalStateError('a batch is already being committed'));
    const worker = (this.#worker ??= this.#start());
    return new Promise<WorkerCommit>((resolve, reject) => {
      this.#pending = { resolve, reject };
      worker.ref();
      worker.postMessage({ type: 'commit', requests, keepRows } satisfies ToWorker);
    });
  }

  /** Ends the thread, which closes its connection; call once no batch is in flight. */
  close(): Promise<void> {
    this.#closing ??= this.#stop();
    return this.#closing;
  }

  /** Stops the thread at once, as a crash of it would (for tests). */
  async terminate(): Promise<void> {
    await this.#worker?.terminate();
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    await exited;
  }

  #start(): Worker {
    const worker = spawnCommitWorker(this.#settings);
    worker.unref();
    worker.on('message', (reply: FromWorker) => this.#settle(reply));
    worker.on('error', (error: Error) => {
      this.#lastError = error;
    });
    worker.on('exit', (code: number) => this.#exited(code));
    return worker;
  }

  #settle(reply: FromWorker): void {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#worker?.unref();
    if (!pending) return;
    if (reply.type === 'failed') return pending.reject(fromWireFailure(reply.failure));
    pending.resolve({ outcomes: reply.outcomes.map(fromWireOutcome), wrote: reply.wrote, rows: reply.rows });
  }

  #exited(code: number): void {
    this.#worker = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (this.#closing && !pending) return;
    const reason = this.#lastError ? this.#lastError.message : `exit code ${code}`;
    this.#failure = new UnavailableError(
      `the event store's commit thread stopped (${reason}); the store takes no more appends until it is reopened`,
      'not-recorded',
    );
    pending?.reject(
      new UnavailableError(
        `the event store's commit thread stopped (${reason}) while committing a batch: its appends may or may not be written`,
        'unknown',
      ),
    );
  }
}

/**
 * Starts `commitWorker`: from a bundle (`scripts/build.mjs` and the test harness's `compileChild`
 * write `commitWorker.mjs` beside the bundles they make), that file; when this module runs as
 * TypeScript, `commitWorker.ts` compiled by esbuild once per process. A worker thread does not
 * inherit tsx's loader hooks, and loading the worker through tsx in the thread costs about 0.2 s
 * of CPU per thread against 0.03 s compiled.
 */
function spawnCommitWorker(settings: CommitWorkerSettings): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./commitWorker.mjs', import.meta.url), { workerData: settings });
  compiledWorker ??= compileWorker(fileURLToPath(new URL('./commitWorker.ts', import.meta.url)));
  return new Worker(compiledWorker, { eval: true, workerData: settings });
}

let compiledWorker: string | undefined;

/** `entry` as one CommonJS script whose packages load from the entry's directory (its node_modules). */
function compileWorker(entry: string): string {
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as typeof import('esbuild');
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    keepNames: true,
    sourcemap: 'inline',
    write: false,
    logLevel: 'warning',
  });
  const code = outputFiles[0]!.text;
  return `((require) => {\n${code}\n})(require('node:module').createRequire(${JSON.stringify(entry)}));`;
}
