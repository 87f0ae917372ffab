import { ValidationError } from '../../src/core/errors.ts';
import type { ReadModelDb } from '../readModelDb.ts';

/** A point in the log: every event up to `seq` (0: before the first event). */
export interface LogPoint {
  readonly seq: number;
  readonly position: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Resolves an "as known at" value: an ISO 8601 instant with a zone (`2022-11-01T09:00:00Z`), a
 * calendar date (the end of that day, UTC), or a global position of the store (`1234`).
 * Instants compare with the events' `recordedAt`.
 */
export function resolveAsOf(rm: ReadModelDb, asOf: string): LogPoint {
  const value = asOf.trim();
  if (DATE_ONLY.test(value) || INSTANT.test(value)) {
    const instant = new Date(DATE_ONLY.test(value) ? `${value}T23:59:59.999Z` : value);
    if (Number.isNaN(instant.getTime())) throw ValidationError.at('asOf', `${value} is not a valid instant`);
    // The latest event recorded by then (clocks are taken to move forward; ties go to the later event).
    const row = rm.eventLog.lastRecordedBy(instant.getTime());
    return row ? { seq: row.seq, position: row.position } : { seq: 0, position: null };
  }
  const seq = rm.eventLog.seqOf(value);
  if (seq === undefined) {
    throw ValidationError.at(
      'asOf',
      `${JSON.stringify(value)} is neither an ISO 8601 instant (e.g. 2022-11-01T09:00:00Z or 2022-11-01) nor a position of this store`,
    );
  }
  return { seq, position: value };
}
