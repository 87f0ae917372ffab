import type Database from 'better-sqlite3';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

/**
 * One row per applied event. The event itself stays in the log (the store): a fact's history is
 * read from its stream there (`readFactHistory`); only what the log cannot answer by itself is
 * kept — the read model's own numbering (`seq`), the instant (for "as known at" by instant), and
 * for a fact event what its feed message needs beside the fact's versions (its type, the fields
 * it changed as a bit mask, `changedMask`).
 */
export const eventLogSchema: ReadModelSchema = {
  tables: { events: 'seq' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}events (seq INTEGER PRIMARY KEY, position TEXT NOT NULL, recorded_ms INTEGER NOT NULL,
      fact_id TEXT, event_type TEXT, changes INTEGER);`,
  readIndexes: {
    events_position: (p) => `CREATE INDEX IF NOT EXISTS ${p}events_position ON ${p}events (position);`,
    events_recorded: (p) => `CREATE INDEX IF NOT EXISTS ${p}events_recorded ON ${p}events (recorded_ms);`,
  },
};

/** What a fact event leaves in the event log for the feed. */
export interface FactEventRow {
  readonly factId: string;
  readonly eventType: string;
  /** The entry fields it changed (`changedMask`). */
  readonly changes: number;
}

/** A fact event's row as stored, for the feed. */
export interface StoredFeedRow extends FactEventRow {
  readonly seq: number;
  readonly position: string;
}

/**
 * The event-log read model: one row per applied event, numbered by `seq` (1, 2, 3… in log order),
 * with its position and instant (in milliseconds since the epoch).
 */
export class EventLog {
  private readonly prefix: string;
  private insert: Database.Statement | undefined;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  add(seq: number, position: string, recordedAtMs: number, fact: FactEventRow | null): void {
    // Once per event: the statement is kept here rather than looked up by its text each time.
    this.insert ??= this.c.stmt(
      `INSERT OR REPLACE INTO ${this.prefix}events (seq, position, recorded_ms, fact_id, event_type, changes) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insert.run(seq, position, recordedAtMs, fact?.factId ?? null, fact?.eventType ?? null, fact?.changes ?? null);
  }

  /** The seq of the event at `position`, or undefined when the read models hold no such event. */
  seqOf(position: string): number | undefined {
    return this.c.stmt(`SELECT seq FROM ${this.prefix}events WHERE position = ?`).pluck().get(position) as
      number | undefined;
  }

  /** The seqs of the events at `positions`, in one query (`undefined` where the read models hold none). */
  seqsOf(positions: readonly string[]): (number | undefined)[] {
    if (positions.length === 0) return [];
    const rows = this.c
      .stmt(
        `SELECT (SELECT e.seq FROM ${this.prefix}events e WHERE e.position = j.value) FROM json_each(?) j ORDER BY j.key`,
      )
      .pluck()
      .all(JSON.stringify(positions)) as (number | null)[];
    return rows.map((s) => s ?? undefined);
  }

  /** The latest event recorded at or before `instantMs` (ties go to the later event). */
  lastRecordedBy(instantMs: number): { seq: number; position: string } | undefined {
    return this.c
      .stmt(
        `SELECT seq, position FROM ${this.prefix}events WHERE recorded_ms <= ? ORDER BY recorded_ms DESC, seq DESC LIMIT 1`,
      )
      .get(instantMs) as { seq: number; position: string } | undefined;
  }

  /** The rows of the fact events in (`afterSeq`, `throughSeq`], oldest first, at most `limit`. */
  feedRows(afterSeq: number, throughSeq: number, limit: number): StoredFeedRow[] {
    return this.c
      .stmt(
        `SELECT seq, position, fact_id AS factId, event_type AS eventType, changes FROM ${this.prefix}events
        WHERE seq > ? AND seq <= ? AND fact_id IS NOT NULL ORDER BY seq LIMIT ?`,
      )
      .all(afterSeq, throughSeq, limit) as StoredFeedRow[];
  }

  /** The rows of `factId`'s events from `fromSeq` through `throughSeq` (a short stretch: one append), oldest first. */
  feedRowsOf(factId: string, fromSeq: number, throughSeq: number): StoredFeedRow[] {
    return this.c
      .stmt(
        `SELECT seq, position, fact_id AS factId, event_type AS eventType, changes FROM ${this.prefix}events
        WHERE seq >= ? AND seq <= ? AND fact_id = ? ORDER BY seq`,
      )
      .all(fromSeq, throughSeq, factId) as StoredFeedRow[];
  }
}
