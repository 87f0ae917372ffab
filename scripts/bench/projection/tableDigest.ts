import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isBookkeeping, TABLE_KEYS } from '../../../projections/readModelDb.ts';

/** A SHA-256 per read-model table (and its row count), to compare two builds of the same log. */
export function digestReadModels(db: Database.Database, prefix: string): Map<string, { rows: number; sha256: string }> {
  const out = new Map<string, { rows: number; sha256: string }>();
  db.transaction(() => {
    for (const [table, key] of Object.entries(TABLE_KEYS)) {
      const hash = createHash('sha256');
      let rows = 0;
      for (const row of db.prepare(`SELECT * FROM ${prefix}${table} ORDER BY ${key}`).raw().iterate() as Iterable<
        unknown[]
      >) {
        if (isBookkeeping(table, row)) continue;
        hash.update(JSON.stringify(row));
        hash.update('\n');
        rows += 1;
      }
      out.set(table, { rows, sha256: hash.digest('hex') });
    }
  })();
  return out;
}

/** Tables whose digests differ (empty when equal). */
export function digestDifferences(
  a: ReadonlyMap<string, { rows: number; sha256: string }>,
  b: ReadonlyMap<string, { rows: number; sha256: string }>,
): string[] {
  const out: string[] = [];
  for (const [table, x] of a) {
    const y = b.get(table);
    if (!y || y.sha256 !== x.sha256) out.push(`${table}: ${x.rows} rows vs ${y?.rows ?? 'none'}`);
  }
  return out;
}
