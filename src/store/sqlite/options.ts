import { ValidationError } from '../../core/errors.ts';
import type { SqliteSynchronous } from './schema.ts';

/** Where `append`'s group commits run: a worker thread with its own connection, or this thread. */
export type SqliteCommitThread = 'worker' | 'main';

export interface SqliteEventStoreOptions {
  /** Database file (created if missing; its directory must exist), or `':memory:'` for tests. */
  readonly path: string;
  /**
   * `PRAGMA synchronous`. `'full'` (default) makes every commit durable across a power cut;
   * `'normal'` is faster in WAL mode and may lose the last commits on power loss (never corrupts).
   */
  readonly synchronous?: SqliteSynchronous;
  /**
   * How often a live subscription looks for events written by another process on the same file,
   * in milliseconds. Appends through this store object wake subscriptions at once. Default 250.
   */
  readonly pollIntervalMs?: number;
  /** How long a write waits for another process's write lock before failing, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * Page cache of this connection, in KiB (`PRAGMA cache_size`); allocated only as it fills. Bulk
   * imports into a large store are about a third faster with 64 MiB than with SQLite's 2 MiB.
   * Default 65536.
   */
  readonly cacheSizeKiB?: number;
  /** Events a subscription reads per page while catching up. Default 500. */
  readonly subscriptionPageSize?: number;
  /**
   * Where the group commits of `append` run (`appendBatch` always runs in this thread). `'worker'`
   * (the default for a file): a worker thread with its own connection to the file commits each
   * batch, so this thread serves other work while the `COMMIT` syncs; an append still resolves only
   * after its commit returned. `'main'`: in this thread. A `:memory:` store, which no other
   * connection can open, always commits in this thread.
   */
  readonly commitThread?: SqliteCommitThread;
}

/** The one place that chooses where `append`'s group commits run. */
export function commitsInWorker(path: string, thread: SqliteCommitThread | undefined): boolean {
  if (thread !== undefined && thread !== 'worker' && thread !== 'main')
    throw ValidationError.at('commitThread', `expected 'worker' or 'main', got ${JSON.stringify(thread)}`);
  return path !== ':memory:' && thread !== 'main';
}

export function positiveInteger(value: number, path: string): number {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw ValidationError.at(path, `expected a positive integer, got ${value}`);
  return value;
}
