import type Database from 'better-sqlite3';
import { isBookkeeping, TABLE_KEYS } from '../../../projections/readModelDb.ts';

/**
 * The read-model tables the comparison must at least see (those of `projections/readModelDb.ts`):
 * a dump that lacks one is refused, so a comparison can never pass by comparing nothing. Tables
 * are found in the database itself, so one added later is compared too.
 */
export const EXPECTED_TABLES = Object.keys(TABLE_KEYS);

/** Each read-model table (name without prefix) → its rows, each one canonical JSON line, sorted. */
export type ReadModelDump = ReadonlyMap<string, readonly string[]>;

/**
 * Reads every table under `prefix` (default `rm_`) in one read transaction: every column of every
 * row, rows ordered by all their columns. Nothing is excluded: no table has a surrogate key that
 * could legitimately differ between two builds of the same log — `events.seq` is the read model's
 * own counter of applied events (1, 2, 3… in log order, the same in every build), `checkpoint` and
 * the `WITHOUT ROWID` tables are keyed by content, and SQLite's hidden `rowid` is never selected.
 * Documents are compared as stored (JSON text, so key order counts: it is deterministic too).
 */
export function dumpReadModels(db: Database.Database, prefix = 'rm_'): ReadModelDump {
  const dump = new Map<string, string[]>();
  db.transaction(() => {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ? ORDER BY name`)
      .pluck()
      .all(prefix.length, prefix) as string[];
    for (const table of tables) {
      const columns = db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().all() as unknown[][];
      const name = table.slice(prefix.length);
      dump.set(
        name,
        rows.filter((row) => !isBookkeeping(name, row)).map((row) => JSON.stringify(row)),
      );
    }
  })();
  const missing = EXPECTED_TABLES.filter((t) => !dump.has(t));
  if (missing.length > 0) throw new Error(`no read-model table ${missing.map((t) => prefix + t).join(', ')}`);
  return dump;
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
      out.push(`${table}: ${a ? 'not in the rebuild' : 'missing'}`);
      continue;
    }
    if (a.length === e.length && a.every((row, i) => row === e[i])) continue;
    const inExpected = new Set(e);
    const inActual = new Set(a);
    const extra = a.filter((row) => !inExpected.has(row)).slice(0, maxRows);
    const lacking = e.filter((row) => !inActual.has(row)).slice(0, maxRows);
    out.push(
      `${table}: ${a.length} rows, the rebuild has ${e.length}` +
        extra.map((row) => `\n    only here:       ${row.slice(0, 400)}`).join('') +
        lacking.map((row) => `\n    only in rebuild: ${row.slice(0, 400)}`).join(''),
    );
  }
  return out;
}
