import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Request, type Response } from 'express';
import { ValidationError } from '../core/errors.ts';
import { HttpError, problemMiddleware } from './problem.ts';
import { authorizeRequest, needsSignIn, principalOfRequest } from './sessionAuth.ts';
import { checkIdempotencyKey } from './idempotency.ts';
import { expressServerObjects, type ServerObjects } from './expressObjects.ts';
import { flatRoute, type FlatSteps } from './flatRoute.ts';
import { refuseDeepJson } from './jsonDepth.ts';
import { requestLog } from './requestLog.ts';
import type { AppDeps, RouteSpec } from './route.ts';
import { closeIfBodyUnread, hasBody, parse, routeHandler, type Admitted } from './routeHandler.ts';
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

// eslint-disable-next-line no-control-regex -- a header value may hold no control character
const USER_HEADER = /^[^\u0000-\u001f\u007f]{1,200}$/;

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

/** A route's largest body, in bytes. */
function bodyLimitOf(deps: AppDeps, spec: RouteSpec): number {
  return spec.largeBody
    ? (deps.importBodyLimit ?? 50 * 1024 * 1024)
    : (spec.bodyLimit ?? deps.bodyLimit ?? 1024 * 1024);
}

/**
 * The parsers of a route's body, with its own size limit: the import takes a large one, a route
 * that declares its own (`bodyLimit`) that one, the others the app's. A route without a body still
 * reads JSON sent to it (within the small limit), so a malformed body is refused as such rather
 * than ignored.
 */
function bodyParsers(deps: AppDeps, spec: RouteSpec) {
  const limit = bodyLimitOf(deps, spec);
  const verify = (_req: unknown, _res: unknown, body: Buffer) => refuseDeepJson(body);
  const text = (spec.bodyTypes ?? []).filter((t) => t !== 'application/json');
  return [
    express.json({ limit, strict: false, verify }),
    ...(spec.body && text.length > 0 ? [express.text({ type: text, limit })] : []),
  ];
}

/** The route whose requests `flatRoute` runs without express's router when their head allows it. */
const FLAT_ROUTE = { method: 'post', path: '/api/facts' } as const;

/** What the HTTP server runs (no `listen`: the caller decides where it runs). */
export interface HttpApp {
  /**
   * The request listener: the Express application, and for the record-fact route's plain requests
   * the same steps run by `flatRoute`.
   */
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** For `createServer`: requests and responses made with the app's prototypes. */
  readonly serverObjects: ServerObjects;
}

export function createApp(deps: AppDeps): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // X-Forwarded-For, -Host and -Proto are believed only from the configured proxies.
  app.set('trust proxy', deps.trustProxy && deps.trustProxy.length > 0 ? [...deps.trustProxy] : false);
  const log = requestLog(deps.logger);
  app.use(log);

  // Every API request counts against its token's rate, before any parsing or store work.
  const rate = (req: Request, res: Response, next: () => void) => {
    const principal = principalOfRequest(deps, req);
    res.locals.principal = principal;
    deps.rateLimiter?.take(principal);
    next();
  };
  app.use('/api', rate);

  const routes = allRoutes();
  let flat: FlatSteps | undefined;
  for (const spec of routes) {
    const admitted = admit(deps, spec);
    const handler = routeHandler(deps, spec);
    app[spec.method](spec.path, admitted, ...bodyParsers(deps, spec), handler, locateIssues(spec));
    if (spec.method === FLAT_ROUTE.method && spec.path === FLAT_ROUTE.path) {
      flat = {
        app,
        path: spec.path,
        appLayers: [log, rate],
        admit: admitted,
        verify: refuseDeepJson,
        handle: handler,
        locate: locateIssues(spec),
        fail: (error, req, res) => failed(error, req, res),
        limit: bodyLimitOf(deps, spec),
      };
    }
  }
  answerOtherMethods(app, routes);
  app.use(webRoutes({ needsSignIn: (req) => needsSignIn(deps, req), logger: deps.logger }));
  app.use((req: Request) => {
    throw new HttpError(404, 'not-found', 'Not found', `no route ${req.method} ${req.path}`);
  });
  const problem = problemMiddleware(deps.logger);
  /** The app's error handlers. */
  const failed = (error: unknown, req: Request, res: Response): void => {
    closeIfBodyUnread(req, res);
    problem(error, req, res, () => {});
  };
  app.use((error: unknown, req: Request, res: Response, next: (error: unknown) => void) => {
    closeIfBodyUnread(req, res);
    next(error);
  });
  app.use(problem);
  if (!flat) throw new Error(`no route ${FLAT_ROUTE.method.toUpperCase()} ${FLAT_ROUTE.path} to run flat`);
  const flatRequest = flatRoute(flat);
  return {
    listener: (req, res) => {
      if (!flatRequest(req, res)) app(req, res);
    },
    serverObjects: expressServerObjects(app),
  };
}
