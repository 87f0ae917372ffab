import type { RecordedEvent } from '../src/core/event.ts';
import type { EventStore, Subscription } from '../src/store/port.ts';
import { applyEvents, type AppliedEvent } from './applyEvents.ts';
import { ReadModelDb } from './readModelDb.ts';

export const STREAM_PREFIXES = ['fact-', 'actor-', 'topic-', 'source-'] as const;

/** Events read at a time past a full batch, to find the end of the append it stops in. */
const APPEND_TAIL_PAGE = 64;

export interface RunnerOptions {
  /**
   * Events per read-model transaction while catching up (and rebuilding). Default 20,000: every
   * commit writes the pages it dirtied all over the read-model B-trees, so bigger transactions write
   * each page once for many more rows.
   */
  readonly batchSize?: number;
  /** Called after each committed batch (the live feed listens here). */
  readonly onApplied?: (events: readonly AppliedEvent[]) => void;
  /** Called when the live subscription stops on an error (the read models stop following the log). */
  readonly onError?: (error: Error) => void;
}

export type Progress = (applied: number, position: string | undefined) => void;

/**
 * The one impure part of the projections: feeds events from the store to the pure projections and
 * commits documents and checkpoint in one transaction. Restarting resumes after the checkpoint.
 */
export class ProjectionRunner {
  private subscription: Subscription | undefined;
  private readonly batchSize: number;
  private readonly listeners = new Set<(events: readonly AppliedEvent[]) => void>();
  private waiters: { position: string; resolve: () => void }[] = [];
  /** Why the live subscription stopped, if it did. */
  failure: Error | undefined;
  private flushPending: (() => void) | undefined;

  constructor(
    private readonly store: EventStore,
    private rm: ReadModelDb,
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20_000;
  }

  /** Calls `listener` after every committed batch; returns the function that removes it. */
  onApplied(listener: (events: readonly AppliedEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the read models include the event at `position` (read-your-writes for callers). */
  waitFor(position: string): Promise<void> {
    const { position: at } = this.rm.checkpoint();
    if (at !== undefined && this.store.comparePositions(at, position) >= 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }

  private committed(applied: readonly AppliedEvent[]): void {
    if (applied.length > 0) {
      this.options.onApplied?.(applied);
      for (const listener of this.listeners) listener(applied);
    }
    const { position: at } = this.rm.checkpoint();
    if (at === undefined || this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => this.store.comparePositions(at, w.position) >= 0);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  get readModels(): ReadModelDb {
    return this.rm;
  }

  /** Applies everything after the checkpoint up to the head of the log; returns how many events. */
  async catchUp(onProgress?: Progress): Promise<number> {
    return this.catchUpInto(this.rm, onProgress);
  }

  private async catchUpInto(rm: ReadModelDb, onProgress?: Progress): Promise<number> {
    // Empty read models get the whole log: load them as a rebuild does, without the indexes only
    // reads need, and build those once at the end.
    const bulk = rm === this.rm && rm.checkpoint().seq === 0 && (await this.store.headPosition()) !== undefined;
    if (bulk) rm.dropReadIndexes();
    try {
      let count = 0;
      for (;;) {
        const { position } = rm.checkpoint();
        const events = await this.readBatch(position);
        if (events.length === 0) return count;
        const report = rm === this.rm && (this.options.onApplied !== undefined || this.listeners.size > 0);
        const applied = applyEvents(rm, events, (a, b) => this.store.comparePositions(a, b), report);
        count += events.length;
        if (rm === this.rm) this.committed(applied);
        onProgress?.(count, events.at(-1)?.position);
      }
    } finally {
      if (bulk) rm.createReadIndexes();
    }
  }

  /**
   * The next `batchSize` events after `after`, extended to the end of the append its last event
   * belongs to. `applyEvents` makes the events of one append one fact version; a batch that ended
   * inside an append would commit a version (and timeline and relation rows starting at it) that a
   * rebuild, batched from another start, does not have — and that a time-travel read would show:
   * half of an append. Events are of one append when they are adjacent, of one stream and recorded
   * at the same instant, as `applyEvents` groups them.
   */
  private async readBatch(after: string | undefined): Promise<RecordedEvent[]> {
    const events = await this.store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: this.batchSize });
    if (events.length < this.batchSize) return events;
    const sameAppend = (a: RecordedEvent, b: RecordedEvent) =>
      a.streamName === b.streamName && a.metadata.recordedAt === b.metadata.recordedAt;
    for (;;) {
      const last = events.at(-1)!;
      const next = await this.store.readAll({ after: last.position, maxCount: APPEND_TAIL_PAGE });
      const end = next.findIndex((event) => !sameAppend(last, event));
      events.push(...(end === -1 ? next : next.slice(0, end)));
      if (end !== -1 || next.length < APPEND_TAIL_PAGE) return events;
    }
  }

  /** Catches up, then follows live appends until `stop()`. Resolves once caught up. */
  async start(): Promise<void> {
    await this.catchUp();
    const { position } = this.rm.checkpoint();
    // Live events are applied in batches: those delivered in one turn of the event loop share one
    // read-model transaction. The batch is flushed before a checkpoint or caught-up signal is
    // handled, so the checkpoint never passes an event that is not applied.
    let pending: RecordedEvent[] = [];
    const compare = (a: string, b: string) => this.store.comparePositions(a, b);
    const flush = () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      this.committed(applyEvents(this.rm, batch, compare));
    };
    const fail = (error: Error) => {
      this.failure = error;
      this.options.onError?.(error);
    };
    this.flushPending = flush;
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.store.subscribe(
        { ...(position !== undefined ? { after: position } : {}), filter: { streamPrefixes: STREAM_PREFIXES } },
        {
          onEvent: (event) => {
            pending.push(event);
            if (pending.length >= this.batchSize) flush();
            else if (pending.length === 1) {
              setImmediate(() => {
                try {
                  flush();
                } catch (error) {
                  fail(error as Error);
                  void this.subscription?.close();
                }
              });
            }
          },
          onCheckpoint: (at) => {
            flush();
            const cp = this.rm.checkpoint();
            if (cp.position === undefined || this.store.comparePositions(at, cp.position) > 0) {
              this.rm.transaction(() => this.rm.setCheckpoint({ position: at, seq: cp.seq }));
              this.committed([]);
            }
          },
          onCaughtUp: () => {
            flush();
            resolve();
          },
          onError: (error) => {
            // After start-up a stopped subscription leaves the read models behind: keep the cause
            // for /health and the logs, and fail start() if it happened before catching up.
            fail(error);
            reject(error);
          },
        },
      );
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
    if (!this.failure) this.flushPending?.();
    this.flushPending = undefined;
  }

  /** Replays the whole log into fresh tables and swaps them in; live readers never see a half-built state. */
  async rebuild(onProgress?: Progress): Promise<number> {
    const fresh = new ReadModelDb(this.rm.db, 'rb_', false);
    fresh.drop();
    const building = new ReadModelDb(this.rm.db, 'rb_', false);
    const count = await this.catchUpInto(building, onProgress);
    building.swapInto(this.rm.prefix);
    this.rm = new ReadModelDb(this.rm.db, this.rm.prefix);
    // Events appended while the rebuild ran may have gone to the tables just dropped.
    return count + (await this.catchUp());
  }

  /** How many events the read models are behind the head of the log (0 when up to date). */
  async lag(): Promise<number> {
    const head = await this.store.headPosition();
    const { position } = this.rm.checkpoint();
    if (head === undefined || (position !== undefined && this.store.comparePositions(head, position) <= 0)) return 0;
    const behind = await this.store.readAll({
      ...(position !== undefined ? { after: position } : {}),
      maxCount: 100_000,
    });
    return behind.length;
  }
}
