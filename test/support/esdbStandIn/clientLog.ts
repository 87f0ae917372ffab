import type { AllStreamResolvedEvent, AllStreamSubscription, Position } from '@eventstore/db-client';

export type ClientEntry =
  | {
      readonly kind: 'event';
      readonly stream: string;
      readonly revision: bigint;
      readonly position: bigint;
      readonly type: string;
    }
  | { readonly kind: 'caughtUp' }
  | { readonly kind: 'checkpoint'; readonly position: bigint }
  | { readonly kind: 'error'; readonly error: Error };

/**
 * What a real client subscription reports, in the order the client emits it (stand-in tests read
 * the client's stream in flowing mode without back-pressure, so that order is the server's).
 * Tests wait on `until(…)`, never on time.
 */
export class ClientLog {
  readonly entries: ClientEntry[] = [];
  readonly #waiters: { test: () => boolean; resolve: () => void }[] = [];

  /** Pass as the filter's `checkpointReached`. */
  readonly checkpointReached = (_subscription: unknown, position: Position): void => {
    this.#push({ kind: 'checkpoint', position: position.commit });
  };

  follow(subscription: AllStreamSubscription): AllStreamSubscription {
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      const event = resolved.event!;
      this.#push({
        kind: 'event',
        stream: event.streamId,
        revision: event.revision,
        position: event.position!.commit,
        type: event.type,
      });
    });
    subscription.on('caughtUp', () => this.#push({ kind: 'caughtUp' }));
    subscription.on('error', (error: Error) => this.#push({ kind: 'error', error }));
    return subscription;
  }

  get events() {
    return this.entries.flatMap((entry) => (entry.kind === 'event' ? [entry] : []));
  }

  /** Entries as short strings: `fact-1@0`, `caughtUp`, `checkpoint@<position>`, `error`. */
  get summary(): string[] {
    return this.entries.map((entry) =>
      entry.kind === 'event'
        ? `${entry.stream}@${entry.revision}`
        : entry.kind === 'checkpoint'
          ? `checkpoint@${entry.position}`
          : entry.kind,
    );
  }

  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ test, resolve }));
  }

  #push(entry: ClientEntry): void {
    this.entries.push(entry);
    for (const waiter of [...this.#waiters]) {
      if (waiter.test()) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}
