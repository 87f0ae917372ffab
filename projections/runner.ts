import type { RecordedEvent } from '../src/core/event.ts';
import type { EventStore, Subscription } from '../src/store/port.ts';
import { AppliedFacts } from './appliedFacts.ts';
import { applyEvents, CHUNK, type AppliedEvent } from './applyEvents.ts';
import { checkLog } from './checkpointEvent.ts';
import { CommitsInTurn } from './commitsInTurn.ts';
import { LiveBatches } from './liveBatches.ts';
import { eventsAfter, nextBatch } from './logBatches.ts';
import { LogWatch } from './logWatch.ts';
import { PositionWaiters } from './positionWaiters.ts';
import { ReadModelDb, type Written } from './readModelDb.ts';
import { swapLoaded } from './swapLoaded.ts';
import type { Progress, RunnerOptions } from './runnerOptions.ts';

export const STREAM_PREFIXES = ['fact-', 'actor-', 'topic-', 'source-'] as const;

export type { Progress, RunnerOptions } from './runnerOptions.ts';

/**
 * The one impure part of the projections: feeds events from the store to the pure projections and
 * commits documents and checkpoint in one transaction. Restarting resumes after the checkpoint.
 *
 * Before it catches up, and after every dropped connection, it checks that the log still holds the
 * event the read models were built up to (`LogWatch`). If not, it stops following the log, writes
 * are refused, `storeLost` says why and `onReset` listeners are told, until a rebuild or a restore.
 */
export class ProjectionRunner {
  private subscription: Subscription | undefined;
  private readonly batchSize: number;
  private readonly listeners = new Set<(events: readonly AppliedEvent[]) => void>();
  private readonly waiters: PositionWaiters;
  private readonly watch: LogWatch;
  /** Why the live subscription stopped, if it did. */
  failure: Error | undefined;
  private flushPending: (() => void) | undefined;
  private stopInTurn: (() => void) | undefined;
  /** The fact documents of the last committed batch, for a writer's answer. */
  readonly appliedFacts = new AppliedFacts(() => this.rm.checkpoint().position);
  /** Between `start()` and `stop()`: follow the log live. */
  private following = false;

  constructor(
    private readonly store: EventStore,
    private rm: ReadModelDb,
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20_000;
    this.waiters = new PositionWaiters((a, b) => store.comparePositions(a, b));
    this.watch = new LogWatch(
      (signal) => checkLog(this.store, this.rm, signal ? { signal } : {}),
      {
        lost: () => {
          void this.subscription?.close();
          this.subscription = undefined;
          this.waiters.rejectAll(this.watch.error('recorded'));
        },
        recovered: async () => {
          if (this.following) await this.follow();
        },
      },
      options.recheckMs ?? 1000,
    );
  }

  /** Why the log is not the one the read models were built from, while it is not (writes are refused). */
  get storeLost(): string | undefined {
    return this.watch.lost;
  }

  /** Calls `listener` after every committed batch; returns the function that removes it. */
  onApplied(listener: (events: readonly AppliedEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` when the read models stop or start matching the log wholesale; returns its removal. */
  onReset(listener: (reason: string) => void): () => void {
    return this.watch.onReset(listener);
  }

  /**
   * Resolves once the read models include the event at `position` (read-your-writes for callers).
   * Rejects when `signal` aborts first, or the log is found lost: the write is in the log either
   * way (`writeOutcome: 'recorded'`).
   */
  waitFor(position: string, signal?: AbortSignal): Promise<void> {
    if (this.watch.lost !== undefined) return Promise.reject(this.watch.error('recorded'));
    // What this process's last write of the read models left is a floor of the stored checkpoint
    // (it only moves forward): no read when that is far enough.
    if (this.writtenAfter(position)) return Promise.resolve();
    const { position: at } = this.rm.checkpoint();
    if (at !== undefined && this.store.comparePositions(at, position) >= 0) return Promise.resolve();
    return this.waiters.add(position, signal);
  }

  /**
   * The read models as this process's last write transaction of them left them, when that
   * includes the event at `position`. A request that appended `position` may read as of that
   * commit: it came after the append, so after the request began, and before its answer.
   */
  writtenAfter(position: string): Written | undefined {
    const written = this.rm.written;
    const at = written?.position;
    return at !== undefined && this.store.comparePositions(at, position) >= 0 ? written : undefined;
  }

  /** Throws `StoreBehindReadModelsError` while the log lost what the read models hold; every write calls it first. */
  assertLogHolds(signal?: AbortSignal): Promise<void> {
    return this.watch.assertHolds(signal);
  }

  private committed(applied: readonly AppliedEvent[]): void {
    if (applied.length > 0) {
      this.options.onApplied?.(applied);
      for (const listener of this.listeners) listener(applied);
    }
    const { position: at } = this.rm.checkpoint();
    // A batch applied here was this process's last transaction: its documents are as of that
    // commit, whatever another process wrote since.
    const written = applied.length > 0 ? this.rm.written : undefined;
    this.appliedFacts.note(applied, written ? written.position : at, written);
    if (at !== undefined) this.waiters.settle(at);
  }

  get readModels(): ReadModelDb {
    return this.rm;
  }

  /**
   * Applies everything after the checkpoint up to the head of the log; returns how many events.
   * Throws `StoreBehindReadModelsError` when the log lost what the read models hold.
   */
  async catchUp(onProgress?: Progress): Promise<number> {
    await this.assertLogHolds();
    return this.catchUpLive(onProgress);
  }

  /** Catches up; empty read models behind more than a batch (a first import, a restore) load whole (`loadWhole`). */
  private async catchUpLive(onProgress?: Progress): Promise<number> {
    if (this.rm.checkpoint().position !== undefined) return this.catchUpInto(this.rm, onProgress);
    const first = await nextBatch(this.store, undefined, this.batchSize);
    if (first.length < this.batchSize || this.options.loadEmptyWhole === false)
      return this.catchUpInto(this.rm, onProgress, first);
    const building = ReadModelDb.rebuildTables(this.rm.db);
    const progress = onProgress && ((applied: number) => onProgress(applied, undefined));
    const loaded = await this.loadWhole(building, () => this.catchUpInto(building, progress, first));
    return (loaded ?? 0) + (await this.catchUpInto(this.rm, onProgress));
  }

  /** Fills a rebuild's fresh tables with `load` and swaps them in (`swapLoaded`); `undefined` if not. */
  private async loadWhole(building: ReadModelDb, load: () => Promise<number>): Promise<number | undefined> {
    const count = await swapLoaded(this.rm, building, (a, b) => this.store.comparePositions(a, b), load);
    if (count === undefined) return undefined;
    this.rm = new ReadModelDb(this.rm.db, this.rm.prefix);
    this.committed([]);
    return count;
  }

  /**
   * Runs `work` (a dossier import) on `store` with each batch append it commits projected in the turn
   * of its commit from the events in memory (`CommitsInTurn`), then catches up what was not; returns
   * `work`'s result and the events projected. Empty read models are filled in a rebuild's tables
   * swapped in at the end (`loadWhole`), which are dropped if `work` fails. Commits are held up to
   * one chunk of `applyEvents` (or the batch size, if smaller) and applied in one transaction: the
   * work per chunk is what a bigger transaction does chunk by chunk, and `work` waits for no more
   * than a chunk's projection at a time. `onProgress`: events applied in turn.
   */
  async projectingBatches<T>(store: EventStore, work: (store: EventStore) => Promise<T>, onProgress?: Progress) {
    let projected = await this.catchUp();
    const whole = this.rm.checkpoint().position === undefined && this.options.loadEmptyWhole !== false;
    const target = whole ? ReadModelDb.rebuildTables(this.rm.db) : this.rm;
    const report = !whole && (this.options.onApplied !== undefined || this.listeners.size > 0);
    const inTurn = new CommitsInTurn(target, this.store, Math.min(this.batchSize, CHUNK), onProgress);
    if (!whole) inTurn.reportTo((applied) => this.committed(applied), report);
    const result = await work(inTurn.wrap(store)).catch((error: unknown) => {
      if (whole) target.dropIfClaimed();
      throw error;
    });
    inTurn.flush();
    projected += whole
      ? ((await this.loadWhole(target, async () => inTurn.count + (await this.catchUpInto(target)))) ?? 0)
      : inTurn.count;
    return { result, projected: projected + (await this.catchUpLive()) };
  }

  /**
   * Applies the log after `rm`'s checkpoint to `rm`, batch by batch, starting with `first` (given
   * only to empty read models): live ones then go without the indexes only reads need, built once at the end.
   */
  private async catchUpInto(rm: ReadModelDb, onProgress?: Progress, first?: RecordedEvent[]): Promise<number> {
    const bulk = rm === this.rm && first !== undefined && first.length > 0;
    if (bulk) rm.dropReadIndexes();
    try {
      let count = 0;
      let given = first;
      for (;;) {
        const events = given ?? (await nextBatch(this.store, rm.checkpoint().position, this.batchSize));
        given = undefined;
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
   * Checks the log, catches up, then follows live appends until `stop()`. Resolves once caught up,
   * or at once when the log lost what the read models hold (`storeLost`; they are served as they
   * are, and the log is checked again every `recheckMs`).
   */
  async start(): Promise<void> {
    this.following = true;
    const check = await this.watch.checkNow();
    if (check.kind === 'holds') await this.follow();
  }

  /** Catches up, then subscribes after the checkpoint; resolves once the subscription has caught up. */
  private async follow(): Promise<void> {
    await this.catchUpLive();
    const { position } = this.rm.checkpoint();
    const compare = (a: string, b: string) => this.store.comparePositions(a, b);
    const fail = (error: Error) => {
      this.failure = error;
      this.options.onError?.(error);
    };
    const live = new LiveBatches({
      project: (events) => applyEvents(this.rm, events, compare),
      committed: (applied) => this.committed(applied),
      checkpoint: () => this.rm.checkpoint().position,
      compare,
      follows: (streamName) => STREAM_PREFIXES.some((prefix) => streamName.startsWith(prefix)),
      batchSize: this.batchSize,
      fail: (error) => {
        fail(error);
        void this.subscription?.close();
      },
    });
    this.failure = undefined;
    this.flushPending = () => live.flush();
    this.stopInTurn?.();
    this.stopInTurn = this.store.onCommit?.((commit) => {
      if (this.subscription !== undefined && this.failure === undefined && this.watch.lost === undefined)
        live.commit(commit);
    });
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.store.subscribe(
        { ...(position !== undefined ? { after: position } : {}), filter: { streamPrefixes: STREAM_PREFIXES } },
        {
          onEvent: (event) => live.onEvent(event),
          onCheckpoint: (at) => {
            live.flush();
            const cp = this.rm.checkpoint();
            if (cp.position === undefined || this.store.comparePositions(at, cp.position) > 0) {
              this.rm.transaction(() => this.rm.setCheckpoint({ position: at, seq: cp.seq }));
              this.committed([]);
            }
          },
          onCaughtUp: () => {
            live.flush();
            resolve();
          },
          // The store may have restarted empty or from an older backup: check before going on.
          beforeReconnect: async () => {
            live.flush();
            const check = await this.watch.checkNow();
            if (check.kind === 'lost') throw this.watch.error('not-recorded');
            return check.resumeAfter;
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
    this.following = false;
    this.stopInTurn?.();
    this.stopInTurn = undefined;
    this.watch.stop();
    await this.subscription?.close();
    this.subscription = undefined;
    if (!this.failure && this.watch.lost === undefined) this.flushPending?.();
    this.flushPending = undefined;
  }

  /** Replays the whole log into fresh tables and swaps them in; live readers never see a half-built state. */
  async rebuild(onProgress?: Progress): Promise<number> {
    const building = ReadModelDb.rebuildTables(this.rm.db);
    const count = await this.catchUpInto(building, onProgress);
    building.swapInto(this.rm.prefix);
    this.rm = new ReadModelDb(this.rm.db, this.rm.prefix);
    this.watch.rebuilt();
    // Events appended while the rebuild ran may have gone to the tables just dropped; a live
    // subscription starts again after the new checkpoint (the old one's place may not be in this log).
    if (!this.following) return count + (await this.catchUpLive());
    await this.subscription?.close();
    this.subscription = undefined;
    const before = this.rm.checkpoint().seq;
    await this.follow();
    return count + this.rm.checkpoint().seq - before;
  }

  /** How many events the read models are behind the head of the log (0 when up to date; counted up to 10,000). */
  lag(signal?: AbortSignal): Promise<number> {
    return eventsAfter(this.store, this.rm.checkpoint().position, 10_000, signal);
  }
}
