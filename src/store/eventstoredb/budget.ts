import { NoAnswerError } from '../../core/errors.ts';

/** Raised when an operation's time ran out while it waited for the server. */
export class NoAnswer extends Error {
  constructor() {
    super('no answer in time');
  }
}

/**
 * The time one store operation may take, retries included: the store's own timeout
 * (`CHRONICLE_STORE_TIMEOUT`), cut short when the caller's signal (a request's deadline) aborts.
 * `dispose()` releases its timer and its hold on the caller's signal.
 */
export class Budget {
  readonly #controller = new AbortController();
  readonly #endsAt: number;
  readonly #timer: NodeJS.Timeout;
  readonly #caller: AbortSignal | undefined;
  readonly #abort = () => this.#controller.abort();

  constructor(
    readonly timeoutMs: number,
    caller?: AbortSignal,
  ) {
    this.#endsAt = performance.now() + timeoutMs;
    this.#timer = setTimeout(this.#abort, timeoutMs);
    this.#timer.unref();
    this.#caller = caller;
    if (caller?.aborted) this.#abort();
    else caller?.addEventListener('abort', this.#abort, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get spent(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Whether it was the caller who gave up (rather than the store's own timeout). */
  get endedByCaller(): boolean {
    return this.#caller?.aborted === true && performance.now() < this.#endsAt;
  }

  /** Milliseconds left (at least 1): the deadline of the client call made now. */
  remainingMs(): number {
    return Math.max(1, Math.ceil(this.#endsAt - performance.now()));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener('abort', this.#abort);
  }
}

/**
 * Settles as `work` does, or rejects with `NoAnswer` as soon as `signal` aborts — whatever the
 * client does meanwhile: a call queued on a channel to a frozen node has no deadline of its own,
 * and neither have the client's stream reads. A late result of `work` is dropped.
 */
export function bounded<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(new NoAnswer());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new NoAnswer());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The failure of an operation whose time ran out: it may pass, and retrying it is safe. */
export function noAnswerIn(operation: string, budget: Budget): NoAnswerError {
  const why = budget.endedByCaller ? "within the request's deadline" : `within ${budget.timeoutMs} ms`;
  return new NoAnswerError(`EventStoreDB did not answer ${why} (${operation}); this may pass, and it is safe to retry`);
}
