import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ConcurrencyError } from '../core/errors.ts';
import type { WriteDeps } from './execute.ts';

/**
 * The stream that holds the store's identity: one `StoreIdentified` event. It is not one of the
 * aggregates' categories, so the projections pass it over; it is part of the log, so every process
 * on the store (and a backup restored from it) reads the same id.
 */
export const STORE_IDENTITY_STREAM = 'chronicle-store';

const StoreIdentified = z.object({ storeId: z.uuid() });

/**
 * The store's id: a random UUID made the first time it is asked for and kept in the log. Two
 * stores never share one — not even one filled by importing another's dossier — so it makes ids
 * that must be unique across stores, such as iCalendar UIDs (`factId@storeId`). Two processes
 * asking at once both end up with the one that was appended first.
 */
export async function storeIdOf(deps: WriteDeps): Promise<string> {
  const read = async () => {
    const [first] = await deps.store.readStream(STORE_IDENTITY_STREAM, { maxCount: 1 });
    return first ? StoreIdentified.parse(first.data).storeId : undefined;
  };
  const known = await read();
  if (known) return known;
  try {
    await deps.store.append(
      STORE_IDENTITY_STREAM,
      [
        {
          id: deps.newId(),
          type: 'StoreIdentified',
          data: StoreIdentified.parse({ storeId: randomUUID() }),
          metadata: { recordedBy: 'chronicle', recordedAt: deps.clock().toISOString(), schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
  }
  const id = await read();
  if (!id) throw new Error(`the ${STORE_IDENTITY_STREAM} stream holds no store id`);
  return id;
}
