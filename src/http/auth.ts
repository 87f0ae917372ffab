import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ValidationError } from '../core/errors.ts';
import { HttpError } from './problem.ts';

export type Role = 'reader' | 'editor' | 'admin';
const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };
const ROLES = Object.keys(RANK) as Role[];

/** Configured tokens, kept only as SHA-256 digests so they compare in constant time. */
export interface TokenTable {
  readonly entries: readonly { readonly role: Role; readonly digest: Buffer; readonly label: string }[];
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Parses `role:token` pairs separated by commas or new lines (CHRONICLE_TOKENS, or the file named
 * by CHRONICLE_TOKENS_FILE; `#` starts a comment line in the file). Errors never echo a token.
 */
export function parseTokens(text: string, source: string): TokenTable {
  const entries = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
    .map((pair, i) => {
      const colon = pair.indexOf(':');
      const role = pair.slice(0, colon) as Role;
      const token = pair.slice(colon + 1);
      if (colon < 0 || !ROLES.includes(role)) {
        throw ValidationError.at(`${source}[${i}]`, `expected role:token with role reader, editor or admin`);
      }
      if (token.length < 16) throw ValidationError.at(`${source}[${i}]`, 'a token must be at least 16 characters long');
      return { role, digest: digest(token), label: `${role}#${i}` };
    });
  return { entries };
}

export function loadTokens(env: NodeJS.ProcessEnv): TokenTable {
  if (env.CHRONICLE_TOKENS_FILE) {
    let text: string;
    try {
      text = readFileSync(env.CHRONICLE_TOKENS_FILE, 'utf8');
    } catch (error) {
      throw ValidationError.at(
        'CHRONICLE_TOKENS_FILE',
        `cannot read ${env.CHRONICLE_TOKENS_FILE}: ${(error as Error).message}`,
      );
    }
    return parseTokens(text, 'CHRONICLE_TOKENS_FILE');
  }
  return parseTokens(env.CHRONICLE_TOKENS ?? '', 'CHRONICLE_TOKENS');
}

export const authEnabled = (tokens: TokenTable): boolean => tokens.entries.length > 0;

/**
 * The role of the bearer token in `authorization`, comparing against every configured token in
 * constant time (no early exit, equal-length digests). `undefined` when no token matches.
 */
export function roleOf(
  tokens: TokenTable,
  authorization: string | undefined,
): { role: Role; label: string } | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) return undefined;
  const given = digest(m[1]!);
  let found: { role: Role; label: string } | undefined;
  for (const entry of tokens.entries) {
    if (timingSafeEqual(given, entry.digest) && !found) found = { role: entry.role, label: entry.label };
  }
  return found;
}

/** Throws 401/403 unless the request may act with `needed`; open when no tokens are configured. */
export function authorize(
  tokens: TokenTable,
  authorization: string | undefined,
  needed: Role,
): { role: Role; label: string } | undefined {
  if (!authEnabled(tokens)) return undefined;
  const challenge = { 'WWW-Authenticate': 'Bearer realm="chronicle"' };
  if (!authorization) throw new HttpError(401, 'unauthorized', 'Unauthorized', 'a bearer token is required', challenge);
  const who = roleOf(tokens, authorization);
  if (!who)
    throw new HttpError(401, 'unauthorized', 'Unauthorized', 'the bearer token is not valid', {
      ...challenge,
      'WWW-Authenticate': 'Bearer realm="chronicle", error="invalid_token"',
    });
  if (RANK[who.role] < RANK[needed])
    throw new HttpError(403, 'forbidden', 'Forbidden', `this needs the ${needed} role; the token has ${who.role}`);
  return who;
}

/**
 * Who a request counts against for the per-token limits: the token's label, `local` when no tokens
 * are configured, and the remote address for a missing or unknown token (so guessing is limited too).
 */
export function principalOf(tokens: TokenTable, authorization: string | undefined, remote: string | undefined): string {
  if (!authEnabled(tokens)) return 'local';
  return roleOf(tokens, authorization)?.label ?? `anonymous@${remote ?? 'unknown'}`;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost|\[::1\])$/i;
export const isLoopback = (host: string): boolean => LOOPBACK.test(host);
