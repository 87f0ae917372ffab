import { passThrough } from './passThrough.ts';
import type { EventStore } from './port.ts';

/**
 * `store`, with every append preceded by `check` (given the append's signal), which throws to
 * refuse it: the composition root stops writes while the log is not the one the read models were
 * built from. Everything else goes straight through.
 */
export function guardWrites(store: EventStore, check: (signal?: AbortSignal) => Promise<void>): EventStore {
  return {
    ...passThrough(store),
    async append(stream, events, options) {
      await check(options?.signal);
      return store.append(stream, events, options);
    },
    async appendBatch(requests, options) {
      await check();
      return store.appendBatch(requests, options);
    },
  };
}
