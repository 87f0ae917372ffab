import { z } from 'zod';
import { IllegalStateError } from '../../core/errors.ts';
import { authEnabled, holderOf, roleOf } from '../auth.ts';
import { HttpError } from '../problem.ts';
import { route, type RouteSpec } from '../route.ts';
import { requireSameOrigin } from '../sessionAuth.ts';
import { sessionCookie, sessionIdOf } from '../sessions.ts';
import { ProblemSchema } from '../problemSchema.ts';
import type { ResponseHeader, ResponseSpec } from '../route.ts';

const Role = z.enum(['reader', 'editor', 'admin']);

const SignIn = z.strictObject({
  token: z.string().min(1).max(1000).meta({ description: 'One of the configured tokens (CHRONICLE_TOKENS)' }),
});

const SessionSchema = z
  .object({
    required: z.boolean().meta({ description: 'Whether this server has tokens (false: everyone may do everything)' }),
    role: Role.nullable().meta({ description: 'What the caller may do; null when not signed in' }),
    name: z.string().nullable().meta({ description: 'The token’s name (its label), recorded as `recordedBy`' }),
    expiresAt: z.string().nullable().meta({ description: 'When the session ends (ISO 8601); null for a bearer token' }),
  })
  .meta({ id: 'Session' });

const NO_STORE = { 'Cache-Control': 'no-store' };

const problem = (description: string, headers: readonly ResponseHeader[] = []): ResponseSpec => ({
  description,
  schema: ProblemSchema,
  contentType: 'application/problem+json',
  headers,
});
const CROSS_ORIGIN = problem('Not sent from this server’s own page: `Origin` is missing or another origin');

/**
 * The page's sign-in (docs/design.md § Access): a token exchanged for a session cookie, who the
 * page is signed in as, and sign-out. Open routes: the session is what they check.
 */
export const sessionRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/session',
    operationId: 'readSession',
    tag: 'session',
    role: null,
    summary: 'Who the caller is: the session of the cookie (or the bearer token), and whether signing in is needed',
    responses: { 200: { description: 'The caller', schema: SessionSchema } },
    handle: async ({ deps, req }) => {
      if (!authEnabled(deps.tokens))
        return {
          status: 200,
          headers: NO_STORE,
          body: { required: false, role: 'admin', name: null, expiresAt: null },
        };
      const authorization = req.get('Authorization');
      const id = sessionIdOf(req.get('Cookie'));
      const session = authorization === undefined && id !== undefined ? deps.sessions.find(id) : undefined;
      const holder = session ?? roleOf(deps.tokens, authorization);
      return {
        status: 200,
        headers: NO_STORE,
        body: {
          required: true,
          role: holder?.role ?? null,
          name: holder?.label ?? null,
          expiresAt: session ? new Date(session.expiresAt).toISOString() : null,
        },
      };
    },
  }),
  route({
    method: 'post',
    path: '/api/session',
    operationId: 'signIn',
    tag: 'session',
    role: null,
    summary:
      'Sign in: a token for an HttpOnly, SameSite=Strict session cookie (Secure over https); from this server’s own pages only',
    body: SignIn,
    responses: {
      200: {
        description: 'Signed in; `Set-Cookie` carries the session',
        schema: SessionSchema,
        headers: ['Set-Cookie'],
      },
      401: problem('The token is not one of the configured tokens', ['WWW-Authenticate']),
      403: CROSS_ORIGIN,
      409: problem('No tokens are configured: there is nothing to sign in to'),
    },
    handle: async ({ deps, req, body }) => {
      requireSameOrigin(req);
      if (!authEnabled(deps.tokens))
        throw new IllegalStateError('this server has no tokens configured: everyone may use it without signing in');
      const holder = holderOf(deps.tokens, body.token);
      if (!holder)
        throw new HttpError(401, 'unauthorized', 'Unauthorized', 'the token is not valid', {
          'WWW-Authenticate': 'Bearer realm="chronicle", error="invalid_token"',
        });
      const { id, session } = deps.sessions.open(holder);
      return {
        status: 200,
        headers: { ...NO_STORE, 'Set-Cookie': sessionCookie(id, deps.sessions.ttlMs, req.secure) },
        body: {
          required: true,
          role: session.role,
          name: session.label,
          expiresAt: new Date(session.expiresAt).toISOString(),
        },
      };
    },
  }),
  route({
    method: 'delete',
    path: '/api/session',
    operationId: 'signOut',
    tag: 'session',
    role: null,
    summary: 'Sign out: the session ends and its cookie is cleared; from this server’s own pages only',
    responses: {
      204: {
        description: 'Signed out (also when there was no session); `Set-Cookie` clears the cookie',
        headers: ['Set-Cookie'],
      },
      403: CROSS_ORIGIN,
    },
    handle: async ({ deps, req }) => {
      requireSameOrigin(req);
      const id = sessionIdOf(req.get('Cookie'));
      if (id !== undefined) {
        deps.sessions.end(id);
        deps.feed.endSession(id);
      }
      return { status: 204, headers: { ...NO_STORE, 'Set-Cookie': sessionCookie('', 0, req.secure) } };
    },
  }),
];
