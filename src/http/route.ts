import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { Chronicle } from '../main.ts';
import type { Role, TokenTable } from './auth.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { RequestRateLimiter } from './limits.ts';
import type { LiveFeed } from './liveFeed.ts';
import type { PageCache } from './pageCache.ts';

/** What the HTTP edge needs, passed in by the composition root. */
export interface AppDeps {
  readonly chronicle: Chronicle;
  readonly logger: Logger;
  readonly tokens: TokenTable;
  readonly feed: LiveFeed;
  readonly idempotency: IdempotencyStore;
  /** Serialised read-model pages, kept under the read models' write token. */
  readonly pages: PageCache;
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
  /** Who is recorded as `recordedBy`: `X-Chronicle-User`, else the token's label, else `local`. */
  readonly recordedBy: string;
  /** Who the request counts against for the per-token limits (see `principalOf`). */
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
}

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Default `application/json`. */
  readonly contentType?: string;
}

/** One route: its schemas serve the validation and the OpenAPI document alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a route list holds specs of every parameter shape
export interface RouteSpec<P = any, Q = any, B = any> {
  readonly method: 'get' | 'post' | 'delete';
  /** Express form: `/api/facts/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** Least role needed; `null` for open routes (health, OpenAPI). */
  readonly role: Role | null;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** Media types accepted for the body. Default `['application/json']`. */
  readonly bodyTypes?: readonly string[];
  /** Whether `If-Match` applies (documented as a parameter). */
  readonly ifMatch?: boolean;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** Returns the reply, or nothing when it wrote the response itself (the live feed). */
  handle(ctx: RouteContext<P, Q, B>): Promise<Reply | void>;
}

export const route = <P, Q, B>(spec: RouteSpec<P, Q, B>): RouteSpec<P, Q, B> => spec;
