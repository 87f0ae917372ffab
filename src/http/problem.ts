import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  AlreadyExistsError,
  CancelledError,
  ChronicleError,
  ConcurrencyError,
  IllegalStateError,
  NotFoundError,
  StoreBehindReadModelsError,
  ThreadFailedError,
  UnavailableError,
  ValidationError,
  type WriteOutcome,
  type Issue,
  type IssueLocation,
} from '../core/errors.ts';
import { formatEtag } from './etag.ts';

/** An RFC 9457 problem document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** For validation problems: each issue, where it is and why. */
  readonly issues?: readonly ProblemIssue[];
  readonly requestId?: string;
  /** A write that failed: whether it is in the log (`recorded`), may be (`unknown`) or is not (`not-recorded`). */
  readonly writeOutcome?: WriteOutcome;
}

/**
 * One issue of a validation problem: `path` as our messages name it (`facts[2].when`,
 * `query.from`, `If-Match`), `in` the part of the request, and there exactly: a JSON `pointer`
 * into the body (`/facts/2/when`), the `header`'s name, or the query or path `parameter`'s name.
 */
export interface ProblemIssue {
  readonly path: string;
  readonly in: IssueLocation;
  readonly pointer?: string;
  readonly header?: string;
  readonly parameter?: string;
  readonly message: string;
}

/** An HTTP-only failure (auth, content type, size) raised by the edge itself. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The status of work stopped because its client closed the connection (as proxies name it); no client sees it. */
const CLIENT_CLOSED = 499;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  503: 'Service unavailable',
  [CLIENT_CLOSED]: 'Client closed request',
  500: 'Internal error',
};

function issueOf(issue: Issue): ProblemIssue {
  const where = issue.in ?? 'body';
  const { path, message } = issue;
  if (where === 'body') return { path, in: where, pointer: pointerOf(path), message };
  if (where === 'header') return { path, in: where, header: path, message };
  // `query.limit` from the parsed parameters, `asOf` from a handler; `query` alone is the whole query.
  const name = /^(?:(?:query|params)\.)?([^.[]+)/.exec(path)?.[1];
  const parameter = name === 'query' || name === 'params' ? undefined : name;
  return { path, in: where, ...(parameter ? { parameter } : {}), message };
}

function pointerOf(path: string): string {
  if (!path) return '';
  return `/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;
}

/** The one place errors become HTTP statuses. */
export function problemOf(error: unknown): { problem: Problem; headers: Record<string, string> } {
  const make = (
    status: number,
    code: string,
    detail: string,
    title = TITLES[status] ?? 'Error',
    extra: Partial<Problem> = {},
  ) => ({
    problem: { type: `/problems/${code}`, title, status, detail, ...extra },
    headers: {} as Record<string, string>,
  });
  if (error instanceof HttpError)
    return { ...make(error.status, error.code, error.message, error.title), headers: { ...error.headers } };
  if (error instanceof ValidationError) {
    return make(400, 'validation', error.message, 'Invalid input', {
      issues: error.issues.map(issueOf),
    });
  }
  if (error instanceof NotFoundError) return make(404, 'not-found', error.message);
  if (error instanceof AlreadyExistsError) return make(409, 'already-exists', error.message, 'Already exists');
  if (error instanceof IllegalStateError)
    return make(409, 'illegal-state', error.message, 'Not allowed in the current state');
  if (error instanceof ConcurrencyError) {
    const p = make(412, 'stale-revision', error.message, 'Stale revision');
    if (error.actual !== undefined) p.headers.ETag = formatEtag(error.actual);
    return p;
  }
  if (error instanceof StoreBehindReadModelsError) {
    const outcome = error.writeOutcome ? { writeOutcome: error.writeOutcome } : {};
    return make(503, 'store-behind-read-models', error.message, 'Store behind the read models', outcome);
  }
  if (error instanceof UnavailableError) {
    const outcome = error.writeOutcome ? { writeOutcome: error.writeOutcome } : {};
    return { ...make(503, 'unavailable', error.message, TITLES[503], outcome), headers: { 'Retry-After': '1' } };
  }
  if (error instanceof ThreadFailedError) return make(500, 'internal', error.message);
  if (error instanceof CancelledError) return make(CLIENT_CLOSED, error.code, error.message);
  if (error instanceof ChronicleError) return make(400, error.code, error.message);
  return make(500, 'internal', 'An unexpected error occurred; it has been logged with the request id.');
}

/** Express error middleware: problem+json for every error; a 500 is logged, never shows a stack. */
export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const { problem, headers } = problemOf(translateExpressError(error));
    const requestId = String(req.id ?? '');
    if (problem.status === 503)
      logger.warn(
        { err: error, requestId },
        'request failed: unavailable (the store did not answer in time, or too many captures at once)',
      );
    else if (problem.status >= 500) logger.error({ err: error, requestId }, 'request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(problem.status)
      .set(headers)
      .type('application/problem+json')
      .send(JSON.stringify({ ...problem, instance: req.originalUrl, requestId }));
  };
}

/**
 * Errors raised by express itself as our problems: body-parser's (size, malformed JSON, charset,
 * a body that does not inflate under its Content-Encoding or does not match its Content-Length)
 * and the router's (a path parameter that is not valid percent-encoding). Each says it is the
 * client's fault with a 4xx `status`; left as they are they would be answered as a 500.
 */
function translateExpressError(error: unknown): unknown {
  if (error instanceof HttpError || error instanceof ChronicleError) return error;
  const e = error as { type?: string; status?: unknown; expose?: unknown; message?: string; limit?: number };
  switch (e?.type) {
    case 'entity.too.large':
      return new HttpError(413, 'too-large', 'Content too large', `the request body is larger than ${e.limit} bytes`);
    case 'entity.parse.failed':
      return malformedJson(e.message ?? 'malformed');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        e.message ?? 'unsupported encoding',
      );
    case 'request.size.invalid':
      return new HttpError(400, 'bad-request', 'Bad request', 'the request body does not match its Content-Length');
    default:
      break;
  }
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (error instanceof URIError && status === 400) {
    return ValidationError.at('params', `is not valid percent-encoding (${error.message})`, 'path');
  }
  if (status !== undefined && status >= 400 && status < 500 && e.expose === true) {
    // body-parser's other refusals, e.g. a gzip Content-Encoding over a body that is not gzip.
    return unreadableBody(e.message ?? 'malformed', status);
  }
  return error;
}

/** A body that is not JSON, as the route's JSON parser refuses it. */
export function malformedJson(message: string): ValidationError {
  return ValidationError.at('', `the request body is not valid JSON: ${message}`, 'body');
}

/** A body that could not be read to its end (the client went away, a stream error, a bad encoding). */
export function unreadableBody(message: string, status = 400): HttpError {
  return new HttpError(
    status,
    status === 400 ? 'bad-request' : 'client-error',
    TITLES[status] ?? 'Bad request',
    `the request body could not be read: ${message}`,
  );
}
