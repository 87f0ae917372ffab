import type { EventStore } from './port.ts';

/**
 * `store`, with every append preceded by `check` (given the append's signal), which throws to
 * refuse it: the composition root stops writes while the log is not the one the read models were
 * built from. Everything else goes straight through.
 */
export function guardWrites(store: EventStore, check: (signal?: AbortSignal) => Promise<void>): EventStore {
  return {
    async append(stream, events, options) {
      await check(options?.signal);
      return store.append(stream, events, options);
    },
    async appendBatch(requests, options) {
      await check();
      return store.appendBatch(requests, options);
    },
    existingStreams: (streams, options) => store.existingStreams(streams, options),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => store.readAll(options),
    subscribe: (options, handlers) => store.subscribe(options, handlers),
    comparePositions: (a, b) => store.comparePositions(a, b),
    headPosition: (options) => store.headPosition(options),
    close: () => store.close(),
  };
}
