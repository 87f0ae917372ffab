import { NotFoundError } from '../../src/core/errors.ts';
import { streamNameOf } from '../../src/commands/aggregates.ts';
import { decodeEvent } from '../../src/events/catalog.ts';
import type { CallOptions, EventStore } from '../../src/store/port.ts';
import { historyEntryOf, type HistoryEntry } from '../factHistory.ts';
import type { FactDoc } from '../documents.ts';
import type { ReadModelDb, Written } from '../readModelDb.ts';
import { queryScope } from '../readCache.ts';
import { NameResolver, type TimelineEntry } from './entries.ts';

export interface FactView extends TimelineEntry {
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/**
 * The current state of one fact (retracted ones included). `current`: its document, when the
 * caller has it; `asOf`: the read models as a write transaction left them, for a caller that reads
 * as of that commit (its names token is not read again).
 */
export function readFact(rm: ReadModelDb, factId: string, current?: FactDoc, asOf?: Written): FactView {
  const doc = current ?? rm.fact(factId);
  if (!doc) throw new NotFoundError(`fact ${factId} does not exist`);
  // One entry, built afresh: nothing to take from the shared cache or leave in it, so its write
  // token is not read.
  return {
    ...new NameResolver(rm, queryScope(), asOf?.namesToken).entryOf(doc),
    createdAt: doc.createdAt,
    createdBy: doc.createdBy,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  };
}

/**
 * Every event of a fact, oldest first, with who recorded it, when and why: read from the fact's
 * stream in the log itself, up to the events the read models have applied (each with its `seq`).
 */
export async function readFactHistory(
  rm: ReadModelDb,
  store: EventStore,
  factId: string,
  options: CallOptions = {},
): Promise<HistoryEntry[]> {
  const events = await store.readStream(streamNameOf('fact', factId), options);
  const seqs = rm.eventLog.seqsOf(events.map((e) => e.position));
  const entries = events.flatMap((e, i) => {
    const seq = seqs[i];
    return seq === undefined ? [] : [historyEntryOf(decodeEvent(e), seq)];
  });
  if (entries.length === 0) throw new NotFoundError(`fact ${factId} does not exist`);
  return entries;
}
