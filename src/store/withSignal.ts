import { UnavailableError } from '../core/errors.ts';
import type { NewEvent } from '../core/event.ts';
import type {
  AppendOptions,
  AppendRequest,
  BatchOptions,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  SubscriptionHandlers,
} from './port.ts';

/**
 * `store`, with `signal` (a request's deadline) given to every read and append: each gives up when
 * it aborts, and none starts after it has (a store that cannot cut a call short, such as SQLite,
 * still never starts one late).
 */
export function withSignal(store: EventStore, signal: AbortSignal): EventStore {
  return new SignalledStore(store, signal);
}

/** One per request: its methods are the class's, so binding a store to a deadline makes one small object. */
class SignalledStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly signal: AbortSignal,
  ) {}

  async append(stream: string, events: readonly NewEvent[], options?: AppendOptions) {
    if (this.signal.aborted) throw late(`the append to ${stream}: nothing was written`, 'not-recorded');
    return this.store.append(stream, events, { ...options, signal: this.signal });
  }

  appendBatch(requests: readonly AppendRequest[], options?: BatchOptions) {
    return this.store.appendBatch(requests, options);
  }

  async existingStreams(streams: readonly string[]) {
    if (this.signal.aborted) throw late(`looking up ${streams.length} streams`);
    return this.store.existingStreams(streams, { signal: this.signal });
  }

  async readStream(stream: string, options?: ReadStreamOptions) {
    if (this.signal.aborted) throw late(`reading ${stream}`);
    return this.store.readStream(stream, { ...options, signal: this.signal });
  }

  async readAll(options?: ReadAllOptions) {
    if (this.signal.aborted) throw late('reading the log');
    return this.store.readAll({ ...options, signal: this.signal });
  }

  async headPosition() {
    if (this.signal.aborted) throw late('reading the head of the log');
    return this.store.headPosition({ signal: this.signal });
  }

  subscribe(options: SubscribeOptions, handlers: SubscriptionHandlers) {
    return this.store.subscribe(options, handlers);
  }

  comparePositions(a: string, b: string) {
    return this.store.comparePositions(a, b);
  }

  close() {
    return this.store.close();
  }
}

function late(what: string, outcome?: 'not-recorded'): UnavailableError {
  return new UnavailableError(`the request's deadline passed before ${what}; it is safe to retry`, outcome);
}
