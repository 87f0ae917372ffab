import { setMaxListeners } from 'node:events';

/** The timer functions and the clock a deadline uses (the global ones; tests pass their own). */
export interface DeadlineTimers {
  setTimeout(callback: () => void, ms: number): NodeJS.Timeout;
  clearTimeout(timer: NodeJS.Timeout): void;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/** A request's deadline: `signal` aborts after the time given, unless `clear` is called first. */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  /** The request is done: it no longer holds its signal's timer. */
  clear(): void;
}

const GLOBAL_TIMERS: DeadlineTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer),
  now: () => performance.now(),
};

/** How long after a shared deadline started another request may still join it, in ms. */
export const SHARED_WITHIN_MS = 1;

/** One signal and one timer, held by the requests whose deadlines started together. */
interface SharedDeadline {
  readonly controller: AbortController;
  readonly timer: NodeJS.Timeout;
  readonly ms: number;
  readonly startedAt: number;
  holders: number;
}

/**
 * Request deadlines on one set of timers. Requests whose deadlines of the same length start within
 * `SHARED_WITHIN_MS` of each other (those a server takes in the same turn of its event loop) share
 * one `AbortController` and one timer: the controller, an event target, is most of what a deadline
 * costs a record-fact request. A shared signal aborts `ms` after the first of them started, so at
 * most `SHARED_WITHIN_MS` before a later one's own time would have run out; its timer is removed
 * once every request holding it is done, and a signal whose holders are all done never aborts.
 */
export class RequestDeadlines {
  #open: SharedDeadline | undefined;

  constructor(private readonly timers: DeadlineTimers = GLOBAL_TIMERS) {}

  /** A deadline of `ms` for a request starting now. */
  start(ms: number): RequestDeadline {
    const now = this.timers.now();
    let shared = this.#open;
    if (
      shared === undefined ||
      shared.holders === 0 ||
      shared.ms !== ms ||
      now - shared.startedAt >= SHARED_WITHIN_MS ||
      shared.controller.signal.aborted
    ) {
      shared = this.#share(ms, now);
      this.#open = shared;
    }
    shared.holders += 1;
    let held = true;
    return {
      signal: shared.controller.signal,
      clear: () => {
        if (!held) return;
        held = false;
        shared.holders -= 1;
        if (shared.holders === 0) this.timers.clearTimeout(shared.timer);
      },
    };
  }

  #share(ms: number, now: number): SharedDeadline {
    const controller = new AbortController();
    // Each request that waits listens to the signal; the requests of one turn may be many.
    setMaxListeners(0, controller.signal);
    const timer = this.timers.setTimeout(
      () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      ms,
    );
    timer.unref?.();
    return { controller, timer, ms, startedAt: now, holders: 0 };
  }
}

const GLOBAL_DEADLINES = new RequestDeadlines();

/**
 * A signal that aborts after `ms` with the reason `AbortSignal.timeout` gives (a `TimeoutError`),
 * whose timer is removed when the request ends (see `RequestDeadlines`: requests that start
 * together share it). `AbortSignal.timeout` keeps its timer until it fires or the signal is
 * collected, through a weak reference and a finalizer: that costs several per cent of a
 * record-fact request's time, and a finished request's signal still fires later
 * (docs/benchmarks.md, record-fact requests). The timer does not keep the process alive.
 */
export function requestDeadline(ms: number, deadlines: RequestDeadlines = GLOBAL_DEADLINES): RequestDeadline {
  return deadlines.start(ms);
}
