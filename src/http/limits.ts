import { HttpError } from './problem.ts';

/** Per-token limits; 0 (or absent) means no limit. */
export interface Limits {
  /** API requests a token may make per minute (a bucket of this size, refilled evenly over the minute). */
  readonly requestsPerMinute?: number;
  /** Live-feed streams a token may hold open at once. */
  readonly feedConnections?: number;
  /** Milliseconds on a monotonic clock; default `performance.now`. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before idle (full) ones are forgotten, so unknown callers cannot grow memory. */
const MAX_BUCKETS = 10_000;

/**
 * A token bucket per principal: `perMinute` requests at once, then one more every
 * 60 000 / `perMinute` ms. Refusals carry `Retry-After` in whole seconds.
 */
export class RequestRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one request from `principal`'s bucket, or throws 429. */
  take(principal: string): void {
    const now = this.now();
    const bucket = this.buckets.get(principal) ?? this.fresh(principal, now);
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000));
    throw new HttpError(
      429,
      'rate-limited',
      'Too many requests',
      `this token may make ${this.perMinute} requests a minute; try again in ${retryAfter} s`,
      { 'Retry-After': String(retryAfter) },
    );
  }

  private fresh(principal: string, now: number): Bucket {
    if (this.buckets.size >= MAX_BUCKETS) this.forgetIdle(now);
    const bucket = { tokens: this.perMinute, at: now };
    this.buckets.set(principal, bucket);
    return bucket;
  }

  /** A bucket that has refilled completely holds no state worth keeping. */
  private forgetIdle(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.refillPerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** Counts open live-feed streams per principal; `open` throws 429 past the bound. */
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Reserves a stream for `principal`; the returned function releases it (once). */
  acquire(principal: string): () => void {
    const n = this.open.get(principal) ?? 0;
    if (this.max > 0 && n >= this.max) {
      throw new HttpError(
        429,
        'too-many-streams',
        'Too many live-feed streams',
        `this token may hold ${this.max} live-feed streams open at once; close one first`,
        { 'Retry-After': '5' },
      );
    }
    this.open.set(principal, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(principal) ?? 1) - 1;
      if (left <= 0) this.open.delete(principal);
      else this.open.set(principal, left);
    };
  }

  countOf(principal: string): number {
    return this.open.get(principal) ?? 0;
  }
}
