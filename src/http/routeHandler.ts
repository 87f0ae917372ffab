import type { Request, Response } from 'express';
import type { z } from 'zod';
import { compileParse, UNDECIDED } from '../core/compiledParse.ts';
import { ValidationError, type IssueLocation } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import { encodeBody, mayEncode } from './replyEncoding.ts';
import { requestDeadline } from './requestDeadline.ts';
import type { AppDeps, Reply, RouteSpec } from './route.ts';

/** `value` parsed by `schema`; issues are reported under `prefix` (`query.from`) and located `where`. */
export function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, prefix: string, where: IssueLocation): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodIssues(result.error, prefix)).locatedIn(where);
  return result.data;
}

export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * A request answered before its body was read (refused on its headers) closes its connection after
 * the answer: the server never reads a body it will not use.
 */
export function closeIfBodyUnread(req: Request, res: Response): void {
  if (!req.complete && hasBody(req) && !res.headersSent) res.set('Connection', 'close');
}

/** What `admit` decided from a request's headers and URL, for the handler. */
export interface Admitted {
  readonly who: { role: string; label: string } | undefined;
  readonly params: unknown;
  readonly query: unknown;
  readonly user: string | undefined;
}

/** Sends `reply`, compressed when the client accepts it and it is worth it (see replyEncoding.ts). */
async function send(req: Request, res: Response, reply: Reply): Promise<void> {
  closeIfBodyUnread(req, res);
  res.status(reply.status).set(reply.headers ?? {});
  if (reply.body === undefined) {
    res.end();
    return;
  }
  const type = reply.contentType ?? 'application/json';
  const text = Buffer.isBuffer(reply.body)
    ? undefined
    : reply.contentType && typeof reply.body === 'string'
      ? reply.body
      : JSON.stringify(reply.body);
  // A body that goes as it is (small, or with a strong ETag) is sent without being copied into bytes first.
  const length = text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
  if (text !== undefined && !mayEncode(length, type, reply.headers?.ETag, reply.revalidationOnly)) {
    if (type === 'application/json' && req.method !== 'GET' && req.method !== 'HEAD') sendJsonText(res, text, length);
    else res.type(type).send(text);
    return;
  }
  const bytes = text === undefined ? (reply.body as Buffer) : Buffer.from(text, 'utf8');
  const encoded = await encodeBody(bytes, type, req.get('Accept-Encoding'), {
    etag: reply.headers?.ETag,
    revalidationOnly: reply.revalidationOnly,
    encode: reply.encode,
  });
  res.type(type).set(encoded.headers);
  // A string goes through `res.send`, which names its charset; compressed bytes say it themselves.
  if (encoded.bytes === bytes && text !== undefined) res.send(text);
  else if (encoded.bytes === bytes) res.send(bytes);
  else res.type(text !== undefined && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type).send(encoded.bytes);
}

/**
 * A write's JSON reply, with the headers express's `res.send` gives it (a GET's goes through
 * `res.send`, which answers 304 to a matching `If-None-Match`). The text goes to `res.end` as it
 * is, and Node joins it to the head in one chunk; `res.send` also re-parses the content type,
 * looks up the ETag setting and the request's freshness, and copies a text of 1,000 characters or
 * more into a `Buffer`, written as a chunk of its own.
 */
function sendJsonText(res: Response, text: string, length: number): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', length);
  res.end(text);
}

/**
 * A route's handler: the body parsed by its schema, the request's deadline, the idempotency key,
 * the reply sent. Express runs it after `admit` and the body's parser; so does `flatRoute`.
 */
export function routeHandler(deps: AppDeps, spec: RouteSpec) {
  // A body that needs no more of zod than its defaults is parsed without zod's machinery.
  const compiledBody = spec.body ? compileParse(spec.body) : undefined;
  return async (req: Request, res: Response): Promise<void> => {
    const { who, params, query, user } = res.locals.admitted as Admitted;
    const fast = compiledBody ? compiledBody(req.body) : UNDECIDED;
    const body = fast === UNDECIDED ? parse(spec.body, req.body, '', 'body') : fast;
    const recordedBy = user ?? who?.label ?? 'local';
    // The request's deadline for the store and the read models (CHRONICLE_STORE_TIMEOUT),
    // whose share of a timer is released when the handler is done.
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
        await send(req, res, await deps.idempotency.run(scope, key, req.body, clock, attempt));
        return;
      }
      const reply = await attempt();
      if (reply) await send(req, res, reply);
    } finally {
      deadline.clear();
    }
  };
}
