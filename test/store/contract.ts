import type { EventStore } from '../../src/store/port.ts';
import { appendBatchSpecs } from './contract/appendBatch.ts';
import { appendSpecs } from './contract/append.ts';
import { idempotencySpecs } from './contract/idempotency.ts';
import { readSpecs } from './contract/read.ts';
import { subscribeSpecs } from './contract/subscribe.ts';

export type OpenedStore = { store: EventStore; cleanup(): Promise<void> };

/**
 * The event store contract: every adapter must pass it. It uses only the port, and every spec
 * writes to streams of its own, so it also runs against a shared server.
 *
 * @param open called before each spec; `cleanup` after it.
 */
export function eventStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`EventStore contract (${name})`, () => {
    let opened: OpenedStore | undefined;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(async () => {
      await opened?.cleanup();
      opened = undefined;
    });
    const store = (): EventStore => {
      if (!opened) throw new Error('the store is not open');
      return opened.store;
    };
    appendSpecs(store);
    idempotencySpecs(store);
    readSpecs(store);
    subscribeSpecs(store);
    appendBatchSpecs(store);
  });
}
