import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { CapturePool } from '../capture/capturePool.ts';
import type { Chronicle } from '../main.ts';
import type { Role, TokenTable } from './auth.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { RequestRateLimiter } from './limits.ts';
import type { LiveFeed } from './liveFeed.ts';
import type { SessionStore } from './sessions.ts';
import type { PageCache } from './pageCache.ts';

/** What the HTTP edge needs, passed in by the composition root. */
export interface AppDeps {
  readonly chronicle: Chronicle;
  readonly logger: Logger;
  readonly tokens: TokenTable;
  readonly feed: LiveFeed;
  readonly idempotency: IdempotencyStore;
  /** The page's sign-in sessions. */
  readonly sessions: SessionStore;
  /** Proxies whose `X-Forwarded-*` headers are believed (CHRONICLE_TRUST_PROXY); absent: none. */
  readonly trustProxy?: readonly string[];
  /** The store's id (`storeIdOf`), made on first use and kept. */
  readonly storeId: () => Promise<string>;
  /** Serialised read-model pages, kept under the read models' write token. */
  readonly pages: PageCache;
  /** Where `POST /api/capture` reads its texts: a long one in a worker thread, off the event loop. */
  readonly captures: CapturePool;
  /** Requests per minute per token on `/api`; absent: no limit. */
  readonly rateLimiter?: RequestRateLimiter;
  /** Largest JSON body, in bytes. Default 1 MiB (imports: `importBodyLimit`). */
  readonly bodyLimit?: number;
  /** Largest dossier accepted by `POST /api/import`, in bytes. Default 50 MiB. */
  readonly importBodyLimit?: number;
}

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly req: Request;
  readonly res: Response;
  readonly deps: AppDeps;
  /** Who is recorded as `recordedBy`: `X-Chronicle-User`, else the token's (or session's) label, else `local`. */
  readonly recordedBy: string;
  /** Who the request counts against for the per-token limits (see `principalOfRequest`). */
  readonly principal: string;
  /**
   * The request's deadline for the store and the read models (`CHRONICLE_STORE_TIMEOUT` from when
   * its handler starts): writes give up when it aborts, saying what became of the write.
   */
  readonly signal: AbortSignal;
  /** With an `Idempotency-Key`: the ids of the events the request writes, the same on a retry. */
  readonly eventIds?: (index: number) => string;
}

export interface Reply {
  readonly status: number;
  /** JSON-serialised, unless a string with `contentType` or bytes already serialised. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Default `application/json`. */
  readonly contentType?: string;
  /** Whether the ETag only serves `If-None-Match` (a read model's page), so a compressed reply may weaken it. */
  readonly revalidationOnly?: boolean;
  /** The body compressed in `coding`, when it was kept compressed before (see replyEncoding.ts). */
  readonly encode?: (bytes: Buffer, coding: 'br' | 'gzip') => Promise<Buffer>;
}

/** Response headers the OpenAPI document describes (`X-Request-Id`, and `Idempotent-Replayed` on a POST's success, go without saying). */
export type ResponseHeader =
  'ETag' | 'Location' | 'Link' | 'Content-Disposition' | 'WWW-Authenticate' | 'Retry-After' | 'Allow' | 'Set-Cookie';

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Default `application/json`. */
  readonly contentType?: string;
  /** Several media types (by a `format` parameter, say), each with its schema; replaces `schema` and `contentType`. */
  readonly content?: Readonly<Record<string, z.ZodType>>;
  /** Headers this response carries. */
  readonly headers?: readonly ResponseHeader[];
  /** Those of `headers` that only some of these responses carry. */
  readonly optionalHeaders?: readonly ResponseHeader[];
}

/** One route: its schemas serve the validation and the OpenAPI document alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a route list holds specs of every parameter shape
export interface RouteSpec<P = any, Q = any, B = any> {
  readonly method: 'get' | 'post' | 'delete';
  /** Express form: `/api/facts/:id`. */
  readonly path: string;
  /** The operation's name in the OpenAPI document (and so in generated clients): `reviseFactDate`. */
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  /** Least role needed; `null` for open routes (health, OpenAPI). */
  readonly role: Role | null;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** Largest body, in bytes, when the route needs another than the app's (`AppDeps.bodyLimit`). */
  readonly bodyLimit?: number;
  /** Whether the body may be as large as `AppDeps.importBodyLimit` (a dossier), not `bodyLimit`. */
  readonly largeBody?: boolean;
  /** Media types accepted for the body. Default `['application/json']`. */
  readonly bodyTypes?: readonly string[];
  /** Whether `If-Match` applies (documented as a parameter). */
  readonly ifMatch?: boolean;
  /** Request headers the route reads besides the ones every route or every write reads (documented). */
  readonly requestHeaders?: Readonly<Record<string, z.ZodType>>;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** Returns the reply, or nothing when it wrote the response itself (the live feed). */
  handle(ctx: RouteContext<P, Q, B>): Promise<Reply | void>;
}

export const route = <P, Q, B>(spec: RouteSpec<P, Q, B>): RouteSpec<P, Q, B> => spec;
