import { NotFoundError } from '../../src/core/errors.ts';
import type { HistoryEntry } from '../factHistory.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import { NameResolver, type TimelineEntry } from './entries.ts';

export interface FactView extends TimelineEntry {
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** The current state of one fact (retracted ones included). */
export function readFact(rm: ReadModelDb, factId: string): FactView {
  const doc = rm.fact(factId);
  if (!doc) throw new NotFoundError(`fact ${factId} does not exist`);
  return {
    ...new NameResolver(rm).entryOf(doc),
    createdAt: doc.createdAt,
    createdBy: doc.createdBy,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
  };
}

/** Every event of a fact, oldest first, with who recorded it, when and why. */
export function readFactHistory(rm: ReadModelDb, factId: string): HistoryEntry[] {
  const entries = rm.eventLog.historyOf(factId);
  if (entries.length === 0) throw new NotFoundError(`fact ${factId} does not exist`);
  return entries;
}
