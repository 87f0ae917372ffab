import type Database from 'better-sqlite3';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export interface Checkpoint {
  /** Position of the last event applied; `undefined` before the first. */
  readonly position: string | undefined;
  /** How many events have been applied (the last event's `seq`). */
  readonly seq: number;
}

/**
 * The `meta` row each read-model write transaction rewrites with a random token (see `ReadCache`):
 * bookkeeping, not content — two builds of the same log differ only there.
 */
export const WRITE_TOKEN_KEY = 'write-token';
/**
 * The `meta` row a write transaction that changed a registry document (actor, topic, source)
 * rewrites with a random token, beside the write token: names read under one names token are the
 * names as long as it stays (see `KeptNames`). Bookkeeping too.
 */
export const NAMES_TOKEN_KEY = 'names-token';
const VERSION_KEY = 'version';

/**
 * The read models as one write transaction left them, known at its commit (under the write lock):
 * no read needed afterwards to know them. Another connection may have written since.
 */
export interface Written {
  /** The checkpoint's position the transaction left. */
  readonly position: string | undefined;
  /** The write token it stored. */
  readonly writeToken: string;
  /** The names token as it left it (its own when it changed a registry document). */
  readonly namesToken: string;
}
const RUNNER = 'chronicle';

export const metaSchema: ReadModelSchema = {
  tables: { checkpoint: 'name', meta: 'key' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}checkpoint (name TEXT PRIMARY KEY, position TEXT, seq INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS ${p}meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;`,
};

/**
 * The bookkeeping of the read models: the checkpoint (how far into the log they are), and the
 * `meta` values beside it — the version of Chronicle's read models they were built by, the token
 * of the last write transaction, the last event applied (`checkpointEvent.ts`).
 */
export class Meta {
  private readonly prefix: string;
  /** The reads every write request makes (checkpoint, write token): kept, not looked up by their SQL text each call. */
  #checkpoint: Database.Statement | undefined;
  #get: Database.Statement | undefined;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  /** Whether these tables exist and were built by a version other than `version`. */
  static otherVersion(c: ReadModelContext, version: number): boolean {
    const exists = c.stmt(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`);
    if (!exists.get(`${c.prefix}checkpoint`)) return false;
    const stored = exists.get(`${c.prefix}meta`) ? new Meta(c).get(VERSION_KEY) : undefined;
    return stored !== String(version);
  }

  /** Marks freshly created tables as built by `version` (tables that have a version keep it). */
  init(version: number): void {
    this.c
      .stmt(`INSERT OR IGNORE INTO ${this.prefix}meta (key, value) VALUES (?, ?)`)
      .run(VERSION_KEY, String(version));
  }

  get(key: string): string | undefined {
    this.#get ??= this.c.stmt(`SELECT value FROM ${this.prefix}meta WHERE key = ?`).pluck();
    return this.#get.get(key) as string | undefined;
  }

  set(key: string, value: string): void {
    this.c
      .stmt(
        `INSERT INTO ${this.prefix}meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(key, value);
  }

  delete(key: string): void {
    this.c.stmt(`DELETE FROM ${this.prefix}meta WHERE key = ?`).run(key);
  }

  checkpoint(): Checkpoint {
    this.#checkpoint ??= this.c.stmt(`SELECT position, seq FROM ${this.prefix}checkpoint WHERE name = ?`);
    const row = this.#checkpoint.get(RUNNER) as { position: string | null; seq: number } | undefined;
    return { position: row?.position ?? undefined, seq: row?.seq ?? 0 };
  }

  setCheckpoint(cp: Checkpoint): void {
    this.c
      .stmt(
        `INSERT INTO ${this.prefix}checkpoint (name, position, seq) VALUES (?, ?, ?)
        ON CONFLICT(name) DO UPDATE SET position = excluded.position, seq = excluded.seq`,
      )
      .run(RUNNER, cp.position ?? null, cp.seq);
  }

  /** The token the last write transaction of these read models left (any connection's): '' before the first. */
  writeToken(): string {
    return this.get(WRITE_TOKEN_KEY) ?? '';
  }

  /** The token the last write transaction that changed a registry document left: '' before the first. */
  namesToken(): string {
    return this.get(NAMES_TOKEN_KEY) ?? '';
  }
}
