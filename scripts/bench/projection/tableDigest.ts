import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { WRITE_TOKEN_KEY } from '../../../projections/readModelDb.ts';

/** Every read-model table with the columns that order its rows (every column is hashed). */
const TABLES: readonly { readonly table: string; readonly key: string }[] = [
  { table: 'checkpoint', key: 'name' },
  { table: 'meta', key: 'key' },
  { table: 'events', key: 'seq' },
  { table: 'fact_versions', key: 'fact_id, from_seq' },
  { table: 'actors', key: 'id' },
  { table: 'topics', key: 'id' },
  { table: 'sources', key: 'id' },
  { table: 'timeline', key: 'kind, timeline_id, fact_id, from_seq' },
  { table: 'relations', key: 'fact_id, target, from_seq' },
  { table: 'cites', key: 'fact_id, source_id' },
  { table: 'findings', key: 'component, n' },
  { table: 'fact_findings', key: 'fact_id' },
];

/** A SHA-256 per read-model table (and its row count), to compare two builds of the same log. */
export function digestReadModels(db: Database.Database, prefix: string): Map<string, { rows: number; sha256: string }> {
  const out = new Map<string, { rows: number; sha256: string }>();
  db.transaction(() => {
    for (const { table, key } of TABLES) {
      const hash = createHash('sha256');
      let rows = 0;
      for (const row of db.prepare(`SELECT * FROM ${prefix}${table} ORDER BY ${key}`).raw().iterate() as Iterable<unknown[]>) {
        if (table === 'meta' && row[0] === WRITE_TOKEN_KEY) continue; // bookkeeping: differs between any two builds
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
export function digestDifferences(a: ReadonlyMap<string, { rows: number; sha256: string }>, b: ReadonlyMap<string, { rows: number; sha256: string }>): string[] {
  const out: string[] = [];
  for (const [table, x] of a) {
    const y = b.get(table);
    if (!y || y.sha256 !== x.sha256) out.push(`${table}: ${x.rows} rows vs ${y?.rows ?? 'none'}`);
  }
  return out;
}
