import type { RecordedEvent } from '../src/core/event.ts';
import type { AppendRequest, BatchOptions, CommittedEvents, EventStore } from '../src/store/port.ts';
import { passThrough } from '../src/store/passThrough.ts';
import { applyEvents, type AppliedEvent } from './applyEvents.ts';
import type { Progress } from './runnerOptions.ts';
import type { ReadModelDb } from './readModelDb.ts';

/**
 * Projects the batch appends of one writer (a dossier import) in the turn of their commit, from the
 * events the store hands back in memory (`BatchOptions.onCommit`), into `rm`: no read of the log
 * and no parse of its rows. A commit is applied only while each starts right after the checkpoint
 * of `rm`; once one does not (another writer's events in between, a store that reports no commits,
 * a projection that failed and rolled back), none is, and the rest is left to a catch-up from the
 * log, which applies the same events the same way. `rm` is never ahead of the log: a commit is
 * applied after it is durable.
 */
export class CommitsInTurn {
  /** Events applied in turn. */
  count = 0;
  #broken = false;
  /** Commits held to be applied together, in log order, starting right after the checkpoint. */
  #held: RecordedEvent[] = [];

  #committed: ((applied: readonly AppliedEvent[]) => void) | undefined;
  #report = false;

  constructor(
    private readonly rm: ReadModelDb,
    private readonly store: Pick<EventStore, 'comparePositions'>,
    /** Commits are held until they add up to this many events, then applied in one transaction. */
    private readonly hold: number,
    /** Called with the events applied in turn so far, after each transaction. */
    private readonly onProgress?: Progress,
  ) {}

  /** Calls `committed` after each transaction, with what each event changed when `report` is true. */
  reportTo(committed: (applied: readonly AppliedEvent[]) => void, report: boolean): void {
    this.#committed = committed;
    this.#report = report;
  }

  /** `store`, with each `appendBatch` it commits projected in turn. */
  wrap(store: EventStore): EventStore {
    const onCommit = (commit: CommittedEvents) => this.commit(commit);
    return {
      ...passThrough(store),
      appendBatch: (requests: readonly AppendRequest[], options?: BatchOptions) =>
        store.appendBatch(requests, {
          ...options,
          onCommit: (commit) => {
            try {
              onCommit(commit);
            } finally {
              options?.onCommit?.(commit);
            }
          },
        }),
    };
  }

  private commit({ after, events }: CommittedEvents): void {
    if (this.#broken || events.length === 0) return;
    const at = this.#held.length > 0 ? this.#held.at(-1)!.position : this.rm.checkpoint().position;
    if (after !== at) {
      this.flush();
      this.#broken = true;
      return;
    }
    for (const event of events) this.#held.push(event);
    if (this.#held.length >= this.hold) this.flush();
  }

  /** Applies the commits held. */
  flush(): void {
    const events = this.#held;
    if (this.#broken || events.length === 0) return;
    this.#held = [];
    let applied: readonly AppliedEvent[];
    try {
      applied = applyEvents(this.rm, events, (a, b) => this.store.comparePositions(a, b), this.#report);
    } catch {
      // Rolled back: the catch-up after the writer reads the same events from the log, and applies
      // them or reports why it cannot.
      this.#broken = true;
      return;
    }
    this.count += events.length;
    this.#committed?.(applied);
    this.onProgress?.(this.count, events.at(-1)!.position);
  }
}
