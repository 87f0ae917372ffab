import type Database from 'better-sqlite3';
import { Stopwatch, now } from './measure.ts';
import { columnsOf, type PageRows, type ReadModelRows, type TableRows } from './readModelRows.ts';
import type { SchemaObject } from './rawSqlite.ts';

/**
 * Raw references for the read models: the rows the projection runner wrote (see
 * `readModelRows.ts`), inserted again with plain prepared statements, one transaction per batch
 * the runner committed, each after a plain `SELECT` of the same page of events.
 */

export interface RawProjectResult {
  readonly events: number;
  readonly transactions: number;
  /** Time in the page reads and write transactions only (copying the rows out of Chronicle is not counted). */
  readonly ms: number;
}

interface CheckpointRow {
  readonly position: number;
  readonly seq: number;
}

/** Statements that write one page's rows (and the checkpoint, when given) into the tables of `prefix`, in one transaction. */
function pageWriter(
  writer: Database.Database,
  prefix: string,
  tables: readonly TableRows[],
): (rows: PageRows['rows'], checkpoint?: CheckpointRow) => void {
  const put = new Map(
    tables.map(({ table, columns }) => [
      table,
      writer.prepare(
        `INSERT OR REPLACE INTO ${prefix}${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ),
    ]),
  );
  const setCheckpoint = writer.prepare(`INSERT INTO ${prefix}checkpoint (name, position, seq) VALUES ('chronicle', ?, ?)
    ON CONFLICT(name) DO UPDATE SET position = excluded.position, seq = excluded.seq`);
  const write = writer.transaction((rows: PageRows['rows'], checkpoint?: CheckpointRow) => {
    for (const [table, tableRows] of rows) {
      const statement = put.get(table)!;
      for (const row of tableRows) statement.run(row);
    }
    if (checkpoint) setCheckpoint.run(String(checkpoint.position), checkpoint.seq);
  });
  return (rows, checkpoint) => write.immediate(rows, checkpoint);
}

/**
 * Raw reference for the projections: for each batch the runner committed (`eventsPerTransaction`),
 * a plain `SELECT` of the same page of events from the raw store, then one transaction inserting the
 * rows that batch produced; then `finish` (timed too: the bulk import's raw side builds the read
 * indexes there, as Chronicle's catch-up from empty does).
 */
export function rawProject(
  reader: Database.Database,
  writer: Database.Database,
  rows: ReadModelRows,
  eventsPerTransaction: readonly number[],
  prefix: string,
  stopwatch = new Stopwatch(),
  finish?: () => void,
): RawProjectResult {
  const readPage =
    reader.prepare(`SELECT e.position, s.name AS stream_name, e.revision, e.event_id, e.type, e.data, e.metadata
    FROM events e JOIN streams s ON s.stream_id = e.stream_id WHERE e.position > ? ORDER BY e.position LIMIT ?`);
  const write = pageWriter(writer, prefix, rows.tables);
  let after = 0;
  let seq = 0;
  let transactions = 0;
  const sizes = [...eventsPerTransaction];
  for (;;) {
    const size = sizes.shift() ?? 2000;
    const page = rows.page(after, size, seq);
    if (page.count === 0) break;
    stopwatch.run(() => {
      const read = readPage.all(after, size);
      if (read.length !== page.count)
        throw new Error(`raw store has ${read.length} events after ${after}, Chronicle ${page.count}`);
      write(page.rows, { position: page.lastPosition, seq: page.lastSeq });
    });
    after = page.lastPosition;
    seq = page.lastSeq;
    transactions += 1;
  }
  const rest = rows.rest();
  if ([...rest.values()].some((r) => r.length > 0)) {
    stopwatch.run(() => write(rest));
    transactions += 1;
  }
  if (finish) stopwatch.run(finish);
  return { events: seq, transactions, ms: stopwatch.ms };
}

/**
 * Raw reference for a rebuild, shaped like the runner's: fresh `rb_` tables without secondary
 * indexes, the projection pages, then one transaction that drops the live tables, renames the new
 * ones and creates the indexes.
 */
export function rawRebuild(
  reader: Database.Database,
  writer: Database.Database,
  rows: ReadModelRows,
  eventsPerTransaction: readonly number[],
  live: readonly SchemaObject[],
): RawProjectResult {
  const stopwatch = new Stopwatch();
  const tables = live.filter((o) => o.type === 'table');
  const fresh = (name: string) => `rb_${name.slice('rm_'.length)}`;
  stopwatch.run(() => {
    for (const t of tables) {
      writer.exec(`DROP TABLE IF EXISTS ${fresh(t.name)}`);
      writer.exec(t.sql.replace(t.name, fresh(t.name)));
    }
  });
  const result = rawProject(reader, writer, rows, eventsPerTransaction, 'rb_', stopwatch);
  stopwatch.run(() =>
    writer
      .transaction(() => {
        for (const t of tables) {
          writer.exec(`DROP TABLE IF EXISTS ${t.name}`);
          writer.exec(`ALTER TABLE ${fresh(t.name)} RENAME TO ${t.name}`);
        }
        for (const index of live.filter((o) => o.type === 'index')) writer.exec(index.sql);
      })
      .immediate(),
  );
  return { ...result, ms: stopwatch.ms };
}

export type SortTuple = [number, number, number, number];

export interface RawTimelinePager {
  /** The SQL it runs: the first-page query and the document fetch. */
  readonly sql: { readonly page: string; readonly doc: string };
  page(
    actorId: string,
    limit: number,
    cursor?: SortTuple,
  ): { ms: number; factIds: string[]; docs: string[]; next: SortTuple | null };
}

/**
 * Raw reference for one actor timeline page: the keyset `SELECT` on the timeline table's order
 * index (only rows in force and not retracted, when the table keeps versions in `to_seq` and a
 * `retracted` flag), then the page's current fact documents fetched one by one (as text, not
 * parsed) from `facts`, or from the latest `fact_versions` row where there is no `facts` table.
 */
export function rawTimelinePager(db: Database.Database, prefix: string): RawTimelinePager {
  const timelineColumns = columnsOf(db, `${prefix}timeline`);
  const current =
    (timelineColumns.includes('to_seq') ? ' AND to_seq IS NULL' : '') +
    (timelineColumns.includes('retracted') ? ' AND retracted = 0' : '');
  const columns = `fact_id, earliest, latest, precision_rank, first_seq FROM ${prefix}timeline WHERE kind = 'actor' AND timeline_id = ?${current}`;
  const order = 'ORDER BY earliest, latest, precision_rank, first_seq LIMIT ?';
  const sql = {
    page: `SELECT ${columns} ${order}`,
    doc:
      columnsOf(db, `${prefix}facts`).length > 0
        ? `SELECT doc FROM ${prefix}facts WHERE fact_id = ?`
        : `SELECT doc FROM ${prefix}fact_versions WHERE fact_id = ? ORDER BY from_seq DESC LIMIT 1`,
  };
  const first = db.prepare(sql.page).raw();
  const after = db
    .prepare(`SELECT ${columns} AND (earliest, latest, precision_rank, first_seq) > (?, ?, ?, ?) ${order}`)
    .raw();
  const doc = db.prepare(sql.doc).pluck();
  return {
    sql,
    page: (actorId, limit, cursor) => {
      const start = now();
      const rows = (cursor ? after.all(actorId, ...cursor, limit + 1) : first.all(actorId, limit + 1)) as [
        string,
        number,
        number,
        number,
        number,
      ][];
      const page = rows.slice(0, limit);
      const docs = page.map((r) => doc.get(r[0]) as string);
      const ms = now() - start;
      const last = page.at(-1);
      return {
        ms,
        factIds: page.map((r) => r[0]),
        docs,
        next: rows.length > limit && last ? [last[1], last[2], last[3], last[4]] : null,
      };
    },
  };
}
