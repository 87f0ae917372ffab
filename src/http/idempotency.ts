import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ValidationError } from '../core/errors.ts';
import type { Reply } from './route.ts';

interface Stored {
  created_at: string;
  request_hash: string;
  status: number;
  headers: string;
  body: string | null;
  content_type: string | null;
}

/** How long a stored reply is kept by default: a day (`CHRONICLE_IDEMPOTENCY_TTL`). */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Remembers the reply to each POST made with an `Idempotency-Key`, so a retry gets the first reply
 * and appends nothing. Keys are scoped by caller, method and path; reusing a key for a different
 * request body is refused. Concurrent retries wait for the first attempt. A reply is kept for
 * `ttlMs` after the request (default a day): later, the key is free again, and expired replies
 * are deleted as new ones are stored.
 */
export class IdempotencyStore {
  private readonly inFlight = new Map<string, Promise<Reply>>();
  private readonly get;
  private readonly put;
  private readonly expire;
  private readonly ttlMs: number;

  constructor(db: Database.Database, options: { readonly ttlMs?: number } = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    db.exec(`CREATE TABLE IF NOT EXISTS http_idempotency (scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
      status INTEGER NOT NULL, headers TEXT NOT NULL, body TEXT, content_type TEXT, created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS http_idempotency_created ON http_idempotency (created_at)`);
    this.get = db.prepare(
      'SELECT created_at, request_hash, status, headers, body, content_type FROM http_idempotency WHERE scope = ? AND key = ?',
    );
    this.expire = db.prepare('DELETE FROM http_idempotency WHERE created_at < ?');
    this.put =
      db.prepare(`INSERT OR REPLACE INTO http_idempotency (scope, key, request_hash, status, headers, body, content_type, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  }

  /** Runs `attempt` once per (scope, key); later calls replay its reply. A failed attempt (it wrote nothing) is not remembered. */
  async run(
    scope: string,
    key: string,
    requestBody: unknown,
    now: Date,
    attempt: () => Promise<Reply>,
  ): Promise<Reply> {
    checkIdempotencyKey(key);
    const hash = createHash('sha256').update(serialized(requestBody)).digest('hex');
    const id = `${scope}\u0000${key}`;
    const pending = this.inFlight.get(id);
    if (pending) {
      await pending.catch(() => undefined);
    }
    // Instants are ISO 8601 in UTC (`toISOString`), so they compare as text.
    const expiredBefore = new Date(now.getTime() - this.ttlMs).toISOString();
    const found = this.get.get(scope, key) as Stored | undefined;
    const stored = found && found.created_at >= expiredBefore ? found : undefined;
    if (stored) {
      if (stored.request_hash !== hash)
        throw ValidationError.at('Idempotency-Key', 'was already used for a different request body', 'header');
      return {
        status: stored.status,
        headers: { ...(JSON.parse(stored.headers) as Record<string, string>), 'Idempotent-Replayed': 'true' },
        ...(stored.body !== null ? { body: JSON.parse(stored.body) as unknown } : {}),
        ...(stored.content_type ? { contentType: stored.content_type } : {}),
      };
    }
    const running = attempt();
    this.inFlight.set(id, running);
    try {
      const reply = await running;
      this.put.run(
        scope,
        key,
        hash,
        reply.status,
        JSON.stringify(reply.headers ?? {}),
        reply.body === undefined ? null : JSON.stringify(reply.body),
        reply.contentType ?? null,
        now.toISOString(),
      );
      this.expire.run(expiredBefore);
      return reply;
    } finally {
      this.inFlight.delete(id);
    }
  }
}

/** Refuses a key that is not 1–200 visible ASCII characters (checked before the body is read). */
export function checkIdempotencyKey(key: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(key))
    throw ValidationError.at('Idempotency-Key', 'must be 1–200 visible ASCII characters', 'header');
}

/**
 * The request body as JSON text, for its hash. A body nested deeper than the stack allows (a
 * 10 000-deep array is a few kilobytes) cannot be serialized: that is the client's fault, a 400.
 */
function serialized(body: unknown): string {
  try {
    return JSON.stringify(body ?? null);
  } catch (error) {
    if (error instanceof RangeError) throw ValidationError.at('', 'the request body is nested too deeply', 'body');
    throw error;
  }
}
