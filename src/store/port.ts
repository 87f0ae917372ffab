import type { NewEvent, RecordedEvent } from '../core/event.ts';

/**
 * The revision a writer expects a stream to be at:
 * - `'any'`: no check;
 * - `'no_stream'`: the stream must not exist;
 * - `'stream_exists'`: the stream must exist;
 * - a bigint: the revision of the stream's last event (0-based).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** How long one store call may take by default, retries included (`CHRONICLE_STORE_TIMEOUT`), in ms. */
export const DEFAULT_STORE_TIMEOUT_MS = 5000;

/** Bounds a store call by the caller's deadline, besides the store's own (`CHRONICLE_STORE_TIMEOUT`). */
export interface CallOptions {
  /**
   * When it aborts (a request's deadline), the call gives up: a read or an append that wrote nothing
   * fails with `UnavailableError`; an append whose outcome is unknown is looked for in the stream
   * first (see `UnavailableError.writeOutcome`).
   */
  readonly signal?: AbortSignal;
}

export interface AppendOptions extends CallOptions {
  /** Default `'any'`. A mismatch throws `ConcurrencyError` and writes nothing. */
  readonly expectedRevision?: ExpectedRevision;
  /**
   * The whole stream as the caller just had it from this store, ending at the exact
   * `expectedRevision` (as `ConcurrencyError.events` gives it). A store that reads the stream
   * before it writes may start from it instead: the write still lands at that revision only, and
   * the store reads the stream itself when it has moved. A hint: a store may ignore it.
   */
  readonly streamAsRead?: readonly RecordedEvent[];
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written (or of the stream's last event when nothing was written). */
  readonly position: string;
  /** How many events were written. */
  readonly appended: number;
  /** Ids that were already in the stream and were therefore not written again. */
  readonly alreadyAppended: readonly string[];
}

/** One stream's part of a batch append. */
export interface AppendRequest extends AppendOptions {
  readonly stream: string;
  readonly events: readonly NewEvent[];
}

/** The outcome of one request of a batch: its result, or the typed error that refused it alone. */
export type BatchOutcome =
  { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly error: Error };

export interface ReadStreamOptions extends CallOptions {
  /** First revision to read (inclusive). Default 0. */
  readonly fromRevision?: bigint;
  /** Default: all. */
  readonly maxCount?: number;
}

export interface ReadAllOptions extends CallOptions {
  /** Read events strictly after this position. Default: from the start. */
  readonly after?: string;
  /** Default 1000. */
  readonly maxCount?: number;
}

export interface SubscriptionFilter {
  /** Deliver only events whose stream name starts with one of these (e.g. `fact-`). */
  readonly streamPrefixes?: readonly string[];
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position; omit to start from the beginning of the log. */
  readonly after?: string;
  readonly filter?: SubscriptionFilter;
}

export interface SubscriptionHandlers {
  /**
   * Called when the connection to the store dropped (a restart, a cut connection), before the
   * subscription connects again, and again before each further attempt; it connects once this
   * resolves. Resolve with a position to resume strictly after it instead of where delivery
   * stopped; reject with a failure that may pass (`UnavailableError`) to try again after the
   * backoff, or with any other error to stop the subscription (`onError` gets it). Stores that
   * never drop (SQLite) never call it.
   */
  beforeReconnect?(): Promise<string | void>;
  /** Called once per event, in log order; the next event waits until the returned promise settles. */
  onEvent(event: RecordedEvent): void | Promise<void>;
  /** Called once, when the history up to the moment of subscribing has been delivered. */
  onCaughtUp?(position: string | undefined): void | Promise<void>;
  /**
   * Called when the subscription has read past events that the filter dropped, so a checkpoint can
   * advance over them (EventStoreDB's `checkpointReached`).
   */
  onCheckpoint?(position: string): void | Promise<void>;
  /** Called when the subscription stops because of an error (not on `close()`). */
  onError?(error: Error): void;
}

/** Options of `EventStore.appendBatch`. */
export interface BatchOptions {
  /**
   * For a store that commits the whole batch at once in this process (SQLite): called synchronously
   * after the batch's commit, with the events it wrote, before `appendBatch` resolves, and not when
   * it wrote none. A store that commits the requests one by one elsewhere (EventStoreDB) never calls
   * it. A callback that throws does not fail the batch.
   */
  readonly onCommit?: (commit: CommittedEvents) => void;
}

/** The events one commit of `append`s wrote, in log order (`EventStore.onCommit`). */
export interface CommittedEvents {
  /** The position of the log's last event before them; `undefined` when the log was empty. */
  readonly after: string | undefined;
  readonly events: readonly RecordedEvent[];
}

export interface Subscription {
  /** Stops delivery; resolves once no handler is running any more. */
  close(): Promise<void>;
}

/**
 * The event store port. Adapters: SQLite (embedded, default) and EventStoreDB. Every adapter must
 * pass `test/store/contract.ts`.
 */
export interface EventStore {
  /** Appends events to one stream atomically. Throws `ConcurrencyError` on a revision mismatch. */
  append(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends to many streams. Each request succeeds or fails on its own (a failed request writes
   * nothing); adapters that can, commit the whole batch at once for speed.
   */
  appendBatch(requests: readonly AppendRequest[], options?: BatchOptions): Promise<BatchOutcome[]>;
  /**
   * Which of `streams` hold at least one event. One call for many streams: SQLite answers it in
   * one query per 500 names; EventStoreDB reads each stream's last event. A dossier import asks it
   * once per batch of items, and plans an item whose stream holds nothing without reading it.
   */
  existingStreams(streams: readonly string[], options?: CallOptions): Promise<Set<string>>;
  /** The events of one stream in revision order; `[]` when the stream does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events of all streams in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription to all streams: history, then `onCaughtUp`, then live events. */
  subscribe(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription;
  /**
   * Optional, for a store that commits in this process: calls `listener` synchronously after each
   * commit of `append` calls made through this store object, with the events it wrote, before any
   * of those appends resolves. A listener that throws does not fail the appends. Returns the
   * function that removes it. Commits of `appendBatch` (see its `onCommit`) and of other
   * processes are not reported.
   */
  onCommit?(listener: (commit: CommittedEvents) => void): () => void;
  /** Orders two positions issued by this store: negative, zero or positive. */
  comparePositions(a: string, b: string): number;
  /** The position of the last event in the log, or `undefined` when the log is empty. */
  headPosition(options?: CallOptions): Promise<string | undefined>;
  close(): Promise<void>;
}
