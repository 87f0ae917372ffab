import express, { type Request, type Response } from 'express';
import type { z } from 'zod';
import { ValidationError, type IssueLocation } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import { HttpError } from './problem.ts';
import { authorizeRequest } from './sessionAuth.ts';
import { checkIdempotencyKey } from './idempotency.ts';
import { refuseDeepJson } from './jsonDepth.ts';
import { requestDeadline } from './requestDeadline.ts';
import type { AppDeps, Reply, RouteSpec } from './route.ts';
import { hasBody, sendReply } from './sendReply.ts';

type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/** `value` parsed by `schema`; issues are reported under `prefix` (`query.from`) and located `where`. */
function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, prefix: string, where: IssueLocation): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodIssues(result.error, prefix)).locatedIn(where);
  return result.data;
}

// eslint-disable-next-line no-control-regex -- a header value may hold no control character
const USER_HEADER = /^[^\u0000-\u001f\u007f]{1,200}$/;

/** What `admit` decided from a request's headers and URL, for the handler. */
interface Admitted {
  readonly who: { role: string; label: string } | undefined;
  readonly params: unknown;
  readonly query: unknown;
  readonly user: string | undefined;
}

/**
 * Everything the head of a request decides, before a byte of its body is read: the token and its
 * role (401/403), the media type (415), the path and query parameters and the headers we read.
 * A refused request never has its body parsed, however large it is.
 */
function admit(deps: AppDeps, spec: RouteSpec) {
  const bodyTypes = spec.bodyTypes ?? ['application/json'];
  return (req: Request): Admitted => {
    const who = spec.role ? authorizeRequest(deps, req, spec.role) : undefined;
    if (spec.body && hasBody(req) && !bodyTypes.some((t) => req.is(t))) {
      throw new HttpError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        `send the body as ${bodyTypes.join(' or ')}`,
      );
    }
    const params = parse(spec.params, req.params, 'params', 'path');
    const query = parse(spec.query, spec.query ? req.query : {}, 'query', 'query');
    if (!spec.query && Object.keys(req.query).length > 0) {
      throw ValidationError.at(
        'query',
        `this route takes no query parameters, got ${Object.keys(req.query).join(', ')}`,
        'query',
      );
    }
    const user = req.get('X-Chronicle-User');
    if (user !== undefined && !USER_HEADER.test(user))
      throw ValidationError.at('X-Chronicle-User', 'must be 1–200 printable characters', 'header');
    const key = req.get('Idempotency-Key');
    if (spec.method === 'post' && key !== undefined) checkIdempotencyKey(key);
    return { who, params, query, user };
  };
}

/**
 * The parsers of a route's body, with its own size limit: the import takes a large one, a route
 * that declares its own (`bodyLimit`) that one, the others the app's. A route without a body still
 * reads JSON sent to it (within the small limit), so a malformed body is refused as such rather
 * than ignored.
 */
function bodyParsers(deps: AppDeps, spec: RouteSpec) {
  const limit = spec.largeBody
    ? (deps.importBodyLimit ?? 50 * 1024 * 1024)
    : (spec.bodyLimit ?? deps.bodyLimit ?? 1024 * 1024);
  const verify = (_req: unknown, _res: unknown, body: Buffer) => refuseDeepJson(body);
  const text = (spec.bodyTypes ?? []).filter((t) => t !== 'application/json');
  return [
    express.json({ limit, strict: false, verify }),
    ...(spec.body && text.length > 0 ? [express.text({ type: text, limit })] : []),
  ];
}

/**
 * The one express handler of a route: the request admitted on its head (`admit`), its body read by
 * the route's parsers, then the route's handler and the reply. One router layer per route, not one
 * per step. A failure goes on to the app's error handlers, the issues a command raised without
 * knowing where they came from placed in the body for a route that takes one, else in the query
 * (a GET's `from`, `asOf`, `cursor`…).
 */
export function routeHandler(deps: AppDeps, spec: RouteSpec): Middleware {
  const admitRequest = admit(deps, spec);
  const parsers: readonly Middleware[] = bodyParsers(deps, spec);
  const handle = async (req: Request, res: Response, { who, params, query, user }: Admitted): Promise<void> => {
    const body = parse(spec.body, req.body, '', 'body');
    const recordedBy = user ?? who?.label ?? 'local';
    // The request's deadline for the store and the read models (CHRONICLE_STORE_TIMEOUT),
    // cleared when the handler is done: nothing it started outlives it.
    const deadline = requestDeadline(deps.chronicle.storeTimeoutMs);
    const attempt = (eventIds?: (index: number) => string) =>
      spec.handle({
        params,
        query,
        body,
        req,
        res,
        deps,
        recordedBy,
        principal: String(res.locals.principal ?? 'local'),
        signal: deadline.signal,
        ...(eventIds ? { eventIds } : {}),
      }) as Promise<Reply>;
    try {
      const key = req.get('Idempotency-Key');
      if (spec.method === 'post' && key !== undefined) {
        const scope = `${who?.label ?? 'local'} POST ${req.path}`;
        const clock = deps.chronicle.write.clock();
        await sendReply(req, res, await deps.idempotency.run(scope, key, req.body, clock, attempt));
        return;
      }
      const reply = await attempt();
      if (reply) await sendReply(req, res, reply);
    } finally {
      deadline.clear();
    }
  };
  return (req, res, next) => {
    const fail = (error: unknown) =>
      next(error instanceof ValidationError ? error.locatedIn(spec.body ? 'body' : 'query') : error);
    let admitted: Admitted;
    try {
      admitted = admitRequest(req);
    } catch (error) {
      fail(error);
      return;
    }
    const parseFrom = (index: number) => (error?: unknown) => {
      if (error) fail(error);
      else if (index < parsers.length) parsers[index]!(req, res, parseFrom(index + 1));
      else handle(req, res, admitted).catch(fail);
    };
    parseFrom(0)();
  };
}
