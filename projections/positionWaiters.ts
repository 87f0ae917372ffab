import { UnavailableError } from '../src/core/errors.ts';

interface Waiter {
  readonly position: string;
  resolve(): void;
  reject(error: Error): void;
}

/** Callers waiting for the read models to reach a position (read-your-writes). */
export class PositionWaiters {
  #waiters: Waiter[] = [];

  constructor(private readonly compare: (a: string, b: string) => number) {}

  /** Resolves once `settle` is called with a position at or after `position`; rejects when `signal` aborts first. */
  add(position: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(notYetRead(position));
    return new Promise((resolve, reject) => {
      const give = () => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(notYetRead(position));
      };
      const waiter: Waiter = {
        position,
        resolve: () => (signal?.removeEventListener('abort', give), resolve()),
        reject: (error) => (signal?.removeEventListener('abort', give), reject(error)),
      };
      signal?.addEventListener('abort', give, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** The read models now include everything up to `at`. */
  settle(at: string): void {
    if (this.#waiters.length === 0) return;
    const ready = this.#waiters.filter((w) => this.compare(at, w.position) >= 0);
    this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  /** Nobody will see their position reached: each gets `error`. */
  rejectAll(error: Error): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.reject(error);
  }
}

/** The read-your-writes wait ran out: the write is in the log, the read models do not show it yet. */
function notYetRead(position: string): UnavailableError {
  return new UnavailableError(
    `the write is in the event store (position ${position}), but the read models did not include it in time; read it again shortly`,
    'recorded',
  );
}
