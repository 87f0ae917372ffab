import { ValidationError } from '../../core/errors.ts';
import type { SubscribeOptions, Subscription, SubscriptionHandlers } from '../port.ts';
import { formatPosition, parsePosition } from './positions.ts';
import type { Commit } from './notifier.ts';
import { toRecordedEvent } from './recordedEvent.ts';
import type { EventRow } from './statements.ts';

/** What a subscription needs from the store. */
export interface SubscriptionSource {
  /** Rows strictly after `after`, in position order, at most `maxCount`. */
  readPage(after: number, maxCount: number): EventRow[];
  headPosition(): number | undefined;
  /** Registers a wake-up call for appends on this store object (with the commit's rows, when kept); returns its removal. */
  onAppend(listener: (commit?: Commit) => void): () => void;
}

export interface SubscriptionSettings {
  readonly pageSize: number;
  readonly pollIntervalMs: number;
}

/**
 * A catch-up subscription: pages through history strictly after `after`, calls `onCaughtUp` once,
 * then waits for a wake-up (an in-process append or the poll timer) and reads on from where it is.
 *
 * Nothing is skipped or repeated: the cursor only moves past a row once it has been delivered (or
 * filtered out), every read is strictly after the cursor, and writers commit in position order
 * (`BEGIN IMMEDIATE`), so a read never sees a later position before an earlier one. A commit of
 * this store object that starts right after the cursor while the subscription waits is delivered
 * from memory, without reading it back: its `after` is the head of the log under the write lock.
 */
export class CatchUpSubscription implements Subscription {
  readonly #source: SubscriptionSource;
  readonly #handlers: SubscriptionHandlers;
  readonly #settings: SubscriptionSettings;
  readonly #prefixes: readonly string[] | undefined;
  readonly #after: number | undefined;
  readonly #removeListener: () => void;
  readonly #timer: NodeJS.Timeout;
  readonly #done: Promise<void>;
  #closed = false;
  /** Set by every wake-up; cleared right before each read, so no append can slip between. */
  #pending = false;
  #resume: (() => void) | undefined;
  /** Position of the last row delivered or passed over. */
  #cursor = 0;
  /** The commit to deliver next instead of a read: it starts right after `#cursor`. */
  #pushed: Commit | undefined;

  constructor(
    source: SubscriptionSource,
    options: SubscribeOptions,
    handlers: SubscriptionHandlers,
    settings: SubscriptionSettings,
    onStopped: () => void,
  ) {
    this.#after = options.after === undefined ? undefined : parsePosition(options.after, 'after');
    const prefixes = options.filter?.streamPrefixes;
    if (
      prefixes !== undefined &&
      (!Array.isArray(prefixes) || prefixes.length === 0 || prefixes.some((p) => typeof p !== 'string'))
    ) {
      throw ValidationError.at(
        'filter.streamPrefixes',
        'expected a non-empty array of strings (omit the filter to receive every stream)',
      );
    }
    this.#prefixes = prefixes;
    this.#source = source;
    this.#handlers = handlers;
    this.#settings = settings;
    this.#removeListener = source.onAppend((commit) => this.#wake(commit));
    this.#timer = setInterval(() => this.#wake(), settings.pollIntervalMs);
    this.#timer.unref();
    // Start on a later tick, so the caller holds the subscription before any handler runs.
    this.#done = Promise.resolve()
      .then(() => this.#run())
      .catch((error: unknown) => this.#fail(error))
      .finally(() => {
        this.#stop();
        onStopped();
      });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stop();
    this.#wake();
    await this.#done;
  }

  #wake(commit?: Commit): void {
    // Only while waiting is the cursor sure to stay where it is until the commit is taken.
    if (commit && this.#resume && !this.#pending && !this.#pushed && commit.after === this.#cursor)
      this.#pushed = commit;
    else this.#pending = true;
    const resume = this.#resume;
    this.#resume = undefined;
    resume?.();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#removeListener();
  }

  #matches(streamName: string): boolean {
    return this.#prefixes === undefined || this.#prefixes.some((prefix) => streamName.startsWith(prefix));
  }

  async #run(): Promise<void> {
    const { pageSize } = this.#settings;
    this.#cursor = this.#after ?? 0;
    let seen = this.#after !== undefined;
    const headAtStart = this.#source.headPosition() ?? 0;
    let caughtUp = false;
    while (!this.#closed) {
      const pushed = this.#pushed;
      this.#pushed = undefined;
      if (!pushed) this.#pending = false;
      const rows = pushed ? pushed.rows : this.#source.readPage(this.#cursor, pageSize);
      let lastDelivered = this.#cursor;
      for (let i = 0; i < rows.length; i += 1) {
        const row = rows[i]!;
        if (this.#closed) return;
        if (this.#matches(row.stream_name)) {
          await this.#handlers.onEvent(pushed ? pushed.events[i]! : toRecordedEvent(row));
          lastDelivered = row.position;
        }
        this.#cursor = row.position;
        seen = true;
      }
      if (this.#closed) return;
      const cursor = this.#cursor;
      if (lastDelivered !== cursor) await this.#handlers.onCheckpoint?.(formatPosition(cursor));
      if (!caughtUp && (rows.length < pageSize || cursor >= headAtStart)) {
        caughtUp = true;
        if (this.#closed) return;
        await this.#handlers.onCaughtUp?.(seen ? formatPosition(cursor) : undefined);
      }
      if (rows.length === pageSize || this.#pending || this.#closed) continue;
      await new Promise<void>((resolve) => {
        this.#resume = resolve;
      });
    }
  }

  #fail(error: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An onError that throws has nowhere left to report to.
    }
  }
}
