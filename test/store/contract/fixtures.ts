import { randomUUID } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../../../src/core/event.ts';
import type { SubscriptionHandlers } from '../../../src/store/port.ts';

/** A new event with a fresh id and fixed metadata. */
export function anEvent(data: Record<string, unknown> = {}, type = 'Something'): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { recordedBy: 'test', recordedAt: '2022-04-22T00:00:00.000Z', schemaVersion: 1 },
  };
}

export function someEvents(count: number, type = 'Something'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => anEvent({ index }, type));
}

/**
 * A prefix no other test uses, so specs stay independent even on a shared database (the
 * EventStoreDB adapter runs this contract against one server).
 */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}-`;
}

export function uniqueStream(prefix = uniquePrefix()): string {
  return `${prefix}fact-${randomUUID().slice(0, 8)}`;
}

export function ids(events: readonly { id: string }[]): string[] {
  return events.map((event) => event.id);
}

/** Awaits whatever rejected/threw and returns it, failing when nothing did. */
export async function caught(operation: () => Promise<unknown>): Promise<Error> {
  try {
    await operation();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

type Entry =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  | { readonly kind: 'caughtUp'; readonly position: string | undefined }
  | { readonly kind: 'checkpoint'; readonly position: string };

/**
 * Subscription handlers that record what they receive; tests wait on its promises, never on time.
 * `onEach` runs inside `onEvent` (to append while the subscription is delivering, or to throw).
 */
export class Recorder implements SubscriptionHandlers {
  readonly log: Entry[] = [];
  readonly errors: Error[] = [];
  readonly #waiters: { test: () => boolean; resolve: () => void; reject: (error: Error) => void }[] = [];
  readonly #onEach: ((event: RecordedEvent) => void | Promise<void>) | undefined;

  constructor(onEach?: (event: RecordedEvent) => void | Promise<void>) {
    this.#onEach = onEach;
  }

  get events(): RecordedEvent[] {
    return this.log.flatMap((entry) => (entry.kind === 'event' ? [entry.event] : []));
  }

  get caughtUpCalls(): (string | undefined)[] {
    return this.log.flatMap((entry) => (entry.kind === 'caughtUp' ? [entry.position] : []));
  }

  onEvent = async (event: RecordedEvent): Promise<void> => {
    this.log.push({ kind: 'event', event });
    this.#settle();
    await this.#onEach?.(event);
  };

  onCaughtUp = (position: string | undefined): void => {
    this.log.push({ kind: 'caughtUp', position });
    this.#settle();
  };

  onCheckpoint = (position: string): void => {
    this.log.push({ kind: 'checkpoint', position });
    this.#settle();
  };

  onError = (error: Error): void => {
    this.errors.push(error);
    this.#settle();
  };

  /** Resolves once `test` holds; rejects if the subscription fails first. */
  until(test: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiters.push({ test, resolve, reject });
      this.#settle();
    });
  }

  caughtUp(): Promise<void> {
    return this.until(() => this.caughtUpCalls.length > 0);
  }

  received(id: string): Promise<void> {
    return this.until(() => this.events.some((event) => event.id === id));
  }

  failed(): Promise<void> {
    return this.until(() => this.errors.length > 0);
  }

  #settle(): void {
    for (const waiter of [...this.#waiters]) {
      if (waiter.test()) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve();
      } else if (this.errors.length > 0) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.reject(this.errors[0]!);
      }
    }
  }
}
