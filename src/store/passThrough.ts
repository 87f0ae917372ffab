import type { EventStore } from './port.ts';

/** Every method of `store`, each calling straight through: the base of a wrapper that changes a few. */
export function passThrough(store: EventStore): EventStore {
  return {
    append: (stream, events, options) => store.append(stream, events, options),
    appendBatch: (requests, options) => store.appendBatch(requests, options),
    existingStreams: (streams, options) => store.existingStreams(streams, options),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => store.readAll(options),
    subscribe: (options, handlers) => store.subscribe(options, handlers),
    comparePositions: (a, b) => store.comparePositions(a, b),
    headPosition: (options) => store.headPosition(options),
    close: () => store.close(),
  };
}
