import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { StoredReplies } from '../store/sqlite/storedReplies.ts';
import { nameBasedEventId } from '../commands/eventIds.ts';
import { ValidationError, type WriteOutcome } from '../core/errors.ts';
import type { Reply } from './route.ts';

/** `status` of a key whose attempt failed with the write in doubt (or recorded but not yet read). */
const IN_DOUBT = 0;

/**
 * The event ids of the request made with `key` (in `scope`): the same key, the same ids, so a retry
 * after an unknown outcome finds its first attempt's events in the stream (see `execute`'s
 * `eventIds`).
 */
export function eventIdsFor(scope: string, key: string): (index: number) => string {
  return (index) => nameBasedEventId(JSON.stringify(['Idempotency-Key', scope, key, index]));
}

/** How long a stored reply is kept by default: a day (`CHRONICLE_IDEMPOTENCY_TTL`). */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Remembers the reply to each POST made with an `Idempotency-Key`, so a retry gets the first reply
 * and appends nothing. Keys are scoped by caller, method and path; reusing a key for a different
 * request body is refused. Concurrent retries wait for the first attempt.
 *
 * An attempt that failed with its write in doubt (`writeOutcome` `unknown`, or `recorded` but not
 * yet in the read models) is remembered too, without a reply: a retry runs it again with the same
 * event ids, which finds the first attempt's events if they were written and answers with the
 * original success — or writes them now, once. A reply (or a doubt) is kept for `ttlMs` after the
 * request (default a day): later, the key is free again, and expired replies are deleted as new
 * ones are stored.
 */
export class IdempotencyStore {
  private readonly inFlight = new Map<string, Promise<Reply>>();
  private readonly replies: StoredReplies;
  private readonly ttlMs: number;

  constructor(db: Database.Database, options: { readonly ttlMs?: number } = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.replies = new StoredReplies(db);
  }

  /**
   * Runs `attempt` (given the key's event ids) once per (scope, key); later calls replay its reply.
   * A failed attempt that wrote nothing is not remembered; one whose write is in doubt is run again.
   */
  async run(
    scope: string,
    key: string,
    requestBody: unknown,
    now: Date,
    attempt: (eventIds: (index: number) => string) => Promise<Reply>,
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
    const found = this.replies.find(scope, key);
    const stored = found && found.created_at >= expiredBefore ? found : undefined;
    if (stored && stored.request_hash !== hash)
      throw ValidationError.at('Idempotency-Key', 'was already used for a different request body', 'header');
    if (stored && stored.status !== IN_DOUBT) {
      return {
        status: stored.status,
        headers: { ...(JSON.parse(stored.headers) as Record<string, string>), 'Idempotent-Replayed': 'true' },
        ...(stored.body !== null ? { body: JSON.parse(stored.body) as unknown } : {}),
        ...(stored.content_type ? { contentType: stored.content_type } : {}),
      };
    }
    const running = attempt(eventIdsFor(scope, key));
    this.inFlight.set(id, running);
    try {
      let reply: Reply;
      try {
        reply = await running;
      } catch (error) {
        const outcome = (error as { writeOutcome?: WriteOutcome }).writeOutcome;
        if (outcome === 'unknown' || outcome === 'recorded')
          this.replies.save(scope, key, {
            request_hash: hash,
            status: IN_DOUBT,
            headers: '{}',
            body: null,
            content_type: null,
            created_at: now.toISOString(),
          });
        throw error;
      }
      this.replies.save(scope, key, {
        request_hash: hash,
        status: reply.status,
        headers: JSON.stringify(reply.headers ?? {}),
        body: reply.body === undefined ? null : JSON.stringify(reply.body),
        content_type: reply.contentType ?? null,
        created_at: now.toISOString(),
      });
      this.replies.deleteBefore(expiredBefore);
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
