import type { RecordedEvent } from '../src/core/event.ts';
import type { CommittedEvents } from '../src/store/port.ts';
import type { AppliedEvent } from './applyEvents.ts';

/** What the live path needs from the runner. */
export interface LiveBatchesDeps {
  /** Applies events in one read-model transaction; returns what they changed. */
  readonly project: (events: readonly RecordedEvent[]) => readonly AppliedEvent[];
  /** Tells the runner's listeners and waiters about a committed batch. */
  readonly committed: (applied: readonly AppliedEvent[]) => void;
  /** The read models' checkpoint position, as stored (another process may have moved it). */
  readonly checkpoint: () => string | undefined;
  readonly compare: (a: string, b: string) => number;
  /** Whether a stream is one the projections follow. */
  readonly follows: (streamName: string) => boolean;
  readonly batchSize: number;
  /** Called when a batch fails to apply, or its listeners fail (the live path stops). */
  readonly fail: (error: Error) => void;
}

/**
 * The runner's live path. Events delivered by the subscription in one turn of the event loop share
 * one read-model transaction, flushed on the next turn (or when a checkpoint or caught-up signal
 * comes first, so the checkpoint never passes an event that is not applied).
 *
 * A commit of this process's store (`EventStore.onCommit`) is applied in the turn of the commit,
 * from the events in memory, before its appends resolve: then a writer that waits for the read
 * models finds them there already. Only when nothing is pending and the commit holds exactly the
 * next events after the checkpoint; anything else (another process's events in between, a runner
 * still catching up, an event of a stream not followed) is left to the subscription, which
 * delivers every event in log order either way. The events it delivers that were applied in turn
 * are passed over here; `applyEvents` would skip them too, being at or before the checkpoint.
 */
export class LiveBatches {
  #pending: RecordedEvent[] = [];
  /** The last position applied in turn: the subscription's events up to it are applied already. */
  #appliedInTurn: string | undefined;

  constructor(private readonly deps: LiveBatchesDeps) {}

  /** The subscription's next event. */
  onEvent(event: RecordedEvent): void {
    const { compare, batchSize } = this.deps;
    if (
      this.#pending.length === 0 &&
      this.#appliedInTurn !== undefined &&
      compare(event.position, this.#appliedInTurn) <= 0
    )
      return;
    this.#pending.push(event);
    if (this.#pending.length >= batchSize) this.flush();
    else if (this.#pending.length === 1) {
      setImmediate(() => {
        try {
          this.flush();
        } catch (error) {
          this.deps.fail(error as Error);
        }
      });
    }
  }

  /** Applies what the subscription delivered so far. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.deps.committed(this.deps.project(batch));
  }

  /** A commit of this process, before its appends resolve. */
  commit({ after, events }: CommittedEvents): void {
    const { follows, checkpoint } = this.deps;
    if (this.#pending.length > 0 || events.length === 0 || !events.every((event) => follows(event.streamName))) return;
    if (checkpoint() !== after) return;
    let applied: readonly AppliedEvent[];
    try {
      applied = this.deps.project(events);
    } catch {
      // The transaction rolled back: the subscription delivers the same events, and the read path
      // applies them or reports why it cannot.
      return;
    }
    this.#appliedInTurn = events.at(-1)!.position;
    try {
      this.deps.committed(applied);
    } catch (error) {
      this.deps.fail(error as Error);
    }
  }
}
