import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isBookkeeping, TABLE_KEYS } from '../../projections/readModelSchemas.ts';

/**
 * The read models as rows, to compare two builds of one log: a rebuild against a catch-up, a
 * catch-up resumed after a crash against a clean one, one projection path against another. The
 * tests and the projection benchmark read them through this one module.
 *
 * Every table under the prefix is read, so a table added later is compared too; the tables of
 * `TABLE_KEYS` must be among them, so a comparison can never pass by comparing nothing. Every
 * column of every row is read, in one read transaction, rows ordered by the table's key (by all
 * its columns when `TABLE_KEYS` has none). Nothing is left out but bookkeeping (`isBookkeeping`:
 * the write token, which differs between any two builds): no table has a surrogate key that could
 * legitimately differ between two builds — `events.seq` is the read model's own counter of applied
 * events (1, 2, 3… in log order, the same in every build), the other tables are keyed by content,
 * and SQLite's hidden `rowid` is never selected. Each row is one JSON line; documents are compared
 * as stored (JSON text, so key order counts: it is deterministic too).
 */

/** Each read-model table (name without prefix) → its rows, one JSON line each, in key order. */
export type ReadModelDump = ReadonlyMap<string, readonly string[]>;

/** Each read-model table (name without prefix) → its row count and the SHA-256 of its rows. */
export type ReadModelDigest = ReadonlyMap<string, { readonly rows: number; readonly sha256: string }>;

const EXPECTED_TABLES = Object.keys(TABLE_KEYS);

/** The read-model tables under `prefix`, names without it, in name order. */
export function readModelTables(db: Database.Database, prefix: string): string[] {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ? ORDER BY name`)
    .pluck()
    .all(prefix.length, prefix) as string[];
  return names.map((name) => name.slice(prefix.length));
}

/** Calls `visit` with each read-model table under `prefix` and its rows, in one read transaction. */
function eachTable(
  db: Database.Database,
  prefix: string,
  visit: (table: string, rows: Iterable<string>) => void,
): void {
  const seen = new Set<string>();
  db.transaction(() => {
    for (const table of readModelTables(db, prefix)) {
      const name = prefix + table;
      const key = (TABLE_KEYS as Record<string, string>)[table] ?? allColumns(db, name);
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${key}`).raw().iterate() as Iterable<unknown[]>;
      visit(table, jsonLines(table, rows));
      seen.add(table);
    }
  })();
  const missing = EXPECTED_TABLES.filter((t) => !seen.has(t));
  if (missing.length > 0) throw new Error(`no read-model table ${missing.map((t) => prefix + t).join(', ')}`);
}

const allColumns = (db: Database.Database, name: string): string => {
  const columns = db.prepare('SELECT count(*) FROM pragma_table_info(?)').pluck().get(name) as number;
  return Array.from({ length: columns }, (_, i) => i + 1).join(', ');
};

function* jsonLines(table: string, rows: Iterable<unknown[]>): Generator<string> {
  for (const row of rows) if (!isBookkeeping(table, row)) yield JSON.stringify(row);
}

/** Every row of every read-model table under `prefix` (default `rm_`). */
export function dumpReadModels(db: Database.Database, prefix = 'rm_'): ReadModelDump {
  const dump = new Map<string, string[]>();
  eachTable(db, prefix, (table, rows) => dump.set(table, [...rows]));
  return dump;
}

/** The same rows as `dumpReadModels`, hashed as they are read: for read models too big to hold in memory. */
export function digestReadModels(db: Database.Database, prefix = 'rm_'): ReadModelDigest {
  const digest = new Map<string, { rows: number; sha256: string }>();
  eachTable(db, prefix, (table, rows) => {
    const hash = createHash('sha256');
    let count = 0;
    for (const row of rows) {
      hash.update(row);
      hash.update('\n');
      count += 1;
    }
    digest.set(table, { rows: count, sha256: hash.digest('hex') });
  });
  return digest;
}

/**
 * How two dumps differ: per table, the row counts and the first rows found on one side only
 * (empty when they are equal). Rows are compared whole, so any column that differs shows.
 */
export function diffReadModels(actual: ReadModelDump, expected: ReadModelDump, maxRows = 4): string[] {
  const out: string[] = [];
  for (const table of new Set([...expected.keys(), ...actual.keys()])) {
    const a = actual.get(table);
    const e = expected.get(table);
    if (!a || !e) {
      out.push(`${table}: ${a ? 'not in the reference' : 'missing'}`);
      continue;
    }
    if (a.length === e.length && a.every((row, i) => row === e[i])) continue;
    const inExpected = new Set(e);
    const inActual = new Set(a);
    const extra = a.filter((row) => !inExpected.has(row)).slice(0, maxRows);
    const lacking = e.filter((row) => !inActual.has(row)).slice(0, maxRows);
    out.push(
      `${table}: ${a.length} rows, the reference has ${e.length}` +
        extra.map((row) => `\n    only here:             ${row.slice(0, 400)}`).join('') +
        lacking.map((row) => `\n    only in the reference: ${row.slice(0, 400)}`).join(''),
    );
  }
  return out;
}

/** The tables whose digests differ (empty when they are equal). */
export function diffDigests(actual: ReadModelDigest, expected: ReadModelDigest): string[] {
  const out: string[] = [];
  for (const table of new Set([...expected.keys(), ...actual.keys()])) {
    const a = actual.get(table);
    const e = expected.get(table);
    if (a?.sha256 !== e?.sha256) out.push(`${table}: ${a?.rows ?? 'no'} rows, the reference has ${e?.rows ?? 'none'}`);
  }
  return out;
}
