import type { ReadModelContext, ReadModelSchema } from './context.ts';

/** How many write transactions the log keeps: a reader further behind drops its whole cache. */
const KEPT = 64;

/**
 * The last write transactions of the read models, each with the token it found, the token it left
 * and the cache keys it made stale (`stale`, a JSON array; NULL: everything), so that a reader on
 * another connection or process (`ReadCache`) drops only those instead of everything.
 * Bookkeeping, like the write token: two builds of the same log differ here.
 */
export const writeLogSchema: ReadModelSchema = {
  tables: { write_log: 'n' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}write_log (n INTEGER PRIMARY KEY, token TEXT NOT NULL, before TEXT NOT NULL, stale TEXT);`,
};

export class WriteLog {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  /** Notes, inside the write transaction, that it turned `before` into `token`, making `stale` stale. */
  add(token: string, before: string, stale: ReadonlySet<string> | 'all'): void {
    const p = this.prefix;
    const { lastInsertRowid } = this.c
      .stmt(`INSERT INTO ${p}write_log (token, before, stale) VALUES (?, ?, ?)`)
      .run(token, before, stale === 'all' ? null : JSON.stringify([...stale]));
    this.c.stmt(`DELETE FROM ${p}write_log WHERE n <= ?`).run(Number(lastInsertRowid) - KEPT);
  }

  /**
   * The cache keys the write transactions from the token `from` to the token `to` made stale, or
   * 'all' when the log cannot tell (it no longer holds them all, one made everything stale, the
   * read models were rebuilt or restored and `to` does not descend from `from`).
   */
  staleBetween(from: string, to: string): ReadonlySet<string> | 'all' {
    const rows = this.c.stmt(`SELECT token, before, stale FROM ${this.prefix}write_log`).all() as {
      token: string;
      before: string;
      stale: string | null;
    }[];
    const byToken = new Map(rows.map((r) => [r.token, r]));
    const keys = new Set<string>();
    let at = to;
    for (let steps = 0; at !== from; steps++) {
      const row = byToken.get(at);
      if (!row || row.stale === null || steps >= rows.length) return 'all';
      for (const key of JSON.parse(row.stale) as string[]) keys.add(key);
      at = row.before;
    }
    return keys;
  }
}
