import { StoreBehindReadModelsError, type WriteOutcome } from '../src/core/errors.ts';
import { LOST_STORE_FIX, type LogCheck } from './checkpointEvent.ts';

export interface LogWatchHooks {
  /** The log was found lost: stop following it. */
  lost(reason: string): void;
  /** It holds the read models' checkpoint event again (a restored backup, a rebuild elsewhere): follow it again. */
  recovered(): Promise<void>;
}

/**
 * Whether the log still holds what the read models were built from (`checkLog`): checked before
 * the first write and again after every dropped connection; once found lost, writes are refused,
 * reset listeners are told, and it is checked every `recheckMs` until it holds again.
 */
export class LogWatch {
  /** Why the log is not the one the read models were built from, while it is not. */
  lost: string | undefined;
  /** Whether the log was checked since the connection to the store last dropped. */
  #verified = false;
  #verifying: Promise<void> | undefined;
  #recheck: NodeJS.Timeout | undefined;
  readonly #listeners = new Set<(reason: string) => void>();

  constructor(
    private readonly check: (signal?: AbortSignal) => Promise<LogCheck>,
    private readonly hooks: LogWatchHooks,
    private readonly recheckMs: number,
  ) {}

  onReset(listener: (reason: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  reset(reason: string): void {
    for (const listener of this.#listeners) listener(reason);
  }

  error(outcome: WriteOutcome): StoreBehindReadModelsError {
    return new StoreBehindReadModelsError(`${this.lost ?? 'the log changed'}; ${LOST_STORE_FIX}`, outcome);
  }

  /** Throws while the log is lost; checks it first when it was not checked since the last drop. */
  async assertHolds(signal?: AbortSignal): Promise<void> {
    if (this.lost === undefined && !this.#verified) {
      this.#verifying ??= this.checkNow(signal)
        .then(() => undefined)
        .finally(() => (this.#verifying = undefined));
      await this.#verifying;
    }
    if (this.lost !== undefined) throw this.error('not-recorded');
  }

  /** Checks the log now (the connection dropped, or nothing was checked yet). */
  async checkNow(signal?: AbortSignal): Promise<LogCheck> {
    this.#verified = false;
    const check = await this.check(signal);
    if (check.kind === 'lost') this.#lose(check.reason);
    else this.#verified = true;
    return check;
  }

  /** The read models were rebuilt from the log as it is: it holds them by construction. */
  rebuilt(): void {
    const wasLost = this.lost !== undefined;
    this.#clear();
    if (wasLost) this.reset('the read models were rebuilt from the event store; reload the timeline');
  }

  stop(): void {
    clearInterval(this.#recheck);
    this.#recheck = undefined;
  }

  #lose(reason: string): void {
    if (this.lost !== undefined) return;
    this.lost = reason;
    this.hooks.lost(reason);
    this.reset(`the event store lost what the read models hold (${reason}); reload the timeline`);
    this.#recheck = setInterval(() => void this.#tryRecover(), this.recheckMs);
    this.#recheck.unref();
  }

  async #tryRecover(): Promise<void> {
    if (this.lost === undefined || this.#verifying) return;
    try {
      const check = await this.check();
      if (check.kind === 'lost' || this.lost === undefined) return;
      this.#clear();
      this.reset('the event store holds what the read models were built from again; reload the timeline');
      await this.hooks.recovered();
    } catch {
      // The store cannot be reached yet (or following it failed: see the runner's `failure`).
    }
  }

  #clear(): void {
    this.stop();
    this.lost = undefined;
    this.#verified = true;
  }
}
