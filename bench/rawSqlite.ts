import Database from 'better-sqlite3';
import { Stopwatch, now } from './measure.ts';

/**
 * The raw better-sqlite3 references: the same rows Chronicle writes, inserted with nothing but
 * prepared statements and transactions. The schema and the connection settings are copied from
 * the Chronicle file of the same run, so both sides always write the same table shapes with the
 * same `synchronous`, page cache and foreign-key settings.
 */

/** Connection settings copied from Chronicle's connections to the raw ones. */
const MIRRORED_PRAGMAS = [
  'synchronous',
  'cache_size',
  'foreign_keys',
  'temp_store',
  'mmap_size',
  'wal_autocheckpoint',
  'busy_timeout',
] as const;

export type PragmaSet = Readonly<Record<string, string | number>>;

/** Reads the settings of a connection that matter for write speed. */
export function pragmasOf(db: Database.Database): PragmaSet {
  const out: Record<string, string | number> = { journal_mode: db.pragma('journal_mode', { simple: true }) as string };
  for (const name of MIRRORED_PRAGMAS) out[name] = db.pragma(name, { simple: true }) as number;
  return out;
}

/** `synchronous` as SQLite names it (the pragma reads back as a number). */
export function synchronousName(value: string | number | undefined): string {
  return ['OFF', 'NORMAL', 'FULL', 'EXTRA'][Number(value)] ?? String(value);
}

/** Opens a raw connection with the same journal mode and settings as `like`. */
export function openLike(path: string, like: PragmaSet): Database.Database {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${Number(like.busy_timeout)}`);
  db.pragma(`journal_mode = ${String(like.journal_mode)}`);
  for (const name of MIRRORED_PRAGMAS) if (name !== 'busy_timeout') db.pragma(`${name} = ${Number(like[name])}`);
  return db;
}

export interface SchemaObject {
  readonly type: 'table' | 'index';
  readonly name: string;
  readonly table: string;
  readonly sql: string;
}

/** The `CREATE` statements of the tables (and their explicit indexes) `keep` selects, in creation order. */
export function schemaOf(db: Database.Database, keep: (table: string) => boolean): SchemaObject[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name AS "table", sql FROM sqlite_master
      WHERE type IN ('table', 'index') AND sql IS NOT NULL ORDER BY rowid`,
    )
    .all() as SchemaObject[];
  return rows.filter((row) => keep(row.table));
}

/** One stream's events as Chronicle stored them, ready to insert again. */
export interface StreamRows {
  readonly name: string;
  readonly events: { revision: number; id: string; type: string; data: string; metadata: string }[];
}

export interface RawAppendResult {
  readonly events: number;
  readonly transactions: number;
  /** Time spent inside the insert transactions only (reading the rows to insert is not counted). */
  readonly ms: number;
  /** CPU time inside them. */
  readonly cpuMs: number;
}

/**
 * Raw reference for the bulk import: inserts Chronicle's own rows (same stream names, ids, types,
 * data and metadata JSON) into an empty copy of its `streams` + `events` tables, one `BEGIN
 * IMMEDIATE` transaction per batch, with batches of exactly as many streams as the import put into
 * each of its transactions (`streamsPerTransaction`).
 */
export function rawBulkAppend(
  raw: Database.Database,
  source: Database.Database,
  streamsPerTransaction: readonly number[],
): RawAppendResult {
  const insertStream = raw.prepare('INSERT INTO streams (name, revision) VALUES (?, ?)');
  const insertEvent = raw.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertBatch = raw.transaction((streams: readonly StreamRows[]) => {
    for (const stream of streams) {
      const streamId = insertStream.run(stream.name, stream.events.length - 1).lastInsertRowid;
      for (const e of stream.events) insertEvent.run(streamId, e.revision, e.id, e.type, e.data, e.metadata);
    }
  });
  const rows = source
    .prepare(
      `SELECT s.name, e.revision, e.event_id AS id, e.type, e.data, e.metadata
      FROM events e JOIN streams s ON s.stream_id = e.stream_id ORDER BY e.position`,
    )
    .iterate() as IterableIterator<{
    name: string;
    revision: number;
    id: string;
    type: string;
    data: string;
    metadata: string;
  }>;
  const stopwatch = new Stopwatch();
  let pending = rows.next();
  let events = 0;
  let transactions = 0;
  const nextStream = (): StreamRows | undefined => {
    if (pending.done) return undefined;
    const stream: StreamRows = { name: pending.value.name, events: [] };
    while (!pending.done && pending.value.name === stream.name) {
      const { revision, id, type, data, metadata } = pending.value;
      stream.events.push({ revision, id, type, data, metadata });
      pending = rows.next();
    }
    return stream;
  };
  // Batches as the import made them; anything left over (there should be nothing) in batches of 500.
  const sizes = [...streamsPerTransaction];
  for (;;) {
    const size = sizes.shift() ?? 500;
    const batch: StreamRows[] = [];
    for (let i = 0; i < size; i++) {
      const stream = nextStream();
      if (!stream) break;
      batch.push(stream);
      events += stream.events.length;
    }
    if (batch.length === 0) break;
    stopwatch.run(() => insertBatch.immediate(batch));
    transactions += 1;
  }
  return { events, transactions, ms: stopwatch.ms, cpuMs: stopwatch.cpuMs };
}

/** One durable single-event append as the raw reference writes it. */
export interface SingleAppend {
  readonly stream: string;
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/**
 * Raw reference for a single durable append: a new stream row and its one event row in one
 * `BEGIN IMMEDIATE` transaction (committed at the connection's `synchronous`). Returns the ms taken.
 */
export function rawSingleAppender(raw: Database.Database): (append: SingleAppend) => number {
  const insertStream = raw.prepare('INSERT INTO streams (name, revision) VALUES (?, 0)');
  const insertEvent = raw.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, 0, ?, ?, ?, ?)',
  );
  const appendOne = raw.transaction((a: SingleAppend) => {
    const streamId = insertStream.run(a.stream).lastInsertRowid;
    insertEvent.run(streamId, a.id, a.type, a.data, a.metadata);
  });
  return (append) => {
    const start = now();
    appendOne.immediate(append);
    return now() - start;
  };
}
