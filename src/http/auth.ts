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

/** A token's name: what `recordedBy` shows for its writes (no colon, comma or control character). */
// eslint-disable-next-line no-control-regex -- a name may hold no control character
const NAME = /^[^:,\u0000-\u001f\u007f]{1,100}$/;

/**
 * Parses `role:token` or `role:name:token` entries separated by commas or new lines
 * (CHRONICLE_TOKENS, or the file named by CHRONICLE_TOKENS_FILE; `#` starts a comment line in the
 * file). A token's label is its name, else `role#index`. A token that holds a colon needs a name in
 * front of it. Errors never echo a token.
 */
export function parseTokens(text: string, source: string): TokenTable {
  const entries = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
    .map((pair, i) => {
      const colon = pair.indexOf(':');
      const role = pair.slice(0, colon) as Role;
      if (colon < 0 || !ROLES.includes(role)) {
        throw ValidationError.at(
          `${source}[${i}]`,
          `expected role:token or role:name:token with role reader, editor or admin`,
        );
      }
      const rest = pair.slice(colon + 1);
      const second = rest.indexOf(':');
      const name = second < 0 ? undefined : rest.slice(0, second).trim();
      const token = second < 0 ? rest : rest.slice(second + 1);
      if (name !== undefined && !NAME.test(name))
        throw ValidationError.at(`${source}[${i}]`, 'a name must be 1–100 characters, with no colon or comma');
      if (token.length < 16) throw ValidationError.at(`${source}[${i}]`, 'a token must be at least 16 characters long');
      return { role, digest: digest(token), label: name ?? `${role}#${i}` };
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
  return m ? holderOf(tokens, m[1]!) : undefined;
}

/** The role and label of `token`, compared with every configured token in constant time. */
export function holderOf(tokens: TokenTable, token: string): { role: Role; label: string } | undefined {
  const given = digest(token);
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
  refuseUnlessMay(who.role, needed, 'the token');
  return who;
}

/** Throws 403 unless `role` may do what needs `needed` (a higher role may do what a lower one may). */
export function refuseUnlessMay(role: Role, needed: Role, holder: string): void {
  if (RANK[role] < RANK[needed])
    throw new HttpError(403, 'forbidden', 'Forbidden', `this needs the ${needed} role; ${holder} has ${role}`);
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost|\[::1\])$/i;
export const isLoopback = (host: string): boolean => LOOPBACK.test(host);
