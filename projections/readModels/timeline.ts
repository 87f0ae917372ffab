import { startDayOf, type EffectiveDays, type TimelineKind, type TimelineRow } from '../timelineRows.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';
import { FactVersions } from './factVersions.ts';
import type { TimelinePending } from './timelinePending.ts';

/**
 * The timeline table. The sort columns are docs/design.md's order on the fact's effective days
 * (its stated bounds narrowed by its relations, `EffectiveDays`): `earliest` is the day it sorts
 * from — the effective earliest day, or where that is open (`open_start` = 1) the effective
 * latest —, then `latest` (the effective latest day), `precision_rank` (of the stated date),
 * `first_seq` (the global position of the fact's first event). Rows are versioned: `from_seq` is
 * the event that opened a row, `to_seq` the one that closed it (NULL while it is current).
 *
 * The key puts a timeline's rows in the order their facts were first recorded (`first_seq` before
 * `fact_id`): a new fact's rows go at the end of each of its timelines, on a page the timeline's
 * last insert left in the cache, instead of on a page of their own among the timeline's rows
 * sorted by id. In a store with thousands of actors, a page per row would be most of what a batch
 * writes to the WAL.
 */
export const timelineSchema: ReadModelSchema = {
  tables: { timeline: 'kind, timeline_id, first_seq, fact_id, from_seq' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}timeline (
      kind TEXT NOT NULL, timeline_id TEXT NOT NULL, fact_id TEXT NOT NULL, from_seq INTEGER NOT NULL, to_seq INTEGER, role TEXT, retracted INTEGER NOT NULL,
      earliest INTEGER NOT NULL, latest INTEGER NOT NULL, precision_rank INTEGER NOT NULL, first_seq INTEGER NOT NULL, open_start INTEGER NOT NULL,
      PRIMARY KEY (kind, timeline_id, first_seq, fact_id, from_seq)) WITHOUT ROWID;`,
  // One index serves both the current and the as-of pages, in the timeline's order: it holds every
  // column they filter on (the key's `fact_id` and `from_seq` come with it), so neither reads the table.
  readIndexes: {
    timeline_order: (p) => `CREATE INDEX IF NOT EXISTS ${p}timeline_order ON ${p}timeline
      (kind, timeline_id, earliest, latest, precision_rank, first_seq, to_seq, retracted);`,
  },
};

/** A change to a fact's row in one timeline: opened (inserted) or closed (`to_seq` set) at `seq`. */
export interface TimelineWrite {
  readonly row: TimelineRow;
  readonly seq: number;
  readonly open: boolean;
}

/**
 * A row's columns after its kind, timeline, fact and event, in the order the timeline's tables hold
 * them: role, retracted, earliest (the day it sorts from), latest, precision rank, first seq, open start.
 */
export const rowColumns = (r: TimelineRow): unknown[] => [
  r.role,
  r.retracted ? 1 : 0,
  startDayOf(r),
  r.latestDay,
  r.precisionRank,
  r.firstSeq,
  r.earliestDay === Number.MIN_SAFE_INTEGER ? 1 : 0,
];

/** A place in a timeline's order: earliest, latest, precision rank, first seq. */
export type SortTuple = [number, number, number, number];

/** Which rows of which timelines a page shows (see `Timeline.page`). */
export interface TimelinePageFilter {
  readonly kind: TimelineKind;
  readonly ids: readonly string[];
  /** The rows in force after this event; the current rows when absent. */
  readonly atSeq?: number;
  readonly includeRetracted?: boolean;
  /** Keep rows whose effective days reach this day or later. */
  readonly fromDay?: number;
  /** Keep rows whose effective days may start on this day or before. */
  readonly toDay?: number;
  /** Keep facts whose summary or notes (of the version shown) contain this text, lower-cased. */
  readonly text?: string;
  /** Rows strictly after this place in the order. */
  readonly after?: SortTuple;
  /** At most this many rows; all when absent. */
  readonly limit?: number;
}

export interface TimelinePageRow {
  readonly factId: string;
  readonly earliest: number;
  readonly latest: number;
  readonly rank: number;
  readonly seq: number;
}

/** Orders strings as SQLite's BINARY collation does for ASCII text (ids are slugs). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The timeline read model: one row per fact and timeline it shows in (the chronology, its actors, its topics). */
export class Timeline {
  private readonly prefix: string;

  constructor(
    private readonly c: ReadModelContext,
    /** Where a rebuild holds the actor and topic rows until it ends (see `TimelinePending`). */
    private readonly pending?: TimelinePending,
  ) {
    this.prefix = c.prefix;
  }

  /**
   * The effective days a fact's open timeline rows carry (its chronology row's), if it has any;
   * `firstSeq` is the fact's (its document's `firstSeq`), part of the rows' key.
   */
  effectiveDays(factId: string, firstSeq: number): EffectiveDays | undefined {
    const row = this.c
      .stmt(
        `SELECT earliest, latest, open_start AS openStart FROM ${this.prefix}timeline
        WHERE kind = 'all' AND timeline_id = '' AND first_seq = ? AND fact_id = ? AND to_seq IS NULL`,
      )
      .get(firstSeq, factId) as { earliest: number; latest: number; openStart: number } | undefined;
    if (!row) return undefined;
    return { earliestDay: row.openStart === 1 ? Number.MIN_SAFE_INTEGER : row.earliest, latestDay: row.latest };
  }

  /**
   * Applies row changes in the order of the table's key (kind, timeline, first seq, fact): a
   * batch's inserts then walk the B-tree in order instead of jumping around it. The sort is stable,
   * so the changes to one fact's row in one timeline keep their order (a row is closed before the
   * next opens). With `pending` (a rebuild), only the chronology's rows are written here.
   */
  write(writes: TimelineWrite[]): void {
    const p = this.prefix;
    if (this.pending) {
      this.pending.add(writes.filter((w) => w.row.kind !== 'all'));
      writes = writes.filter((w) => w.row.kind === 'all');
    }
    const close = this.c.stmt(
      `UPDATE ${p}timeline SET to_seq = ?
      WHERE kind = ? AND timeline_id = ? AND first_seq = ? AND fact_id = ? AND to_seq IS NULL`,
    );
    const open = this.c.stmt(`INSERT OR REPLACE INTO ${p}timeline (kind, timeline_id, fact_id, from_seq, to_seq, role,
      retracted, earliest, latest, precision_rank, first_seq, open_start) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`);
    writes.sort(
      (a, b) =>
        compareText(a.row.kind, b.row.kind) ||
        compareText(a.row.timelineId, b.row.timelineId) ||
        a.row.firstSeq - b.row.firstSeq ||
        compareText(a.row.factId, b.row.factId),
    );
    for (const { row: r, seq, open: opens } of writes) {
      if (opens) open.run(r.kind, r.timelineId, r.factId, seq, ...rowColumns(r));
      else close.run(seq, r.kind, r.timelineId, r.firstSeq, r.factId);
    }
  }

  /** Moves the rows a rebuild held back into the table (see `TimelinePending`); nothing without them. */
  mergePending(): void {
    this.pending?.mergeInto();
  }

  /** The facts of a page of timelines, in docs/design.md's order (one row per fact). */
  page(filter: TimelinePageFilter): TimelinePageRow[] {
    const p = this.prefix;
    const where = [`t.kind = ?`, `t.timeline_id IN (${filter.ids.map(() => '?').join(', ')})`];
    const params: unknown[] = [filter.kind, ...filter.ids];
    if (filter.atSeq !== undefined) {
      where.push('t.from_seq <= ? AND (t.to_seq IS NULL OR t.to_seq > ?)');
      params.push(filter.atSeq, filter.atSeq);
    } else {
      where.push('t.to_seq IS NULL');
    }
    if (!filter.includeRetracted) where.push('t.retracted = 0');
    // The window keeps the entries whose effective days overlap it (`earliest` is the day an entry
    // sorts from, which for an open start is its latest: such an entry may fall before any day).
    if (filter.fromDay !== undefined) {
      where.push('t.latest >= ?');
      params.push(filter.fromDay);
    }
    if (filter.toDay !== undefined) {
      where.push('(t.open_start = 1 OR t.earliest <= ?)');
      params.push(filter.toDay);
    }
    if (filter.text !== undefined) {
      // The text of the version shown: the latest, or the one in force at `atSeq`.
      where.push(FactVersions.textMatch(p));
      params.push(filter.atSeq ?? Number.MAX_SAFE_INTEGER, filter.text, filter.text);
    }
    if (filter.after) {
      where.push('(t.earliest, t.latest, t.precision_rank, t.first_seq) > (?, ?, ?, ?)');
      params.push(...filter.after);
    }
    // Prepared once per shape of filter (`stmt`), not at every page.
    return this.c
      .stmt(
        `SELECT DISTINCT t.fact_id AS factId, t.earliest, t.latest, t.precision_rank AS rank, t.first_seq AS seq
        FROM ${p}timeline t WHERE ${where.join(' AND ')}
        ORDER BY t.earliest, t.latest, t.precision_rank, t.first_seq LIMIT ?`,
      )
      .all(...params, filter.limit ?? -1) as TimelinePageRow[];
  }
}
