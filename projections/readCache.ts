import type Database from 'better-sqlite3';

/**
 * What one query may keep for the next: parsed registry documents and built timeline entries,
 * by key. A scope is taken at the start of a query (queries are synchronous, so nothing this
 * connection writes can come between).
 */
export interface CacheScope {
  get<T>(key: string, load: () => T): T;
  has(key: string): boolean;
  peek<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
}

/** A scope that forgets at the end of the query: inside a write transaction, or with the cache off. */
class QueryScope implements CacheScope {
  private readonly values = new Map<string, unknown>();
  get<T>(key: string, load: () => T): T {
    if (!this.values.has(key)) this.values.set(key, load());
    return this.values.get(key) as T;
  }
  has(key: string): boolean {
    return this.values.has(key);
  }
  peek<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  set<T>(key: string, value: T): void {
    this.values.set(key, value);
  }
}

/**
 * Parsed documents and built entries shared between queries on one read-model connection, valid
 * while the database does not change: every scope first compares the connection's
 * `total_changes()` (rows this connection wrote, committed or not) and `PRAGMA data_version`
 * (commits by any other connection or process) with the values its contents were read under, and
 * drops everything when either moved. Inside a transaction nothing is shared (what is read there
 * may be rolled back). At most `capacity` values; the oldest go first. Values are shared: callers
 * treat them as immutable.
 */
export class ReadCache {
  private generation: string | undefined;
  private readonly values = new Map<string, unknown>();
  private readonly version: Database.Statement;
  private readonly shared: CacheScope;

  constructor(private readonly db: Database.Database, private readonly capacity: number) {
    this.version = db.prepare('SELECT total_changes() AS c, data_version AS v FROM pragma_data_version');
    const values = this.values;
    const set = (key: string, value: unknown) => {
      values.set(key, value);
      if (values.size > capacity) values.delete(values.keys().next().value as string);
    };
    this.shared = {
      get<T>(key: string, load: () => T): T {
        if (values.has(key)) return values.get(key) as T;
        const value = load();
        set(key, value);
        return value;
      },
      has: (key) => values.has(key),
      peek: <T>(key: string) => values.get(key) as T | undefined,
      set,
    };
  }

  /** The scope for one query: the shared values (emptied if the database changed), or a private one. */
  scope(): CacheScope {
    if (this.capacity <= 0 || this.db.inTransaction) return new QueryScope();
    const { c, v } = this.version.get() as { c: number; v: number };
    const generation = `${c}:${v}`;
    if (generation !== this.generation) {
      this.values.clear();
      this.generation = generation;
    }
    return this.shared;
  }

  /** Forgets everything (the next scope reads afresh). */
  clear(): void {
    this.values.clear();
    this.generation = undefined;
  }

  get size(): number {
    return this.values.size;
  }
}
