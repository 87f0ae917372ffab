import { randomUUID } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import { authorize, principalOf } from './auth.ts';
import { HttpError, problemMiddleware } from './problem.ts';
import { refuseDeepJson } from './jsonDepth.ts';
import type { AppDeps, Reply, RouteSpec } from './route.ts';
import { factRoutes } from './routes/factRoutes.ts';
import { registryRoutes } from './routes/registryRoutes.ts';
import { systemRoutes } from './routes/systemRoutes.ts';
import { timelineRoutes } from './routes/timelineRoutes.ts';
import { checkRoutes } from './routes/checkRoutes.ts';
import { dateRoutes } from './routes/dateRoutes.ts';
import { webRoutes } from './webRoutes.ts';

/** Every route of the API, in one list: express and the OpenAPI document are built from it. */
export function allRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [];
  routes.push(
    ...factRoutes,
    ...registryRoutes,
    ...timelineRoutes,
    ...checkRoutes,
    ...dateRoutes,
    ...systemRoutes(() => routes),
  );
  return routes;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodIssues(result.error, where));
  return result.data;
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function send(res: Response, reply: Reply): void {
  res.status(reply.status).set(reply.headers ?? {});
  if (reply.body === undefined) res.end();
  else if (Buffer.isBuffer(reply.body)) res.type(reply.contentType ?? 'application/json').send(reply.body);
  else if (reply.contentType && typeof reply.body === 'string') res.type(reply.contentType).send(reply.body);
  else res.type(reply.contentType ?? 'application/json').send(JSON.stringify(reply.body));
}

// eslint-disable-next-line no-control-regex -- a header value may hold no control character
const USER_HEADER = /^[^\u0000-\u001f\u007f]{1,200}$/;

/** The Express application (no `listen`: the caller decides where it runs). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // A 503 is the store not answering in time: expected under faults, and said to the client.
      customLogLevel: (_req, res, error) =>
        res.statusCode === 503 ? 'warn' : error || res.statusCode >= 500 ? 'error' : 'info',
    }),
  );

  // Every API request counts against its token's rate, before any parsing or store work.
  app.use('/api', (req: Request, res: Response, next: () => void) => {
    const principal = principalOf(deps.tokens, req.get('Authorization'), req.socket.remoteAddress);
    res.locals.principal = principal;
    deps.rateLimiter?.take(principal);
    next();
  });

  const verify = (_req: unknown, _res: unknown, body: Buffer) => refuseDeepJson(body);
  const json = express.json({ limit: deps.bodyLimit ?? 1024 * 1024, strict: false, verify });
  const routes = allRoutes();
  for (const spec of routes) {
    const bodyTypes = spec.bodyTypes ?? ['application/json'];
    const limit =
      spec.path === '/api/import' ? (deps.importBodyLimit ?? 50 * 1024 * 1024) : (deps.bodyLimit ?? 1024 * 1024);
    const parsers = spec.body
      ? [
          express.json({ limit, strict: false, verify }),
          express.text({ type: bodyTypes.filter((t) => t !== 'application/json'), limit }),
        ]
      : [json];
    app[spec.method](spec.path, ...parsers, async (req: Request, res: Response) => {
      const who = spec.role ? authorize(deps.tokens, req.get('Authorization'), spec.role) : undefined;
      if (spec.body && hasBody(req) && !bodyTypes.some((t) => req.is(t))) {
        throw new HttpError(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          `send the body as ${bodyTypes.join(' or ')}`,
        );
      }
      const params = parse(spec.params, req.params, 'params');
      const query = parse(spec.query, spec.query ? req.query : {}, 'query');
      if (!spec.query && Object.keys(req.query).length > 0) {
        throw ValidationError.at(
          'query',
          `this route takes no query parameters, got ${Object.keys(req.query).join(', ')}`,
        );
      }
      const body = parse(spec.body, req.body, '');
      const user = req.get('X-Chronicle-User');
      if (user !== undefined && !USER_HEADER.test(user))
        throw ValidationError.at('X-Chronicle-User', 'must be 1–200 printable characters');
      const recordedBy = user ?? who?.label ?? 'local';
      const signal = AbortSignal.timeout(deps.chronicle.storeTimeoutMs);
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
          signal,
          ...(eventIds ? { eventIds } : {}),
        }) as Promise<Reply>;
      const key = req.get('Idempotency-Key');
      if (spec.method === 'post' && key !== undefined) {
        const scope = `${who?.label ?? 'local'} POST ${req.path}`;
        send(res, await deps.idempotency.run(scope, key, req.body, deps.chronicle.write.clock(), attempt));
        return;
      }
      const reply = await attempt();
      if (reply) send(res, reply);
    });
  }
  app.use(webRoutes());
  app.use((req: Request) => {
    throw new HttpError(404, 'not-found', 'Not found', `no route ${req.method} ${req.path}`);
  });
  app.use(problemMiddleware(deps.logger));
  return app;
}
