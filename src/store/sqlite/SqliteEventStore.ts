import Database from 'better-sqlite3';
import { IllegalStateError, UnavailableError, ValidationError } from '../../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../../core/event.ts';
import type {
  AppendOptions,
  AppendRequest,
  AppendResult,
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
import { toRecordedEvent } from './recordedEvent.ts';
import { commitsInWorker, positiveInteger, type SqliteEventStoreOptions } from './options.ts';
import { configureConnection, migrate } from './schema.ts';
import { prepareStatements, type Statements } from './statements.ts';
import { CatchUpSubscription } from './subscribe.ts';
import { validateAppend, type ValidAppend } from '../validateAppend.ts';
import { WorkerCommitter } from './workerCommitter.ts';

export type { SqliteCommitThread, SqliteEventStoreOptions } from './options.ts';

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
  /** Commits `append`'s batches in a worker thread; undefined when they run in this thread. */
  readonly #committer: WorkerCommitter | undefined;
  #closed = false;
  #queued: { request: ValidAppend; resolve: (result: AppendResult) => void; reject: (error: Error) => void }[] = [];
  /** The batch being committed; the appends made meanwhile wait in `#queued` for the next. */
  #inFlight: Promise<void> | undefined;
  #scheduled = false;

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
    const inWorker = commitsInWorker(options.path, options.commitThread);
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
    this.#committer = inWorker
      ? new WorkerCommitter({ path: options.path, synchronous, busyTimeoutMs, cacheSizeKiB })
      : undefined;
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
   * Appends are committed together (group commit): those made in the same turn of the event loop,
   * and, while a batch is being committed in the worker thread, all those made meanwhile, as the
   * next batch. One `BEGIN IMMEDIATE` transaction and one sync for all of them, each checked before
   * it writes, so each still succeeds or fails alone, in call order. Concurrent writers (HTTP
   * requests) then share a sync instead of queueing behind one another's. An append resolves, and
   * the commit listeners and live subscriptions hear of its events, only after its `COMMIT`
   * returned.
   */
  async append(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const request = validateAppend(stream, events, options.expectedRevision);
    this.#assertOpen();
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queued.push({ request, resolve, reject });
      this.#schedule();
    });
  }

  /** Takes the queued appends on the next turn, unless a batch is in flight (it takes them when done). */
  #schedule(): void {
    if (this.#scheduled || this.#inFlight || this.#queued.length === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#inFlight = this.#commitQueued().finally(() => {
        this.#inFlight = undefined;
        this.#schedule();
      });
    });
  }

  async #commitQueued(): Promise<void> {
    const queued = this.#queued;
    this.#queued = [];
    try {
      this.#assertOpen();
      const requests = queued.map((q) => q.request);
      const keepRows = this.#commitListeners.size > 0 || this.#notifier.listened;
      const outcomes = this.#committer
        ? await this.#commitInWorker(this.#committer, requests, keepRows)
        : this.#guard(() => this.#appender.appendValidated(requests, keepRows));
      outcomes.forEach((outcome, i) =>
        outcome.ok ? queued[i]!.resolve(outcome.result) : queued[i]!.reject(outcome.error),
      );
    } catch (error) {
      for (const q of queued) q.reject(error as Error);
    }
  }

  /** The batch committed by the worker; its events told, as the appender tells them in this thread. */
  async #commitInWorker(
    committer: WorkerCommitter,
    requests: readonly ValidAppend[],
    keepRows: boolean,
  ): Promise<BatchOutcome[]> {
    let commit;
    try {
      commit = await committer.commit(requests, keepRows);
    } catch (error) {
      throw mapSqliteError(error);
    }
    if (commit.wrote) this.#committed(commit.rows);
    return commit.outcomes;
  }

  async appendBatch(requests: readonly AppendRequest[]): Promise<BatchOutcome[]> {
    return this.#guard(() => this.#appender.appendBatch(requests));
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

  /**
   * Waits for the batch being committed (its appends resolve), refuses the appends still queued,
   * stops every subscription (waiting for running handlers) and the commit thread, then closes the
   * database.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#inFlight;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.close()));
    await this.#committer?.close();
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
