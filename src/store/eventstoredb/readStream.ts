import { FORWARDS, StreamNotFoundError, type EventStoreDBClient } from '@eventstore/db-client';
import { ValidationError } from '../../core/errors.ts';
import type { RecordedEvent } from '../../core/event.ts';
import type { ReadStreamOptions } from '../port.ts';
import { validateCount } from '../validateAppend.ts';
import { NoAnswer } from './budget.ts';
import { toRecordedEvent } from './recordedEvent.ts';

/**
 * The events of one stream in revision order; `[]` when it does not exist. Reads go to the leader
 * (`requiresLeader`), so a write is visible to the next read even during replication lag. The
 * client gives stream reads no deadline: when `signal` aborts the read is cancelled and fails.
 */
export async function readStream(
  client: EventStoreDBClient,
  stream: string,
  options: ReadStreamOptions = {},
  signal?: AbortSignal,
): Promise<RecordedEvent[]> {
  if (typeof stream !== 'string' || stream.length === 0)
    throw ValidationError.at('stream', 'expected a non-empty stream name');
  const fromRevision = options.fromRevision ?? 0n;
  if (typeof fromRevision !== 'bigint' || fromRevision < 0n)
    throw ValidationError.at('fromRevision', 'expected a bigint >= 0n');
  const maxCount = validateCount(options.maxCount, 'maxCount');
  if (maxCount === 0) return [];
  const events: RecordedEvent[] = [];
  const read = client.readStream(stream, {
    fromRevision,
    direction: FORWARDS,
    requiresLeader: true,
    ...(maxCount === undefined ? {} : { maxCount }),
  });
  const cancel = () => void read.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for await (const resolved of read) events.push(toRecordedEvent(resolved));
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  // A cancelled read may end quietly, with part of the stream: never take that for the stream.
  if (signal?.aborted) throw new NoAnswer();
  return events;
}
