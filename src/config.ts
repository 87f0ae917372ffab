import { userInfo } from 'node:os';
import { z } from 'zod';
import { ValidationError } from './core/errors.ts';
import { zodIssues } from './core/zodIssues.ts';
import { DEFAULT_STORE_TIMEOUT_MS } from './store/port.ts';
import { parseTrustProxy } from './http/trustProxy.ts';

export const DEFAULT_STORE_URL = 'sqlite:./data/chronicle.db';

/** What `chronicle serve` allows each token (0 turns a limit off). */
export const DEFAULT_LIMITS = { requestsPerMinute: 1200, feedConnections: 16 } as const;

const Env = z.object({
  CHRONICLE_STORE: z.string().min(1).default(DEFAULT_STORE_URL),
  CHRONICLE_READ_MODELS: z.string().min(1).optional(),
  CHRONICLE_USER: z.string().min(1).max(200).optional(),
  CHRONICLE_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  CHRONICLE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_LIMITS.requestsPerMinute),
  CHRONICLE_FEED_CONNECTIONS: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_LIMITS.feedConnections),
  CHRONICLE_STORE_TIMEOUT: z
    .string()
    .regex(/^\d{1,7}(ms|s)?$/, 'expected a duration such as 5000, 5000ms or 5s')
    .transform((text) =>
      text.endsWith('ms')
        ? Number(text.slice(0, -2))
        : text.endsWith('s')
          ? Number(text.slice(0, -1)) * 1000
          : Number(text),
    )
    .pipe(z.number().int().min(10, 'must be at least 10 ms').max(600_000, 'must be at most 10 minutes'))
    .optional(),
  CHRONICLE_SESSION_TTL: z
    .string()
    .regex(/^\d{1,9}(s|m|h|d)?$/, 'must be a duration such as 3600, 90m, 12h or 7d (seconds without a unit)')
    .default('12h')
    .transform(durationMs)
    .refine((ms) => ms >= 60_000 && ms <= 366 * 86_400_000, 'must be from 1 minute to 366 days'),
  CHRONICLE_TRUST_PROXY: z
    .string()
    .default('')
    .transform((text, ctx) => {
      const read = parseTrustProxy(text);
      if ('problem' in read) ctx.addIssue({ code: 'custom', message: read.problem });
      return 'entries' in read ? read.entries : [];
    }),
  CHRONICLE_IDEMPOTENCY_TTL: z
    .string()
    .regex(/^\d{1,9}(s|m|h|d)?$/, 'must be a duration such as 3600, 90m, 24h or 7d (seconds without a unit)')
    .default('24h')
    .transform(durationMs)
    .refine((ms) => ms > 0, 'must be longer than 0'),
});

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90m` → 5 400 000; a bare number is seconds. */
function durationMs(text: string): number {
  const unit = (/[smhd]$/.exec(text)?.[0] ?? 's') as keyof typeof UNIT_MS;
  return Number.parseInt(text, 10) * UNIT_MS[unit];
}

/** Settings from the environment, parsed once at the edge. */
export interface Config {
  readonly storeUrl: string;
  readonly readModelsUrl: string | undefined;
  /** Who is recorded as `recordedBy` on writes from this process. */
  readonly user: string;
  readonly demo: boolean;
  /** Per token: API requests a minute (CHRONICLE_RATE_LIMIT) and open live-feed streams (CHRONICLE_FEED_CONNECTIONS). */
  readonly limits: { readonly requestsPerMinute: number; readonly feedConnections: number };
  /**
   * CHRONICLE_STORE_TIMEOUT (ms; `5000`, `5000ms` or `5s`): the bound of every store call, and of an
   * HTTP request's wait for the store and the read models. Default 5000.
   */
  readonly storeTimeoutMs: number;
  /** How long a page's sign-in lasts (CHRONICLE_SESSION_TTL, default 12h), in ms. */
  readonly sessionTtlMs: number;
  /** The reverse proxies whose `X-Forwarded-*` headers are believed (CHRONICLE_TRUST_PROXY). */
  readonly trustProxy: readonly string[];
  /** How long a reply stored under an `Idempotency-Key` is kept (CHRONICLE_IDEMPOTENCY_TTL, default 24h), in ms. */
  readonly idempotencyTtlMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
  const e = parsed.data;
  return {
    storeUrl: e.CHRONICLE_STORE,
    readModelsUrl: e.CHRONICLE_READ_MODELS,
    user: e.CHRONICLE_USER ?? defaultUser(),
    demo: e.CHRONICLE_DEMO === undefined ? true : e.CHRONICLE_DEMO === '1' || e.CHRONICLE_DEMO === 'true',
    limits: { requestsPerMinute: e.CHRONICLE_RATE_LIMIT, feedConnections: e.CHRONICLE_FEED_CONNECTIONS },
    storeTimeoutMs: e.CHRONICLE_STORE_TIMEOUT ?? DEFAULT_STORE_TIMEOUT_MS,
    sessionTtlMs: e.CHRONICLE_SESSION_TTL,
    trustProxy: e.CHRONICLE_TRUST_PROXY,
    idempotencyTtlMs: e.CHRONICLE_IDEMPOTENCY_TTL,
  };
}

function defaultUser(): string {
  try {
    return userInfo().username || 'chronicle';
  } catch {
    return 'chronicle';
  }
}
