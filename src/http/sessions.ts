import { createHash, randomBytes } from 'node:crypto';
import type { Role } from './auth.ts';

/** Who a session acts for: the role and label of the token it was opened with. */
export interface Session {
  readonly role: Role;
  readonly label: string;
  /** Milliseconds since the epoch, on the store's clock. */
  readonly expiresAt: number;
}

export interface SessionStoreOptions {
  /** How long a session lasts from sign-in (CHRONICLE_SESSION_TTL). Default 12 h. */
  readonly ttlMs?: number;
  /** Sessions one token may hold at once; signing in past it ends that token's oldest. Default 100. */
  readonly maxPerLabel?: number;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** The cookie that carries a session's id. */
export const SESSION_COOKIE = 'chronicle_session';

/**
 * The page's sign-in sessions, in this process's memory: a random id (the cookie's value) for a
 * token's role and label, until it expires or is ended. Sessions are server state, not facts, so
 * they never enter the event log; a restart ends them all (and so a token removed from the
 * configuration, which takes a restart, leaves no session behind). Ids are kept only as SHA-256
 * digests. Memory is bounded: expired sessions are dropped as new ones open, and each token holds
 * at most `maxPerLabel`.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  readonly ttlMs: number;
  private readonly maxPerLabel: number;
  private readonly now: () => number;

  constructor(options: SessionStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
    this.maxPerLabel = options.maxPerLabel ?? 100;
    this.now = options.now ?? Date.now;
  }

  /** Opens a session for a token's holder; returns the id to set as the cookie. */
  open(holder: { role: Role; label: string }): { id: string; session: Session } {
    const now = this.now();
    this.sweep(now);
    const own = [...this.sessions].filter(([, s]) => s.label === holder.label);
    // Map order is opening order: the first ones are the oldest.
    for (const [key] of own.slice(0, Math.max(0, own.length - this.maxPerLabel + 1))) this.sessions.delete(key);
    const id = randomBytes(32).toString('base64url');
    const session = { role: holder.role, label: holder.label, expiresAt: now + this.ttlMs };
    this.sessions.set(keyOf(id), session);
    return { id, session };
  }

  /** The live session with this id, or `undefined` (unknown, ended or expired). */
  find(id: string): Session | undefined {
    const key = keyOf(id);
    const session = this.sessions.get(key);
    if (session && session.expiresAt <= this.now()) {
      this.sessions.delete(key);
      return undefined;
    }
    return session;
  }

  /** Ends the session with this id (nothing when there is none). */
  end(id: string): void {
    this.sessions.delete(keyOf(id));
  }

  /** Sessions held, expired ones not yet dropped included. */
  get size(): number {
    return this.sessions.size;
  }

  private sweep(now: number): void {
    for (const [key, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(key);
  }
}

const keyOf = (id: string) => createHash('sha256').update(id, 'utf8').digest('base64url');

/** The session id in a `Cookie` header, or `undefined`. */
export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[\w-]{1,200}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * The `Set-Cookie` value for a session id: HttpOnly (no script reads it), SameSite=Strict (no
 * other site's page sends it), Path=/ and Max-Age the session's life; Secure when the page came
 * over https (directly, or through a trusted proxy that says so). An empty id with no life clears it.
 */
export function sessionCookie(id: string, maxAgeMs: number, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${id}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
