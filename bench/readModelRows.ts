import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { readModelTables } from '../test/support/readModelDump.ts';

/**
 * Copies, out of the Chronicle file, the read-model rows a projection run wrote, so the raw
 * reference can insert exactly the same rows, all columns, in the order and in the transactions
 * the runner wrote them. Nothing here knows the read-model tables by name (they are listed as the
 * read-model comparisons list them, `test/support/readModelDump.ts`): each table's rows are
 * put into the batch of the event that produced them, found from its columns:
 *
 * - `seq` (one row per event): that event;
 * - else `from_seq` (versioned rows): the event that started the version;
 * - else `fact_id`: the fact's first event;
 * - else `id` of a registry table (`actors` → stream `actor-<id>`): that stream's first event;
 * - else (e.g. findings per component, meta): spread evenly over the batches.
 *
 * Each table is read in that order by its own read-only connection (sorting is SQLite's, untimed).
 */

type Row = unknown[];
export type Association = 'seq' | 'from_seq' | 'fact' | 'stream' | 'spread';

export interface TableRows {
  /** Table name without the prefix. */
  readonly table: string;
  readonly columns: readonly string[];
  readonly association: Association;
}

/** The rows one projection batch writes, per table (without the prefix). */
export interface PageRows {
  readonly count: number;
  readonly lastPosition: number;
  readonly lastSeq: number;
  readonly rows: Map<string, Row[]>;
}

/** Column names of a table, in order (`[]` when there is no such table). */
export function columnsOf(db: Database.Database, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
}

/** A table's rows in event order, each with its event number (`seq`) as the last value. */
class KeyedRows {
  #pending: IteratorResult<Row> | undefined;

  constructor(private readonly rows: Iterator<Row>) {}

  /** Rows whose event number is at most `seq` (all the rest when `seq` is undefined), key removed. */
  take(seq: number | undefined): Row[] {
    const out: Row[] = [];
    for (;;) {
      this.#pending ??= this.rows.next();
      if (this.#pending.done) return out;
      const row = this.#pending.value;
      if (seq !== undefined && Number(row.at(-1) ?? 0) > seq) return out;
      out.push(row.slice(0, -1));
      this.#pending = undefined;
    }
  }
}

export class ReadModelRows {
  readonly tables: readonly TableRows[];
  /** Events in the log. */
  readonly events: number;
  readonly #source: Database.Database;
  readonly #page;
  readonly #connections: Database.Database[] = [];
  readonly #rows = new Map<string, KeyedRows>();
  readonly #auxPath: string;

  /** `auxPath`: a scratch file for the stream → first event map (deleted by `close`). */
  constructor(
    sourcePath: string,
    readonly prefix: string,
    auxPath: string,
  ) {
    this.#auxPath = auxPath;
    this.#source = new Database(sourcePath, { readonly: true });
    this.#page = this.#source
      .prepare(`SELECT e.position, s.name FROM events e JOIN streams s ON s.stream_id = e.stream_id
      WHERE e.position > ? ORDER BY e.position LIMIT ?`);
    this.events = writeFirstEvents(this.#source, auxPath);
    const tables: TableRows[] = [];
    for (const table of readModelTables(this.#source, prefix)) {
      if (table === 'checkpoint') continue;
      const name = prefix + table;
      const columns = columnsOf(this.#source, name);
      const { association, sql } = this.#plan(name, table, columns);
      const db = new Database(sourcePath, { readonly: true });
      db.exec(`ATTACH DATABASE '${auxPath.replace(/'/g, "''")}' AS aux`);
      this.#connections.push(db);
      const iterator = db.prepare(sql).raw().iterate() as IterableIterator<Row>;
      const count =
        association === 'spread' ? (this.#source.prepare(`SELECT count(*) FROM ${name}`).pluck().get() as number) : 0;
      this.#rows.set(table, new KeyedRows(association === 'spread' ? spread(iterator, count, this.events) : iterator));
      tables.push({ table, columns, association });
    }
    this.tables = tables;
  }

  #plan(name: string, table: string, columns: readonly string[]): { association: Association; sql: string } {
    const firstOf = (stream: string) => `coalesce((SELECT first_seq FROM aux.first_event WHERE name = ${stream}), 0)`;
    if (columns.includes('seq')) return { association: 'seq', sql: `SELECT *, seq FROM ${name} ORDER BY seq` };
    if (columns.includes('from_seq'))
      return { association: 'from_seq', sql: `SELECT *, from_seq FROM ${name} ORDER BY from_seq` };
    if (columns.includes('fact_id')) {
      return { association: 'fact', sql: `SELECT *, ${firstOf("'fact-' || fact_id")} AS k FROM ${name} ORDER BY k` };
    }
    const category = table.endsWith('s') ? table.slice(0, -1) : table;
    const isRegistry =
      columns.includes('id') &&
      this.#source.prepare('SELECT 1 FROM streams WHERE name LIKE ? LIMIT 1').get(`${category}-%`) !== undefined;
    if (isRegistry)
      return {
        association: 'stream',
        sql: `SELECT *, ${firstOf(`'${category}-' || id`)} AS k FROM ${name} ORDER BY k`,
      };
    return { association: 'spread', sql: `SELECT * FROM ${name}` };
  }

  /** The rows of the batch of `size` events after position `after`, whose first event is number `seq + 1`. */
  page(after: number, size: number, seq: number): PageRows {
    const events = this.#page.all(after, size) as { position: number }[];
    const lastSeq = seq + events.length;
    const rows = new Map<string, Row[]>();
    for (const [table, keyed] of this.#rows) rows.set(table, keyed.take(lastSeq));
    return { count: events.length, lastPosition: events.at(-1)?.position ?? after, lastSeq, rows };
  }

  /** Rows no batch took (there should be none). */
  rest(): Map<string, Row[]> {
    return new Map([...this.#rows].map(([table, keyed]) => [table, keyed.take(undefined)]));
  }

  close(): void {
    for (const db of this.#connections) db.close();
    this.#source.close();
    rmSync(this.#auxPath, { force: true });
  }
}

/** Writes `first_event(name, first_seq)`: each stream's first event number in the log. Returns the events counted. */
function writeFirstEvents(source: Database.Database, auxPath: string): number {
  rmSync(auxPath, { force: true });
  const aux = new Database(auxPath);
  try {
    aux.pragma('journal_mode = OFF');
    aux.pragma('synchronous = OFF');
    aux.exec('CREATE TABLE first_event (name TEXT PRIMARY KEY, first_seq INTEGER NOT NULL) WITHOUT ROWID');
    const insert = aux.prepare('INSERT INTO first_event (name, first_seq) VALUES (?, ?)');
    let seq = 0;
    aux.transaction(() => {
      const seen = new Set<string>();
      const names = source
        .prepare('SELECT s.name FROM events e JOIN streams s ON s.stream_id = e.stream_id ORDER BY e.position')
        .pluck()
        .iterate() as IterableIterator<string>;
      for (const name of names) {
        seq += 1;
        if (seen.has(name)) continue;
        seen.add(name);
        insert.run(name, seq);
      }
    })();
    return seq;
  } finally {
    aux.close();
  }
}

/** Gives the `count` rows of `rows` event numbers spread evenly over `events`. */
function* spread(rows: Iterator<Row>, count: number, events: number): Generator<Row> {
  let i = 0;
  for (let next = rows.next(); !next.done; next = rows.next()) {
    i += 1;
    yield [...next.value, Math.ceil((i * events) / Math.max(count, 1))];
  }
}
