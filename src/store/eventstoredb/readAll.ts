import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Position,
  type StreamingRead,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../../core/event.ts';
import type { ReadAllOptions } from '../port.ts';
import { validateCount } from '../validateAppend.ts';
import { NoAnswer } from './budget.ts';
import { compare, formatPosition, parsePosition } from './positions.ts';
import { isSystemStream, toRecordedEvent } from './recordedEvent.ts';

/** Default page size of `readAll` (the port's). */
export const DEFAULT_READ_ALL_COUNT = 1000;

/**
 * Events of all streams in global order, strictly after `options.after`, system events left out.
 * EventStoreDB reads `$all` forwards *from* a position (inclusive), so each page asks for one more
 * event than needed and drops the one at the position it started from; pages repeat until
 * `maxCount` user events are found or the log ends.
 */
export async function readAll(
  client: EventStoreDBClient,
  pageSize: number,
  options: ReadAllOptions = {},
  signal?: AbortSignal,
): Promise<RecordedEvent[]> {
  let from = options.after === undefined ? undefined : parsePosition(options.after, 'after');
  const maxCount = validateCount(options.maxCount, 'maxCount') ?? DEFAULT_READ_ALL_COUNT;
  const events: RecordedEvent[] = [];
  while (events.length < maxCount) {
    const wanted = Math.min(pageSize, maxCount - events.length) + (from ? 1 : 0);
    let read = 0;
    const page = client.readAll({
      fromPosition: from ?? START,
      direction: FORWARDS,
      maxCount: wanted,
      requiresLeader: true,
    });
    await consume(page, signal, (resolved) => {
      read += 1;
      const event = resolved.event;
      if (!event?.position || (from && compare(event.position, from) <= 0)) return true;
      from = event.position;
      if (isSystemStream(event.streamId)) return true;
      events.push(toRecordedEvent(resolved));
      return events.length < maxCount;
    });
    if (read < wanted) break;
  }
  return events;
}

/**
 * Feeds a read to `take` until it returns false. Stopping early cancels the gRPC call: leaving the
 * loop alone would only destroy the client's wrapper and leave the call open, and the client's
 * `dispose()` would then wait for it for ever. The client gives `$all` reads no deadline: when
 * `signal` aborts the read is cancelled and fails.
 */
async function consume(
  read: StreamingRead<AllStreamResolvedEvent>,
  signal: AbortSignal | undefined,
  take: (event: AllStreamResolvedEvent) => boolean,
): Promise<void> {
  let stopped = false;
  const cancel = () => void read.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for await (const resolved of read) {
      if (!take(resolved)) {
        stopped = true;
        break;
      }
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    if (stopped) await read.cancel();
  }
  // A cancelled read may end quietly, part-way: never take that for the end of the log.
  if (signal?.aborted) throw new NoAnswer();
}

/** The position of the last user event in `$all`, reading backwards past system events. */
export async function headPosition(
  client: EventStoreDBClient,
  pageSize: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  let from: Position | typeof END = END;
  for (;;) {
    let read = 0;
    let head: string | undefined;
    const page = client.readAll({ fromPosition: from, direction: BACKWARDS, maxCount: pageSize, requiresLeader: true });
    await consume(page, signal, (resolved) => {
      read += 1;
      const event = resolved.event;
      if (!event?.position) return true;
      if (!isSystemStream(event.streamId)) {
        head = formatPosition(event.position);
        return false;
      }
      from = event.position;
      return true;
    });
    if (head !== undefined || read < pageSize) return head;
  }
}
