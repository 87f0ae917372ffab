import type { HistoryEntry } from '../factHistory.ts';
import type { FeedRow } from '../feed.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export const eventLogSchema: ReadModelSchema = {
  tables: { events: 'seq' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}events (seq INTEGER PRIMARY KEY, position TEXT NOT NULL, recorded_at TEXT NOT NULL,
      fact_id TEXT, history TEXT, feed TEXT);`,
  readIndexes: {
    events_fact: (p) =>
      `CREATE INDEX IF NOT EXISTS ${p}events_fact ON ${p}events (fact_id, seq) WHERE fact_id IS NOT NULL;`,
    events_position: (p) => `CREATE INDEX IF NOT EXISTS ${p}events_position ON ${p}events (position);`,
    events_recorded: (p) => `CREATE INDEX IF NOT EXISTS ${p}events_recorded ON ${p}events (recorded_at);`,
  },
};

/** What a fact event left in the log read model: its history entry and its feed row. */
export interface FactEventRow {
  readonly factId: string;
  readonly history: HistoryEntry;
  readonly feed: FeedRow;
}

/** A fact event's feed row as stored: the row without its place, which the columns hold. */
export interface StoredFeedRow {
  readonly seq: number;
  readonly position: string;
  readonly factId: string;
  readonly feed: string;
}

/**
 * The event-log read model: one row per applied event, numbered by `seq` (1, 2, 3… in log order),
 * with its position and instant (normalised to UTC) for "as known at" reads, and for fact events
 * the fact-history entry and the live-feed row, as JSON.
 */
export class EventLog {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  add(seq: number, position: string, recordedAtUtc: string, fact: FactEventRow | null): void {
    const { feed } = fact ?? {};
    this.c
      .stmt(
        `INSERT OR REPLACE INTO ${this.prefix}events (seq, position, recorded_at, fact_id, history, feed) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        seq,
        position,
        recordedAtUtc,
        fact?.factId ?? null,
        fact ? JSON.stringify(fact.history) : null,
        feed
          ? JSON.stringify({ eventType: feed.eventType, before: feed.before, after: feed.after, changes: feed.changes })
          : null,
      );
  }

  /** The seq of the event at `position`, or undefined when the read models hold no such event. */
  seqOf(position: string): number | undefined {
    return this.c.stmt(`SELECT seq FROM ${this.prefix}events WHERE position = ?`).pluck().get(position) as
      number | undefined;
  }

  /** The latest event recorded at or before `instantUtc` (ties go to the later event). */
  lastRecordedBy(instantUtc: string): { seq: number; position: string } | undefined {
    return this.c
      .stmt(
        `SELECT seq, position FROM ${this.prefix}events WHERE recorded_at <= ? ORDER BY recorded_at DESC, seq DESC LIMIT 1`,
      )
      .get(instantUtc) as { seq: number; position: string } | undefined;
  }

  /** The history entries of a fact's events, oldest first. */
  historyOf(factId: string): HistoryEntry[] {
    const rows = this.c
      .stmt(`SELECT history FROM ${this.prefix}events WHERE fact_id = ? ORDER BY seq`)
      .pluck()
      .all(factId) as string[];
    return rows.map((r) => JSON.parse(r) as HistoryEntry);
  }

  /** The feed rows of the fact events in (`afterSeq`, `throughSeq`], oldest first, at most `limit`. */
  feedRows(afterSeq: number, throughSeq: number, limit: number): StoredFeedRow[] {
    return this.c
      .stmt(
        `SELECT seq, position, fact_id AS factId, feed FROM ${this.prefix}events
        WHERE seq > ? AND seq <= ? AND fact_id IS NOT NULL ORDER BY seq LIMIT ?`,
      )
      .all(afterSeq, throughSeq, limit) as StoredFeedRow[];
  }

  /** The feed rows of `factId`'s events from `fromSeq` through `throughSeq`, oldest first. */
  feedRowsOf(factId: string, fromSeq: number, throughSeq: number): StoredFeedRow[] {
    return this.c
      .stmt(
        `SELECT seq, position, fact_id AS factId, feed FROM ${this.prefix}events
        WHERE fact_id = ? AND seq >= ? AND seq <= ? ORDER BY seq`,
      )
      .all(factId, fromSeq, throughSeq) as StoredFeedRow[];
  }
}
