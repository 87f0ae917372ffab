import type Database from 'better-sqlite3';

/** One remembered reply to a request made with an `Idempotency-Key`. */
export interface StoredReply {
  readonly created_at: string;
  readonly request_hash: string;
  readonly status: number;
  readonly headers: string;
  readonly body: string | null;
  readonly content_type: string | null;
}

/**
 * The table of replies kept for `Idempotency-Key` retries (`src/http/idempotency.ts` decides what
 * goes in it): one row per (scope, key), found by key and deleted by age. It lives in the file it
 * is given, the read models' file when a server runs, and is not rebuilt with the read models.
 */
export class StoredReplies {
  private readonly select;
  private readonly upsert;
  private readonly deleteOlder;

  constructor(db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS http_idempotency (scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
      status INTEGER NOT NULL, headers TEXT NOT NULL, body TEXT, content_type TEXT, created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS http_idempotency_created ON http_idempotency (created_at)`);
    this.select = db.prepare<[string, string], StoredReply>(
      'SELECT created_at, request_hash, status, headers, body, content_type FROM http_idempotency WHERE scope = ? AND key = ?',
    );
    this.upsert = db.prepare(`INSERT OR REPLACE INTO http_idempotency
      (scope, key, request_hash, status, headers, body, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.deleteOlder = db.prepare('DELETE FROM http_idempotency WHERE created_at < ?');
  }

  find(scope: string, key: string): StoredReply | undefined {
    return this.select.get(scope, key);
  }

  save(scope: string, key: string, reply: StoredReply): void {
    this.upsert.run(
      scope,
      key,
      reply.request_hash,
      reply.status,
      reply.headers,
      reply.body,
      reply.content_type,
      reply.created_at,
    );
  }

  /** Deletes the replies stored before `instant` (ISO 8601 in UTC, which compares as text). */
  deleteBefore(instant: string): void {
    this.deleteOlder.run(instant);
  }
}
