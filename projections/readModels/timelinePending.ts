import type { ReadModelContext } from './context.ts';
import { rowColumns, type TimelineWrite } from './timeline.ts';

/**
 * The actor and topic rows of a rebuild's timeline, held back until the rebuild ends. A rebuild
 * writes them in log order into a table without a key (`timeline_pending`): each batch appends to
 * its last pages, where the keyed timeline would take a page per actor row once a store has more
 * timelines than a batch has rows. `mergeInto` then sorts them into the timeline once, in its key's
 * order, as the rows `Timeline.write` would have left there.
 *
 * Nothing in a rebuild reads these rows back (the projections read only the chronology's rows,
 * which go straight to the timeline). Each write is a row: an opened row with its columns, or a
 * closed one (`open` = 0) with the event that closed it; the timeline's `to_seq` of an opened row
 * is the first close of the same row (kind, timeline, first seq, fact) after it.
 */
export const timelinePendingDdl = (p: string): string => `
  CREATE TABLE IF NOT EXISTS ${p}timeline_pending (
    kind TEXT NOT NULL, timeline_id TEXT NOT NULL, fact_id TEXT NOT NULL, seq INTEGER NOT NULL, open INTEGER NOT NULL, role TEXT,
    retracted INTEGER NOT NULL, earliest INTEGER NOT NULL, latest INTEGER NOT NULL, precision_rank INTEGER NOT NULL,
    first_seq INTEGER NOT NULL, open_start INTEGER NOT NULL);`;

export const TIMELINE_PENDING = 'timeline_pending';

export class TimelinePending {
  constructor(private readonly c: ReadModelContext) {}

  /** Appends `writes` as they come: one fact's changes to one row are in the order of their events. */
  add(writes: readonly TimelineWrite[]): void {
    const p = this.c.prefix;
    const insert = this.c.stmt(`INSERT INTO ${p}timeline_pending (kind, timeline_id, fact_id, seq, open, role,
      retracted, earliest, latest, precision_rank, first_seq, open_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const { row: r, seq, open } of writes)
      insert.run(r.kind, r.timelineId, r.factId, seq, open ? 1 : 0, ...rowColumns(r));
  }

  /**
   * Moves the held rows into the timeline and drops the table, as `Timeline.write` would have left
   * them row by row: the opened rows sorted by the timeline's key (one sort; the inserts then
   * append), an open replacing a row opened at the same event (a later write, a later rowid), then
   * each close, in event order, setting `to_seq` on the rows of its (kind, timeline, first seq, fact)
   * still open and opened before it. A close comes before an open at one event, and no row is closed
   * at the event that opened it (`timelineChanges` diffs a fact's rows once per event), so "opened
   * before it" is `from_seq` less than its event.
   */
  mergeInto(): void {
    const p = this.c.prefix;
    this.c.db.exec(`
      INSERT OR REPLACE INTO ${p}timeline (kind, timeline_id, fact_id, from_seq, to_seq, role, retracted, earliest, latest,
        precision_rank, first_seq, open_start)
      SELECT kind, timeline_id, fact_id, seq, NULL, role, retracted, earliest, latest, precision_rank, first_seq, open_start
      FROM ${p}timeline_pending WHERE open = 1
      ORDER BY kind, timeline_id, first_seq, fact_id, seq, rowid;`);
    const close = this.c.db.prepare(`UPDATE ${p}timeline SET to_seq = ?
      WHERE kind = ? AND timeline_id = ? AND first_seq = ? AND fact_id = ? AND to_seq IS NULL AND from_seq < ?`);
    const closes = this.c.db
      .prepare(
        `SELECT seq, kind, timeline_id, first_seq, fact_id FROM ${p}timeline_pending WHERE open = 0
        ORDER BY kind, timeline_id, first_seq, fact_id, seq, rowid`,
      )
      .raw()
      .all() as [number, string, string, number, string][];
    for (const [seq, ...row] of closes) close.run(seq, ...row, seq);
    this.c.db.exec(`DROP TABLE ${p}timeline_pending`);
  }
}
