/** The timer functions a deadline uses (the global ones; tests pass their own). */
export interface DeadlineTimers {
  setTimeout(callback: () => void, ms: number): NodeJS.Timeout;
  clearTimeout(timer: NodeJS.Timeout): void;
}

/** A request's deadline: `signal` aborts after the time given, unless `clear` is called first. */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  /** The request is done: its timer is removed, and the signal never aborts. */
  clear(): void;
}

const GLOBAL_TIMERS: DeadlineTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer),
};

/**
 * A signal that aborts after `ms` with the reason `AbortSignal.timeout` gives (a `TimeoutError`),
 * whose timer the request removes when it ends. `AbortSignal.timeout` keeps its timer until it
 * fires or the signal is collected, through a weak reference and a finalizer: that costs several
 * per cent of a record-fact request's time, and a finished request's signal still fires later
 * (docs/benchmarks.md, record-fact requests). The timer does not keep the process alive.
 */
export function requestDeadline(ms: number, timers: DeadlineTimers = GLOBAL_TIMERS): RequestDeadline {
  const controller = new AbortController();
  const timer = timers.setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ms,
  );
  timer.unref?.();
  return { signal: controller.signal, clear: () => timers.clearTimeout(timer) };
}
