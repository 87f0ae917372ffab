import { UnavailableError } from '../core/errors.ts';
import type { EventStore } from './port.ts';

/**
 * `store`, with `signal` (a request's deadline) given to every read and append: each gives up when
 * it aborts, and none starts after it has (a store that cannot cut a call short, such as SQLite,
 * still never starts one late).
 */
export function withSignal(store: EventStore, signal: AbortSignal): EventStore {
  const late = (what: string, outcome?: 'not-recorded') =>
    new UnavailableError(`the request's deadline passed before ${what}; it is safe to retry`, outcome);
  return {
    async append(stream, events, options) {
      if (signal.aborted) throw late(`the append to ${stream}: nothing was written`, 'not-recorded');
      return store.append(stream, events, { ...options, signal });
    },
    appendBatch: (requests) => store.appendBatch(requests),
    async readStream(stream, options) {
      if (signal.aborted) throw late(`reading ${stream}`);
      return store.readStream(stream, { ...options, signal });
    },
    async readAll(options) {
      if (signal.aborted) throw late('reading the log');
      return store.readAll({ ...options, signal });
    },
    async headPosition() {
      if (signal.aborted) throw late('reading the head of the log');
      return store.headPosition({ signal });
    },
    subscribe: (options, handlers) => store.subscribe(options, handlers),
    comparePositions: (a, b) => store.comparePositions(a, b),
    close: () => store.close(),
  };
}
