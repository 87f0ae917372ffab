import type { RecordedEvent } from '../src/core/event.ts';
import type { CallOptions, EventStore } from '../src/store/port.ts';
import type { ReadModelDb } from './readModelDb.ts';

/**
 * The last event the read models applied, kept beside their checkpoint (in the `meta` table, in
 * the same transaction): where it is in the log and its id. A log that no longer holds that id at
 * that place is not the log the read models were built from.
 */
export interface CheckpointEvent {
  readonly id: string;
  readonly stream: string;
  /** The event's revision in its stream, in decimal. */
  readonly revision: string;
  readonly position: string;
}

const KEY = 'checkpoint-event';

/** What to do about a log that lost what the read models hold: one sentence, for `/health` and errors. */
export const LOST_STORE_FIX =
  "run `chronicle rebuild` (or POST /api/rebuild) to rebuild the read models from the log as it is now, or restore the store's backup that holds what the read models show";

export function readCheckpointEvent(rm: ReadModelDb): CheckpointEvent | undefined {
  const value = rm.meta.get(KEY);
  return value === undefined ? undefined : (JSON.parse(value) as CheckpointEvent);
}

/** Records `event` as the last one applied; call inside the transaction that moves the checkpoint to it. */
export function writeCheckpointEvent(rm: ReadModelDb, event: RecordedEvent): void {
  const value: CheckpointEvent = {
    id: event.id.toLowerCase(),
    stream: event.streamName,
    revision: event.revision.toString(),
    position: event.position,
  };
  rm.meta.set(KEY, JSON.stringify(value));
}

/**
 * Whether the log holds what the read models were built from:
 * - `holds`: the event at the checkpoint is where it was, with its id. If the checkpoint had moved
 *   past it (over events the projections ignore) it is moved back to it, and `resumeAfter` says
 *   so: a log restored from a backup may have lost that stretch, and would write new events at
 *   positions the checkpoint has already passed.
 * - `lost`: it is gone, or another event is in its place (a store that came back empty or from an
 *   older backup, or another store altogether); `reason` says which, in a sentence.
 */
export type LogCheck =
  { readonly kind: 'holds'; readonly resumeAfter?: string } | { readonly kind: 'lost'; readonly reason: string };

export async function checkLog(store: EventStore, rm: ReadModelDb, options: CallOptions = {}): Promise<LogCheck> {
  const checkpoint = rm.checkpoint();
  if (checkpoint.position === undefined) return { kind: 'holds' };
  const at = readCheckpointEvent(rm);
  if (!at) {
    // Read models that recorded no event beside their checkpoint: only an empty log is known lost.
    if ((await store.headPosition(options)) !== undefined) return { kind: 'holds' };
    return {
      kind: 'lost',
      reason: `the event store is empty, but the read models were built from ${checkpoint.seq} events`,
    };
  }
  const [found] = await store.readStream(at.stream, { ...options, fromRevision: BigInt(at.revision), maxCount: 1 });
  const place = `${at.stream} revision ${at.revision}, position ${at.position}`;
  if (!found) {
    return {
      kind: 'lost',
      reason: `the event store no longer holds event ${at.id} (${place}), the last of the ${checkpoint.seq} events the read models were built from: it came back empty or from an older backup`,
    };
  }
  if (found.id.toLowerCase() !== at.id || store.comparePositions(found.position, at.position) !== 0) {
    return {
      kind: 'lost',
      reason: `the event store holds event ${found.id} at position ${found.position} where the read models were built up to event ${at.id} (${place}): it is not the log they were built from (restored from an older backup, or another store)`,
    };
  }
  if (store.comparePositions(checkpoint.position, at.position) <= 0) return { kind: 'holds' };
  rm.transaction(() => rm.setCheckpoint({ position: at.position, seq: checkpoint.seq }));
  return { kind: 'holds', resumeAfter: at.position };
}
