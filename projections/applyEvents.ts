import { parseStreamName } from '../src/commands/aggregates.ts';
import type { RecordedEvent } from '../src/core/event.ts';
import { readBatch } from './batch.ts';
import type { FactDoc } from './documents.ts';
import type { ReadModelDb } from './readModelDb.ts';
import { PROJECTIONS } from './projectionList.ts';
import { writeCheckpointEvent } from './checkpointEvent.ts';

/** What one applied event changed, for listeners such as the live feed. */
export interface AppliedEvent {
  readonly seq: number;
  readonly position: string;
  readonly streamName: string;
  readonly type: string;
  readonly factBefore: FactDoc | null;
  readonly factAfter: FactDoc | null;
}

/** Events applied at a time within a transaction, about (a chunk ends where a stream's events do). */
export const CHUNK = 5000;

/**
 * Applies events to the read models in ONE transaction together with the checkpoint. Events at or
 * before the checkpoint are skipped, so two runners on one database never apply an event twice.
 *
 * Documents stay in memory while a chunk of events is applied: each fact's document is read (and
 * parsed) at most once, each version is serialised once, and the findings re-check of the
 * components the chunk touched reads the same in-memory documents. A big batch is applied in
 * chunks of about `CHUNK` events inside its one transaction, so the documents of one chunk are
 * garbage before the next (keeping a whole batch's documents alive costs more in garbage collection
 * than it saves). Chunks end between the events of two streams, never inside an append: the
 * versions, rows and findings come out the same however the events are cut.
 */
export function applyEvents(
  rm: ReadModelDb,
  events: readonly RecordedEvent[],
  comparePositions: (a: string, b: string) => number,
  /** Whether to return what each event changed; without a listener (a rebuild) nothing keeps it. */
  report = true,
): AppliedEvent[] {
  // Events the read models already hold (another runner on this file applied them) change nothing:
  // no transaction, so no new write token that would tell every cache the read models changed.
  // Another writer only moves the checkpoint forward, so reading it outside the write lock is enough
  // to say so; otherwise the transaction skips, under the lock, whatever is held by then.
  const { position } = rm.checkpoint();
  const last = events.at(-1);
  if (!last || (position !== undefined && comparePositions(last.position, position) <= 0)) return [];
  return rm.transaction(() => {
    const applied: AppliedEvent[] = [];
    let start = 0;
    while (start < events.length) {
      let end = Math.min(events.length, start + CHUNK);
      while (end < events.length && !chunkMayEndBefore(events, end)) end += 1;
      applyChunk(rm, events.slice(start, end), comparePositions, report ? applied : undefined);
      start = end;
    }
    return applied;
  });
}

/**
 * Whether a chunk may end before `events[i]`: the event before it is of another stream, and of a
 * stream the projections follow (an event of another category is passed over without ending the
 * version that the events around it may share).
 */
function chunkMayEndBefore(events: readonly RecordedEvent[], i: number): boolean {
  const previous = events[i - 1]!;
  return previous.streamName !== events[i]!.streamName && parseStreamName(previous.streamName) !== undefined;
}

/**
 * Applies a chunk inside the caller's transaction: each projection of `PROJECTIONS` in turn, given
 * the events it can handle; then the checkpoint, and the id of the last event beside it (so a log
 * that lost it is noticed: `checkLog`).
 */
function applyChunk(
  rm: ReadModelDb,
  events: readonly RecordedEvent[],
  comparePositions: (a: string, b: string) => number,
  applied: AppliedEvent[] | undefined,
): void {
  // Only a caller that is told what each event changed needs each event's documents.
  const batch = readBatch(events, rm.checkpoint(), comparePositions, (id) => rm.fact(id), applied !== undefined);
  for (const projection of PROJECTIONS) {
    const handled = batch.events.filter(projection.canHandle);
    if (handled.length > 0) projection.apply({ rm, events: handled, batch });
  }
  rm.setCheckpoint(batch.checkpoint);
  if (batch.last) writeCheckpointEvent(rm, batch.last);
  if (applied)
    for (const { seq, recorded, fact } of batch.events)
      applied.push({
        seq,
        position: recorded.position,
        streamName: recorded.streamName,
        type: recorded.type,
        factBefore: fact?.before ?? null,
        factAfter: fact?.after ?? null,
      });
}
