import { Budget, bounded, NoAnswer, noAnswerIn } from './budget.ts';
import { isTransient, unavailable } from './errors.ts';

export interface Backoff {
  /** Delay before the first retry, in ms; doubled for every further one. */
  readonly initialDelayMs: number;
  /** Longest delay between two attempts, in ms. */
  readonly maxDelayMs: number;
}

/** The delay before retry number `attempt` (1-based): exponential, capped. */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.max(0, attempt - 1));
}

/** Waits `ms`, or less if `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface RetrySettings {
  /** Retries after the first attempt for failures that may pass (see `isTransient`). */
  readonly retries: number;
  readonly backoff: Backoff;
  /** The most one operation may take, retries included (`CHRONICLE_STORE_TIMEOUT`). */
  readonly timeoutMs: number;
}

/**
 * Runs `operation`, retrying failures that may pass with exponential backoff, all within one
 * `Budget` (`timeoutMs`, cut short by `signal`). When the failures persist or the time runs out,
 * throws Chronicle's `UnavailableError` (retryable, HTTP 503). Every other failure is thrown as it
 * is, at once. `operation` must be safe to repeat: appends are, because each attempt reads the
 * stream first and skips the events already in it.
 */
export async function withRetries<T>(
  operation: string,
  settings: RetrySettings,
  signal: AbortSignal | undefined,
  run: (budget: Budget) => Promise<T>,
): Promise<T> {
  const budget = new Budget(settings.timeoutMs, signal);
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await bounded(budget.signal, run(budget));
      } catch (error) {
        if (error instanceof NoAnswer) throw noAnswerIn(operation, budget);
        if (!isTransient(error)) throw error;
        if (budget.spent) throw noAnswerIn(operation, budget);
        if (attempt > settings.retries) throw unavailable(operation, error, attempt);
        await sleep(backoffDelay(attempt, settings.backoff), budget.signal);
        if (budget.spent) throw noAnswerIn(operation, budget);
      }
    }
  } finally {
    budget.dispose();
  }
}
