import type Database from 'better-sqlite3';
import { Stopwatch, now } from './measure.ts';
import type { SchemaObject } from './rawSqlite.ts';

/**
 * Raw references for the read models: the rows the projection runner wrote (one fact document per
 * fact touched in a batch, its timeline rows, one history row and one live-feed row per fact
 * event, one registry document per actor/topic/source event and the checkpoint), copied out of the
 * Chronicle file, all columns, and inserted again with plain prepared statements, batch by batch,
 * after a plain `SELECT` of the same page of events.
 */

const REGISTRY_TABLES: Readonly<Record<string, string>> = { actor: 'actors', topic: 'topics', source: 'sources' };

/** Read-model tables the raw reference writes (all columns, whatever they are); anything else is reported as not covered. */
export const COVERED_TABLES = ['checkpoint', 'facts', 'actors', 'topics', 'sources', 'timeline', 'fact_history', 'feed'] as const;

type Row = unknown[];

/** The rows one projection batch writes, per table (without the prefix), in the order the runner writes them. */
interface PageRows {
  readonly count: number;
  readonly lastPosition: number;
  readonly lastSeq: number;
  readonly rows: Map<string, Row[]>;
}

/** Column names of a table, in order. */
export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

/** Reads, out of the Chronicle file, the read-model rows that a page of events produced. */
export class ReadModelRows {
  /** Tables present in the source, without the prefix, with their columns. */
  readonly tables = new Map<string, string[]>();
  readonly #page;
  readonly #byKey = new Map<string, Database.Statement>();
  readonly #timeline = new Map<string, Row[]>();

  constructor(source: Database.Database, prefix: string) {
    for (const t of COVERED_TABLES) {
      const columns = columnsOf(source, `${prefix}${t}`);
      if (columns.length > 0) this.tables.set(t, columns);
    }
    this.#page = source.prepare(`SELECT e.position, s.name FROM events e JOIN streams s ON s.stream_id = e.stream_id
      WHERE e.position > ? ORDER BY e.position LIMIT ?`);
    const lookup = (table: string, where: string) => {
      if (this.tables.has(table)) this.#byKey.set(table, source.prepare(`SELECT * FROM ${prefix}${table} WHERE ${where}`).raw());
    };
    lookup('fact_history', 'fact_id = ? AND seq = ?');
    lookup('feed', 'seq = ?');
    lookup('facts', 'fact_id = ?');
    for (const t of Object.values(REGISTRY_TABLES)) lookup(t, 'id = ?');
    const timelineColumns = this.tables.get('timeline') ?? [];
    const factColumn = timelineColumns.indexOf('fact_id');
    if (factColumn >= 0) {
      for (const row of source.prepare(`SELECT * FROM ${prefix}timeline`).raw().iterate() as IterableIterator<Row>) {
        const factId = row[factColumn] as string;
        const rows = this.#timeline.get(factId);
        if (rows) rows.push(row);
        else this.#timeline.set(factId, [row]);
      }
    }
  }

  /** The rows of the page of `size` events after `after`, whose first event is number `seq + 1` of the log. */
  page(after: number, size: number, seq: number): PageRows {
    const events = this.#page.all(after, size) as { position: number; name: string }[];
    const rows = new Map<string, Row[]>([...this.tables.keys()].map((t) => [t, []]));
    const add = (table: string, row: Row | undefined) => {
      if (row) rows.get(table)?.push(row);
    };
    const get = (table: string, ...key: unknown[]) => this.#byKey.get(table)?.get(...key) as Row | undefined;
    const touched = new Set<string>();
    events.forEach((event, i) => {
      const dash = event.name.indexOf('-');
      const category = event.name.slice(0, dash);
      const id = event.name.slice(dash + 1);
      const eventSeq = seq + i + 1;
      if (category === 'fact') {
        const entry = get('fact_history', id, eventSeq);
        if (!entry) throw new Error(`reference rows: no history row for ${event.name} at seq ${eventSeq}`);
        add('fact_history', entry);
        add('feed', get('feed', eventSeq));
        touched.add(id);
      } else if (REGISTRY_TABLES[category]) {
        add(REGISTRY_TABLES[category]!, get(REGISTRY_TABLES[category]!, id));
      }
    });
    for (const factId of touched) {
      add('facts', get('facts', factId));
      for (const row of this.#timeline.get(factId) ?? []) add('timeline', row);
    }
    return { count: events.length, lastPosition: events.at(-1)?.position ?? after, lastSeq: seq + events.length, rows };
  }
}

export interface RawProjectResult {
  readonly events: number;
  readonly transactions: number;
  /** Time in the page reads and write transactions only (copying the rows out of Chronicle is not counted). */
  readonly ms: number;
}

/** Statements that write one page's rows into the tables of `prefix`. */
function pageWriter(writer: Database.Database, prefix: string, tables: ReadonlyMap<string, readonly string[]>): (page: PageRows) => void {
  const put = new Map(
    [...tables].filter(([t]) => t !== 'checkpoint').map(([t, columns]) => [
      t,
      writer.prepare(`INSERT OR REPLACE INTO ${prefix}${t} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
    ]),
  );
  const setCheckpoint = writer.prepare(`INSERT INTO ${prefix}checkpoint (name, position, seq) VALUES ('chronicle', ?, ?)
    ON CONFLICT(name) DO UPDATE SET position = excluded.position, seq = excluded.seq`);
  const write = writer.transaction((page: PageRows) => {
    for (const [table, rows] of page.rows) {
      const statement = put.get(table);
      if (statement) for (const row of rows) statement.run(row);
    }
    setCheckpoint.run(String(page.lastPosition), page.lastSeq);
  });
  return (page) => write.immediate(page);
}

/**
 * Raw reference for the projections: for each batch the runner committed (`eventsPerTransaction`),
 * a plain `SELECT` of the same page of events from the raw store, then one transaction inserting the
 * rows that batch produced.
 */
export function rawProject(
  reader: Database.Database, writer: Database.Database, rows: ReadModelRows, eventsPerTransaction: readonly number[], prefix: string,
  stopwatch = new Stopwatch(),
): RawProjectResult {
  const readPage = reader.prepare(`SELECT e.position, s.name AS stream_name, e.revision, e.event_id, e.type, e.data, e.metadata
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
      if (read.length !== page.count) throw new Error(`raw store has ${read.length} events after ${after}, Chronicle ${page.count}`);
      write(page);
    });
    after = page.lastPosition;
    seq = page.lastSeq;
    transactions += 1;
  }
  return { events: seq, transactions, ms: stopwatch.ms };
}

/**
 * Raw reference for a rebuild, shaped like the runner's: fresh `rb_` tables without secondary
 * indexes, the projection pages, then one transaction that drops the live tables, renames the new
 * ones and creates the indexes.
 */
export function rawRebuild(
  reader: Database.Database, writer: Database.Database, rows: ReadModelRows, eventsPerTransaction: readonly number[], live: readonly SchemaObject[],
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
    writer.transaction(() => {
      for (const t of tables) {
        writer.exec(`DROP TABLE IF EXISTS ${t.name}`);
        writer.exec(`ALTER TABLE ${fresh(t.name)} RENAME TO ${t.name}`);
      }
      for (const index of live.filter((o) => o.type === 'index')) writer.exec(index.sql);
    }).immediate(),
  );
  return { ...result, ms: stopwatch.ms };
}

export type SortTuple = [number, number, number, number];

/**
 * Raw reference for one actor timeline page: the keyset `SELECT` on the timeline table's order
 * index, then the page's fact documents fetched one by one (as text, not parsed).
 */
export function rawTimelinePager(db: Database.Database, prefix: string) {
  const columns = `fact_id, earliest, latest, precision_rank, first_seq FROM ${prefix}timeline WHERE kind = 'actor' AND timeline_id = ?`;
  const order = 'ORDER BY earliest, latest, precision_rank, first_seq LIMIT ?';
  const first = db.prepare(`SELECT ${columns} ${order}`).raw();
  const after = db.prepare(`SELECT ${columns} AND (earliest, latest, precision_rank, first_seq) > (?, ?, ?, ?) ${order}`).raw();
  const doc = db.prepare(`SELECT doc FROM ${prefix}facts WHERE fact_id = ?`).pluck();
  return (actorId: string, limit: number, cursor?: SortTuple): { ms: number; factIds: string[]; docs: string[]; next: SortTuple | null } => {
    const start = now();
    const rows = (cursor ? after.all(actorId, ...cursor, limit + 1) : first.all(actorId, limit + 1)) as [string, number, number, number, number][];
    const page = rows.slice(0, limit);
    const docs = page.map((r) => doc.get(r[0]) as string);
    const ms = now() - start;
    const last = page.at(-1);
    return { ms, factIds: page.map((r) => r[0]), docs, next: rows.length > limit && last ? [last[1], last[2], last[3], last[4]] : null };
  };
}
