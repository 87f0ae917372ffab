import express, { type Express, type Request, type Response } from 'express';
import { HttpError, problemMiddleware } from './problem.ts';
import { needsSignIn, principalOfRequest } from './sessionAuth.ts';
import { requestLog } from './requestLog.ts';
import { closeIfBodyUnread } from './sendReply.ts';
import type { AppDeps, RouteSpec } from './route.ts';
import { routeHandler } from './routeHandler.ts';
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
    app[spec.method](spec.path, routeHandler(deps, spec));
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
