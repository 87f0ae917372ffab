import type { Request } from 'express';
import { ValidationError } from '../core/errors.ts';
import { authEnabled, authorize, refuseUnlessMay, roleOf, type Role } from './auth.ts';
import { HttpError } from './problem.ts';
import type { AppDeps } from './route.ts';
import { sessionIdOf } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin the request was sent to, as a browser writes it in `Origin` (`https://host:port`). */
export const ownOrigin = (req: Request): string => `${req.protocol}://${req.host}`.toLowerCase();

/**
 * Throws 403 unless `Origin` names this server's own origin. A browser sends `Origin` with every
 * request that changes state, so a request from another origin's page — which carries the
 * SameSite cookie when that origin is the same site, another port of the same host say — is told
 * apart from the page's own.
 */
export function requireSameOrigin(req: Request): void {
  const origin = req.get('Origin');
  if (origin?.toLowerCase() !== ownOrigin(req))
    throw new HttpError(
      403,
      'cross-origin',
      'Forbidden',
      origin === undefined
        ? 'a request signed in by the session cookie that changes something must carry this server’s Origin'
        : `a request signed in by the session cookie may not come from ${origin}: only this server’s own pages may change something with it`,
    );
}

/**
 * Who may act for the request, and with which role: the bearer token when `Authorization` is
 * sent (apps, unchanged), else the session of the page's cookie. Throws 401 with neither (or an
 * unknown or expired one), 403 when the role is too low, and 403 when a cookie-signed request
 * that changes state comes from another origin. Open (`undefined`) when no tokens are configured.
 */
export function authorizeRequest(deps: AppDeps, req: Request, needed: Role): { role: Role; label: string } | undefined {
  if (!authEnabled(deps.tokens)) return undefined;
  const authorization = req.get('Authorization');
  const id = sessionIdOf(req.get('Cookie'));
  if (authorization !== undefined || id === undefined) return authorize(deps.tokens, authorization, needed);
  if (!SAFE_METHODS.has(req.method)) requireSameOrigin(req);
  const session = deps.sessions.find(id);
  if (!session)
    throw new HttpError(401, 'session-ended', 'Unauthorized', 'the session has ended or expired: sign in again', {
      'WWW-Authenticate': 'Bearer realm="chronicle"',
    });
  if (req.get('X-Chronicle-User') !== undefined)
    throw ValidationError.at(
      'X-Chronicle-User',
      'a signed-in page’s writes are recorded under its session’s name; the header is for apps with a bearer token',
      'header',
    );
  refuseUnlessMay(session.role, needed, 'the session');
  return { role: session.role, label: session.label };
}

/**
 * Who a request counts against for the per-token limits: the token's (or the session's) label,
 * `local` when no tokens are configured, and the caller's address for a missing or unknown one
 * (the proxy's client address when the proxy is trusted), so guessing is limited too.
 */
export function principalOfRequest(deps: AppDeps, req: Request): string {
  if (!authEnabled(deps.tokens)) return 'local';
  const authorization = req.get('Authorization');
  const id = authorization === undefined ? sessionIdOf(req.get('Cookie')) : undefined;
  const known = id === undefined ? roleOf(deps.tokens, authorization) : deps.sessions.find(id);
  return known?.label ?? `anonymous@${req.ip ?? 'unknown'}`;
}

/**
 * Whether the request must sign in before it may read anything: tokens are configured and it
 * carries neither a known bearer token nor a live session.
 */
export function needsSignIn(deps: AppDeps, req: Request): boolean {
  if (!authEnabled(deps.tokens)) return false;
  const authorization = req.get('Authorization');
  const id = authorization === undefined ? sessionIdOf(req.get('Cookie')) : undefined;
  return (id === undefined ? roleOf(deps.tokens, authorization) : deps.sessions.find(id)) === undefined;
}
