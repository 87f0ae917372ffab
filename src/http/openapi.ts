import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import type { ResponseHeader, ResponseSpec, RouteSpec } from './route.ts';
import { ProblemSchema } from './problemSchema.ts';

/** Headers a response may carry, each documented once (`components.headers`). */
const HEADERS: Record<ResponseHeader | 'X-Request-Id' | 'Idempotent-Replayed', z.ZodType> = {
  'X-Request-Id': z.string().meta({
    description: 'The request id, as given in the request (`[\\w.-]{1,100}`) or made up; the logs carry it',
    header: { id: 'X-Request-Id' },
  }),
  ETag: z.string().meta({
    description:
      'The version of what was read, quoted: a document’s stream revision (send it back as `If-Match`) or a timeline page’s (send it as `If-None-Match`)',
    example: '"3"',
    header: { id: 'ETag' },
  }),
  Location: z.string().meta({ description: 'Where the created document is read', header: { id: 'Location' } }),
  Link: z.string().meta({
    description: 'The next page: `</api/timelines?cursor=…>; rel="next"`',
    header: { id: 'Link' },
  }),
  'Content-Disposition': z.string().meta({
    description: 'For the csv, ics, md and timelinejs formats: `inline; filename="<timeline>.<extension>"`',
    header: { id: 'Content-Disposition' },
  }),
  'Idempotent-Replayed': z.literal('true').meta({
    description: 'This is the stored reply to an earlier request with the same `Idempotency-Key`; nothing was written',
    header: { id: 'Idempotent-Replayed' },
  }),
  'WWW-Authenticate': z.string().meta({
    description: 'The bearer challenge: `Bearer realm="chronicle"` (with `error="invalid_token"` for a wrong token)',
    header: { id: 'WWW-Authenticate' },
  }),
  'Set-Cookie': z.string().meta({
    description:
      'The session cookie: `chronicle_session=<id>; Path=/; HttpOnly; SameSite=Strict; Max-Age=<seconds>` (and `Secure` over https); `Max-Age=0` clears it',
    header: { id: 'Set-Cookie' },
  }),
  'Retry-After': z.string().meta({ description: 'Seconds to wait before trying again', header: { id: 'Retry-After' } }),
  Allow: z
    .string()
    .meta({ description: 'The methods this path answers', example: 'GET, HEAD', header: { id: 'Allow' } }),
};

const REQUEST_HEADERS = {
  ifMatch: z
    .string()
    .optional()
    .meta({ description: 'The ETag you read; a stale one gets 412 with the current ETag (`*`: any revision)' }),
  ifNoneMatch: z
    .string()
    .optional()
    .meta({ description: 'The ETag of the document or page you hold: 304 with no body while it is current' }),
  idempotencyKey: z.string().min(1).max(200).optional().meta({
    description:
      'Retrying a POST with the same key (1–200 visible ASCII characters) returns the first reply and appends nothing',
  }),
  user: z.string().min(1).max(200).optional().meta({
    description: 'Who is recorded as `recordedBy` (default: the token’s label, or `local`)',
  }),
  requestId: z.string().max(100).optional().meta({ description: 'A request id to log and echo back' }),
};

const problem = (description: string, headers: readonly ResponseHeader[] = []): ResponseSpec => ({
  description,
  schema: ProblemSchema,
  contentType: 'application/problem+json',
  headers,
});

/** The refusals any route may answer with, by what it is (the route's own responses come first). */
function sharedProblems(r: RouteSpec): Record<number, ResponseSpec> {
  const api = r.path.startsWith('/api/');
  const shared: Record<number, ResponseSpec | undefined> = {
    400: problem('Invalid input: each issue with where it is (body pointer, header or parameter) and why'),
    ...(r.role
      ? { 401: problem('No token, a token that is not valid, or a session that ended', ['WWW-Authenticate']) }
      : {}),
    ...(r.role
      ? { 403: problem('The role is too low, or a change signed by the session cookie came from another origin') }
      : {}),
    405: problem('This path does not answer this method: see `Allow`', ['Allow']),
    ...(r.body
      ? {
          413: problem(
            'Body too large (1 MiB; 5 MiB for a capture, about 44 MiB for a source text, 50 MiB for an import)',
          ),
        }
      : {}),
    ...(r.body ? { 415: problem('The body is not of a media type this route reads') } : {}),
    ...(api ? { 429: problem('This token’s request rate (or live-feed streams) is spent', ['Retry-After']) } : {}),
    431: problem('The request head (URL and headers) is larger than 16 KiB'),
    500: problem('An unexpected error, logged with the request id; the body says nothing of its cause'),
    ...(api
      ? {
          503: {
            ...problem(
              'The store is busy or cannot be reached: try again after `Retry-After`; or it lost what the read models hold (no `Retry-After`: restore it)',
            ),
            optionalHeaders: ['Retry-After'],
          },
        }
      : {}),
  };
  return Object.fromEntries(Object.entries(shared).filter((e): e is [string, ResponseSpec] => e[1] !== undefined));
}

function responseOf(r: RouteSpec, status: number, spec: ResponseSpec): ZodOpenApiResponseObject {
  const names = new Set<keyof typeof HEADERS>([
    'X-Request-Id',
    ...(spec.headers ?? []),
    ...(spec.optionalHeaders ?? []),
  ]);
  const optional = new Set<string>(spec.optionalHeaders ?? []);
  if (r.method === 'post' && status >= 200 && status < 300) {
    names.add('Idempotent-Replayed');
    optional.add('Idempotent-Replayed');
  }
  const content =
    spec.content ??
    (spec.schema || spec.contentType ? { [spec.contentType ?? 'application/json']: spec.schema ?? z.string() } : {});
  return {
    description: spec.description,
    headers: z.object(
      Object.fromEntries([...names].map((n) => [n, optional.has(n) ? HEADERS[n].optional() : HEADERS[n]])),
    ),
    ...(Object.keys(content).length > 0
      ? {
          content: Object.fromEntries(
            Object.entries(content).map(([type, schema]) => [type, { schema: schema as never }]),
          ),
        }
      : {}),
  };
}

function operationOf(r: RouteSpec): ZodOpenApiOperationObject {
  const writes = r.method !== 'get' && r.role !== null && r.role !== 'reader';
  const headers = {
    ...(r.ifMatch ? { 'If-Match': REQUEST_HEADERS.ifMatch } : {}),
    ...(r.responses[304] ? { 'If-None-Match': REQUEST_HEADERS.ifNoneMatch } : {}),
    ...(r.method === 'post' ? { 'Idempotency-Key': REQUEST_HEADERS.idempotencyKey } : {}),
    ...(writes ? { 'X-Chronicle-User': REQUEST_HEADERS.user } : {}),
    ...r.requestHeaders,
    'X-Request-Id': REQUEST_HEADERS.requestId,
  };
  const responses = { ...sharedProblems(r), ...r.responses };
  return {
    operationId: r.operationId,
    summary: r.summary,
    tags: [r.tag],
    security: r.role ? [{ bearer: [] }, { session: [] }] : [],
    ...(r.role ? { description: `Needs the \`${r.role}\` role when tokens are configured.` } : {}),
    requestParams: {
      ...(r.params ? { path: r.params as never } : {}),
      ...(r.query ? { query: r.query as never } : {}),
      header: z.object(headers),
    },
    ...(r.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              (r.bodyTypes ?? ['application/json']).map((t) => [t, { schema: r.body as never }]),
            ),
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, spec]) => [status, responseOf(r, Number(status), spec)]),
    ),
  };
}

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const TAGS = [
  { name: 'facts', description: 'Record facts and every correction of them; each is an event with who, when and why' },
  { name: 'actors', description: 'The people, bodies, companies and groups facts name' },
  { name: 'topics', description: 'What facts are about; topics nest' },
  { name: 'sources', description: 'The documents facts cite, with their reliability grade' },
  { name: 'timelines', description: 'Timelines of everything, of an actor or of a topic, in JSON or an export format' },
  { name: 'checks', description: 'The date findings' },
  { name: 'live', description: 'The live feed (Server-Sent Events)' },
  { name: 'capture', description: "An article's text read into a draft dossier of the dated events it states" },
  { name: 'system', description: 'Health, this document, import and rebuild' },
];

/** OpenAPI 3.1 for the routes, generated from the same zod schemas that validate requests. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const r of routes) {
    const path = toOpenApiPath(r.path);
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operationOf(r) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Chronicle',
      version,
      description:
        'Event-sourced timelines with fuzzy (EDTF) dates. Errors are application/problem+json (RFC 9457). ' +
        'With tokens configured (CHRONICLE_TOKENS), every /api route needs a bearer token: reads the reader ' +
        'role, writes editor, import and rebuild admin.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    security: [{ bearer: [] }, { session: [] }],
    tags: TAGS,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'chronicle_session',
          description:
            'The page’s sign-in (`POST /api/session`); a request that changes state with it needs this server’s `Origin`',
        },
      },
    },
    paths,
  });
}
