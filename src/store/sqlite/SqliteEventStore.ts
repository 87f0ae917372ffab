import Database from 'better-sqlite3';
import { IllegalStateError, UnavailableError, ValidationError } from '../../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../../core/event.ts';
import type {
  AppendOptions,
  AppendRequest,
  AppendResult,
  BatchOptions,
  BatchOutcome,
  CommittedEvents,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  SubscriptionHandlers,
} from '../port.ts';
import { createAppender, type Appender, type CommittedRows } from './append.ts';
import { AppendNotifier } from './notifier.ts';
import { comparePositions, formatPosition } from './positions.ts';
import { readAll } from './readAll.ts';
import { existingStreams, readStream } from './readStream.ts';
import { committedEvents, toRecordedEvent } from './recordedEvent.ts';
import { configureConnection, migrate, type SqliteSynchronous } from './schema.ts';
import { prepareStatements, type Statements } from './statements.ts';
import { CatchUpSubscription } from './subscribe.ts';
import { validateAppend, type ValidAppend } from '../validateAppend.ts';

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
}

/** The embedded event store: one SQLite file in WAL mode, each append one `BEGIN IMMEDIATE`. */
export class SqliteEventStore implements EventStore {
  /**
   * The better-sqlite3 handle. Projections kept in the same file may read through it; nothing but
   * this store may write the `streams` and `events` tables.
   */
  readonly database: Database.Database;
  readonly #statements: Statements;
  readonly #appender: Appender;
  readonly #notifier = new AppendNotifier();
  readonly #subscriptions = new Set<CatchUpSubscription>();
  readonly #commitListeners = new Set<(commit: CommittedEvents) => void>();
  readonly #pollIntervalMs: number;
  readonly #pageSize: number;
  #closed = false;
  #queued: { request: ValidAppend; resolve: (result: AppendResult) => void; reject: (error: Error) => void }[] = [];

  constructor(options: SqliteEventStoreOptions) {
    const synchronous = options.synchronous ?? 'full';
    if (synchronous !== 'full' && synchronous !== 'normal') {
      throw ValidationError.at('synchronous', `expected 'full' or 'normal', got ${JSON.stringify(synchronous)}`);
    }
    this.#pollIntervalMs = positiveInteger(options.pollIntervalMs ?? 250, 'pollIntervalMs');
    this.#pageSize = positiveInteger(options.subscriptionPageSize ?? 500, 'subscriptionPageSize');
    const busyTimeoutMs = positiveInteger(options.busyTimeoutMs ?? 5000, 'busyTimeoutMs');
    const cacheSizeKiB = positiveInteger(options.cacheSizeKiB ?? 65_536, 'cacheSizeKiB');
    if (typeof options.path !== 'string' || options.path.length === 0)
      throw ValidationError.at('path', 'expected a file path or :memory:');
    const db = new Database(options.path, { timeout: busyTimeoutMs });
    try {
      configureConnection(db, { synchronous, busyTimeoutMs, cacheSizeKiB });
      migrate(db);
      this.#statements = prepareStatements(db);
    } catch (error) {
      db.close();
      throw mapSqliteError(error);
    }
    this.database = db;
    this.#appender = createAppender(db, this.#statements, (rows) => this.#committed(rows));
  }

  /**
   * After a commit: its events go to the commit listeners, then to the live subscriptions, which
   * take them from memory when they are the very next events after their cursor.
   */
  #committed(rows: CommittedRows | undefined): void {
    if (!rows) return this.#notifier.notify();
    const events = rows.rows.map((row) => toRecordedEvent(row));
    const commit: CommittedEvents = { after: rows.after === 0 ? undefined : formatPosition(rows.after), events };
    for (const listener of this.#commitListeners) {
      try {
        listener(commit);
      } catch {
        // The appends are committed: a listener's failure is its own (the port's contract).
      }
    }
    this.#notifier.notify({ ...rows, events });
  }

  onCommit(listener: (commit: CommittedEvents) => void): () => void {
    this.#commitListeners.add(listener);
    return () => this.#commitListeners.delete(listener);
  }

  /**
   * Appends made in the same turn of the event loop are committed together (group commit): one
   * `BEGIN IMMEDIATE` transaction and one sync for all of them, each checked before it writes, so
   * each still succeeds or fails alone, in call order. Concurrent writers (HTTP requests) then
   * share a sync instead of queueing behind one another's.
   */
  async append(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const request = validateAppend(stream, events, options.expectedRevision);
    this.#assertOpen();
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queued.push({ request, resolve, reject });
      if (this.#queued.length === 1) setImmediate(() => void this.#commitQueued());
    });
  }

  async #commitQueued(): Promise<void> {
    const queued = this.#queued;
    this.#queued = [];
    try {
      const keepRows = this.#commitListeners.size > 0 || this.#notifier.listened;
      const outcomes = await this.#guard(() =>
        this.#appender.appendValidated(
          queued.map((q) => q.request),
          keepRows,
        ),
      );
      outcomes.forEach((outcome, i) =>
        outcome.ok ? queued[i]!.resolve(outcome.result) : queued[i]!.reject(outcome.error),
      );
    } catch (error) {
      for (const q of queued) q.reject(error as Error);
    }
  }

  async appendBatch(requests: readonly AppendRequest[], options: BatchOptions = {}): Promise<BatchOutcome[]> {
    const { onCommit } = options;
    const kept =
      onCommit &&
      (({ after, rows }: CommittedRows) => {
        try {
          onCommit({ after: after === 0 ? undefined : formatPosition(after), events: committedEvents(rows) });
        } catch {
          // The batch is committed: the callback's failure is its own (the port's contract).
        }
      });
    return this.#guard(() => this.#appender.appendBatch(requests, kept));
  }

  async existingStreams(streams: readonly string[]): Promise<Set<string>> {
    return this.#guard(() => existingStreams(this.#statements, streams));
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.#guard(() => readStream(this.#statements, stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.#guard(() => readAll(this.#statements, options));
  }

  subscribe(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    this.#assertOpen();
    const statements = this.#statements;
    const subscription: CatchUpSubscription = new CatchUpSubscription(
      {
        readPage: (after, maxCount) => statements.readAll.all(after, maxCount),
        headPosition: () => statements.headPosition.get() ?? undefined,
        onAppend: (listener) => this.#notifier.onAppend(listener),
      },
      options,
      handlers,
      { pageSize: this.#pageSize, pollIntervalMs: this.#pollIntervalMs },
      () => this.#subscriptions.delete(subscription),
    );
    this.#subscriptions.add(subscription);
    return subscription;
  }

  comparePositions(a: string, b: string): number {
    return comparePositions(a, b);
  }

  async headPosition(): Promise<string | undefined> {
    return this.#guard(() => {
      const head = this.#statements.headPosition.get();
      return head === null || head === undefined ? undefined : formatPosition(head);
    });
  }

  /** Stops every subscription (waiting for running handlers), then closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.close()));
    this.database.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new IllegalStateError('the event store is closed');
  }

  #guard<T>(operation: () => T): T {
    this.#assertOpen();
    try {
      return operation();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }
}

/** Opens (creating and migrating if needed) a SQLite event store. */
export function openSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  return new SqliteEventStore(options);
}

/** A write lock held by another process past the busy timeout may pass: the caller can retry. */
function mapSqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return new UnavailableError(
      `the store is busy (another process holds its write lock): ${(error as Error).message}`,
    );
  }
  return error;
}

function positiveInteger(value: number, path: string): number {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw ValidationError.at(path, `expected a positive integer, got ${value}`);
  return value;
}
