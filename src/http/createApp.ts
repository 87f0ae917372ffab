import express, { type Express, type Request, type Response } from 'express';
import type { z } from 'zod';
import { compileParse, UNDECIDED } from '../core/compiledParse.ts';
import { ValidationError, type IssueLocation } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import { HttpError, problemMiddleware } from './problem.ts';
import { authorizeRequest, needsSignIn, principalOfRequest } from './sessionAuth.ts';
import { checkIdempotencyKey } from './idempotency.ts';
import { refuseDeepJson } from './jsonDepth.ts';
import { encodeBody, mayEncode } from './replyEncoding.ts';
import { requestDeadline } from './requestDeadline.ts';
import { requestLog } from './requestLog.ts';
import type { AppDeps, Reply, RouteSpec } from './route.ts';
import { factRoutes } from './routes/factRoutes.ts';
import { registryRoutes } from './routes/registryRoutes.ts';
import { systemRoutes } from './routes/systemRoutes.ts';
import { timelineRoutes } from './routes/timelineRoutes.ts';
import { checkRoutes } from './routes/checkRoutes.ts';
import { captureRoutes } from './routes/captureRoutes.ts';
import { dateRoutes } from './routes/dateRoutes.ts';
import { sessionRoutes } from './routes/sessionRoutes.ts';
import { sourceTextRoutes } from './routes/sourceTextRoutes.ts';
import { webRoutes } from './webRoutes.ts';

/** Every route of the API, in one list: express and the OpenAPI document are built from it. */
export function allRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [];
  routes.push(
    ...factRoutes,
    ...registryRoutes,
    ...sourceTextRoutes,
    ...timelineRoutes,
    ...checkRoutes,
    ...captureRoutes,
    ...dateRoutes,
    ...sessionRoutes,
    ...systemRoutes(() => routes),
  );
  return routes;
}

/** `value` parsed by `schema`; issues are reported under `prefix` (`query.from`) and located `where`. */
function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, prefix: string, where: IssueLocation): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodIssues(result.error, prefix)).locatedIn(where);
  return result.data;
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * A request answered before its body was read (refused on its headers) closes its connection after
 * the answer: the server never reads a body it will not use.
 */
function closeIfBodyUnread(req: Request, res: Response): void {
  if (!req.complete && hasBody(req) && !res.headersSent) res.set('Connection', 'close');
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
  // A string goes as before (express names its charset); compressed bytes say it themselves.
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
  return (req: Request, res: Response, next: () => void) => {
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
    const admitted: Admitted = { who, params, query, user };
    res.locals.admitted = admitted;
    next();
  };
}

/** A request to a path of the API with a method it does not answer gets 405 with `Allow` (not 404). */
function answerOtherMethods(app: Express, routes: readonly RouteSpec[]): void {
  const methods = new Map<string, Set<string>>();
  for (const spec of routes) {
    const set = methods.get(spec.path) ?? new Set<string>();
    set.add(spec.method.toUpperCase());
    if (spec.method === 'get') set.add('HEAD');
    methods.set(spec.path, set);
  }
  for (const [path, set] of methods) {
    const allow = [...set].sort().join(', ');
    app.all(path, (req: Request) => {
      throw new HttpError(
        405,
        'method-not-allowed',
        'Method not allowed',
        `${req.path} answers ${allow}, not ${req.method}`,
        { Allow: allow },
      );
    });
  }
}

/**
 * Places the issues a handler's command raised without knowing where they came from: in the body
 * for a route that takes one, else in the query (a GET's `from`, `asOf`, `cursor`…).
 */
function locateIssues(spec: RouteSpec) {
  return (error: unknown, _req: Request, _res: Response, next: (error: unknown) => void) => {
    next(error instanceof ValidationError ? error.locatedIn(spec.body ? 'body' : 'query') : error);
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

/** The Express application (no `listen`: the caller decides where it runs). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // X-Forwarded-For, -Host and -Proto are believed only from the configured proxies.
  app.set('trust proxy', deps.trustProxy && deps.trustProxy.length > 0 ? [...deps.trustProxy] : false);
  app.use(requestLog(deps.logger));

  // Every API request counts against its token's rate, before any parsing or store work.
  app.use('/api', (req: Request, res: Response, next: () => void) => {
    const principal = principalOfRequest(deps, req);
    res.locals.principal = principal;
    deps.rateLimiter?.take(principal);
    next();
  });

  const routes = allRoutes();
  for (const spec of routes) {
    // A body that needs no more of zod than its defaults is parsed without zod's machinery.
    const compiledBody = spec.body ? compileParse(spec.body) : undefined;
    app[spec.method](
      spec.path,
      admit(deps, spec),
      ...bodyParsers(deps, spec),
      async (req: Request, res: Response) => {
        const { who, params, query, user } = res.locals.admitted as Admitted;
        const fast = compiledBody ? compiledBody(req.body) : UNDECIDED;
        const body = fast === UNDECIDED ? parse(spec.body, req.body, '', 'body') : fast;
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
            await send(req, res, await deps.idempotency.run(scope, key, req.body, clock, attempt));
            return;
          }
          const reply = await attempt();
          if (reply) await send(req, res, reply);
        } finally {
          deadline.clear();
        }
      },
      locateIssues(spec),
    );
  }
  answerOtherMethods(app, routes);
  app.use(webRoutes({ needsSignIn: (req) => needsSignIn(deps, req), logger: deps.logger }));
  app.use((req: Request) => {
    throw new HttpError(404, 'not-found', 'Not found', `no route ${req.method} ${req.path}`);
  });
  app.use((error: unknown, req: Request, res: Response, next: (error: unknown) => void) => {
    closeIfBodyUnread(req, res);
    next(error);
  });
  app.use(problemMiddleware(deps.logger));
  return app;
}
