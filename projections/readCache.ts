/**
 * What one query may keep for the next: built timeline entries, by key. A scope is taken at the
 * start of a query (queries are synchronous, so nothing this connection writes can come between).
 */
export interface CacheScope {
  has(key: string): boolean;
  peek<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
}

/** A scope that forgets at the end of the query: inside a write transaction, or with the cache off. */
class QueryScope implements CacheScope {
  private readonly values = new Map<string, unknown>();
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

/** A scope of its own for one query that keeps nothing for others (a single fact's entry). */
export function queryScope(): CacheScope {
  return new QueryScope();
}

/**
 * Built timeline entries shared between queries on one read-model connection, valid
 * while the read models do not change. Every write transaction of the read models, by any
 * connection or process, ends by storing a new random write token (`ReadModelDb.transaction`);
 * every scope first reads the token (`version`) and, when it is not the one the values were read
 * under, drops the values the write transactions since then made stale (`staleBetween`, from the
 * read models' write log: another connection's or process's writes), or everything when that
 * cannot be told. A write transaction of this connection says which values it made stale
 * (`afterWrite`), so it keeps the others — when the token it found on starting (under the write
 * lock) was the cache's own, that is, nobody else wrote in between. Inside a transaction nothing is
 * shared (what is read there may be rolled back). At most `capacity` values; the oldest go first.
 * Values are shared: callers treat them as immutable.
 */
export class ReadCache {
  private generation: string | undefined;
  /**
   * Emptied by replacing it, never with `clear()`. V8 empties or regrows a map by giving it a new
   * table and leaving the old table pointing at the new one (for iterators still walking it). Once
   * a long-lived map's table is in the old generation, that pointer is remembered as one into the
   * young generation, and a scavenge keeps what it points at whether the old table is still used
   * or not: each table since, and every value put in them, survives and is promoted until a full
   * collection — the slow scavenges of docs/benchmarks.md, "What survives each scavenge".
   */
  private values = new Map<string, unknown>();
  private readonly shared: CacheScope;

  constructor(
    private readonly version: () => string,
    private readonly inTransaction: () => boolean,
    private readonly capacity: number,
    /** The keys the writes from token `from` to token `to` made stale, or 'all' (default: always 'all'). */
    private readonly staleBetween: (from: string, to: string) => ReadonlySet<string> | 'all' = () => 'all',
  ) {
    const set = (key: string, value: unknown) => {
      const values = this.values;
      values.set(key, value);
      if (values.size > capacity) values.delete(values.keys().next().value as string);
    };
    this.shared = {
      has: (key) => this.values.has(key),
      peek: <T>(key: string) => this.values.get(key) as T | undefined,
      set,
    };
  }

  /** The scope for one query: the shared values (emptied if the read models changed), or a private one. */
  scope(): CacheScope {
    if (this.capacity <= 0 || this.inTransaction()) return new QueryScope();
    const generation = this.version();
    if (generation !== this.generation) {
      const stale =
        this.generation === undefined || this.values.size === 0
          ? 'all'
          : this.staleBetween(this.generation, generation);
      if (stale === 'all') this.values = new Map();
      else for (const key of stale) this.values.delete(key);
      this.generation = generation;
    }
    return this.shared;
  }

  /**
   * After a write transaction of this connection committed: it found the token `before` and left
   * `after`. If `before` is the token the values were read under, the values it made stale
   * (`stale`: their keys, or all) go and the others stay, now under `after`; else everything goes.
   */
  afterWrite(before: string, after: string, stale: ReadonlySet<string> | 'all'): void {
    if (stale === 'all' || before !== this.generation) {
      this.clear();
      return;
    }
    for (const key of stale) this.values.delete(key);
    this.generation = after;
  }

  /** Forgets everything (the next scope reads afresh). */
  clear(): void {
    this.values = new Map();
    this.generation = undefined;
  }

  get size(): number {
    return this.values.size;
  }
}
