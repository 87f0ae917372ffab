import type Database from 'better-sqlite3';

/** The most cache keys one write transaction names as stale (see `factChanged`). */
const MAX_STALE = 1000;

/**
 * What every read model of one table set shares: the connection, the table prefix (`rm_` live,
 * `rb_` while a rebuild fills fresh tables), its prepared statements, and the cache keys its
 * writes make stale (see `ReadModelDb.transaction` and `ReadCache`).
 */
export class ReadModelContext {
  private readonly statements = new Map<string, Database.Statement>();
  /**
   * While a write transaction runs with values in the cache: the cache keys its writes make stale.
   * `undefined` when there is nothing to keep.
   */
  stale: Set<string> | 'all' | undefined;
  /** Whether the running write transaction changed a registry document (see `NAMES_TOKEN_KEY`). */
  namesChanged = false;

  constructor(
    readonly db: Database.Database,
    readonly prefix: string,
  ) {}

  /** A prepared statement for `sql`, prepared once per connection (preparing costs more than running). */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Whether writes note which cache keys they make stale (a write transaction with a warm cache). */
  get tracking(): boolean {
    return this.stale instanceof Set;
  }

  /**
   * A fact's current entry is stale: its document or its findings changed. Past `MAX_STALE` keys
   * (a bulk load), everything is: naming them all would cost more than reading them again.
   */
  factChanged(factId: string): void {
    if (!(this.stale instanceof Set)) return;
    this.stale.add(`entry:${factId}`);
    if (this.stale.size > MAX_STALE) this.stale = 'all';
  }

  /**
   * A registry document changed: every name read before may be stale, and everything cached, as
   * names are part of every entry.
   */
  namesChange(): void {
    this.namesChanged = true;
    if (this.stale !== undefined) this.stale = 'all';
  }
}

/**
 * The schema a read model owns: its tables (name without prefix → the columns of its key, which
 * order its rows), their DDL, and its indexes — those its own projection looks things up by
 * (present from the start, even while rebuilding) and those only reads need (a bulk load builds
 * them once, at the end).
 */
export interface ReadModelSchema {
  readonly tables: Readonly<Record<string, string>>;
  readonly ddl: (p: string) => string;
  readonly lookupIndexes?: Readonly<Record<string, (p: string) => string>>;
  readonly readIndexes?: Readonly<Record<string, (p: string) => string>>;
}
