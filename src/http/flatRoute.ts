import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, Response } from 'express';
import { malformedJson, unreadableBody } from './problem.ts';

/** An express middleware that either calls `next` before it returns or throws. */
type SyncMiddleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/**
 * The layers express runs for one route, in its order: the app's (`requestLog`, then `/api`'s
 * principal and rate limit), then the route's (`admit`, the JSON body, the handler), and the error
 * handlers after them.
 */
export interface FlatSteps {
  /** The app whose request and response prototypes (`req.get`, `res.status`…) the steps use. */
  readonly app: Express;
  readonly path: string;
  readonly appLayers: readonly SyncMiddleware[];
  readonly admit: SyncMiddleware;
  /** `refuseDeepJson`, as the route's JSON parser runs it on the body's bytes. */
  readonly verify: (body: Buffer) => void;
  readonly handle: (req: Request, res: Response) => Promise<void>;
  /** The route's error handler (`locateIssues`), which passes the error on placed where it came from. */
  readonly locate: (error: unknown, req: Request, res: Response, next: (error: unknown) => void) => void;
  /** The app's error handlers (`closeIfBodyUnread`, the problem answer). */
  readonly fail: (error: unknown, req: Request, res: Response) => void;
  /** The route's largest body, in bytes. */
  readonly limit: number;
}

/** The value of a step's `next`: set when the step calls it, read right after the step returns. */
class StepOutcome {
  called = false;
  error: unknown = undefined;
  readonly next = (error?: unknown): void => {
    this.called = true;
    this.error = error;
  };
}

/**
 * Whether a request's head leaves nothing to express and body-parser: the route's method and exact
 * path (no query, no trailing slash, no other case), a JSON body (`application/json`, no charset or
 * UTF-8) of a declared length within the limit, sent as it is (no `Content-Encoding`, no
 * `Transfer-Encoding`). Any other request goes through express.
 */
function plainRequest(req: IncomingMessage, path: string, limit: number): boolean {
  if (req.method !== 'POST' || req.url !== path) return false;
  const { headers } = req;
  const type = headers['content-type'];
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
  const length = headers['content-length'];
  if (length === undefined || !/^[1-9]\d{0,9}$/.test(length)) return false;
  return Number(length) <= limit;
}

/**
 * One route's middleware run as one function for a request that needs nothing express decides
 * (`plainRequest`); the listener returns false for any other, which then goes to express. Each step
 * is the function express runs, in express's order, with express's request and response
 * prototypes: the request log, the rate limit, `admit` (auth 401/403, 415, the headers), the
 * handler, and on an error the route's `locateIssues` and the app's error handlers. What it does
 * without express is the router's matching and the JSON parser: the body is read with one
 * listener into one `Buffer`, checked by `verify` and parsed once, as body-parser would (a UTF-8
 * byte-order mark dropped; malformed JSON refused as body-parser's error is answered).
 */
export function flatRoute(steps: FlatSteps): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { app, path, appLayers, admit, verify, handle, locate, limit } = steps;
  // An error inside the error handlers has no handler after it: the connection goes, as express's
  // final handler would leave it, rather than the process.
  const fail = (error: unknown, req: Request, res: Response): void => {
    try {
      steps.fail(error, req, res);
    } catch (inner) {
      res.destroy(inner as Error);
    }
  };
  const outcome = new StepOutcome();
  /** Runs a middleware; throws what it threw or passed to `next`. */
  const run = (step: SyncMiddleware, req: Request, res: Response): void => {
    outcome.called = false;
    outcome.error = undefined;
    step(req, res, outcome.next);
    if (outcome.error !== undefined) throw outcome.error;
    if (!outcome.called) throw new Error('a flat route step returned without calling next');
  };
  const routeFailed = (error: unknown, req: Request, res: Response): void => {
    try {
      locate(error, req, res, (placed) => fail(placed, req, res));
    } catch (inner) {
      fail(inner, req, res);
    }
  };

  const parsed = (req: Request, res: Response, body: Buffer): void => {
    try {
      verify(body);
      let text = body.toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        req.body = JSON.parse(text) as unknown;
      } catch (error) {
        throw malformedJson((error as Error).message);
      }
    } catch (error) {
      routeFailed(error, req, res);
      return;
    }
    handle(req, res).catch((error: unknown) => routeFailed(error, req, res));
  };

  return (incoming, outgoing) => {
    if (!plainRequest(incoming, path, limit)) return false;
    // What express's `app.handle` and router give every request.
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    req.res = res;
    res.req = req;
    res.locals ??= Object.create(null) as Response['locals'];
    req.originalUrl = req.url;
    req.baseUrl = '';
    req.params = {};
    try {
      for (const layer of appLayers) run(layer, req, res);
    } catch (error) {
      fail(error, req, res);
      return true;
    }
    try {
      run(admit, req, res);
    } catch (error) {
      routeFailed(error, req, res);
      return true;
    }
    readBody(req, res, parsed, routeFailed);
    return true;
  };
}

/**
 * The body's bytes, read with one `data` listener; a request that closes or fails before its end
 * is refused as body-parser refuses it (400, the body could not be read).
 */
function readBody(
  req: Request,
  res: Response,
  done: (req: Request, res: Response, body: Buffer) => void,
  failed: (error: unknown, req: Request, res: Response) => void,
): void {
  let first: Buffer | undefined;
  let rest: Buffer[] | undefined;
  let settled = false;
  const onData = (chunk: Buffer): void => {
    if (first === undefined) first = chunk;
    else (rest ??= [first]).push(chunk);
  };
  const onEnd = (): void => {
    if (settled) return;
    settled = true;
    cleanup();
    done(req, res, rest ? Buffer.concat(rest) : (first ?? Buffer.alloc(0)));
  };
  const stop = (message: string): void => {
    if (settled) return;
    settled = true;
    cleanup();
    failed(unreadableBody(message), req, res);
  };
  const onError = (error: Error): void => stop(error.message);
  // `aborted` comes before the response's `close`, as body-parser hears it, so the answer and its
  // log line are the ones express gives; `close` without the body's end covers the rest.
  const onAborted = (): void => stop('request aborted');
  const onClose = (): void => {
    if (!req.complete) stop('request aborted');
  };
  const cleanup = (): void => {
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
    req.removeListener('error', onError);
    req.removeListener('aborted', onAborted);
    req.removeListener('close', onClose);
  };
  req.on('data', onData);
  req.once('end', onEnd);
  req.once('error', onError);
  req.once('aborted', onAborted);
  req.once('close', onClose);
}
