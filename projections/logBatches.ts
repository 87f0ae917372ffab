import type { RecordedEvent } from '../src/core/event.ts';
import type { EventStore } from '../src/store/port.ts';

/** Events read at a time past a full batch, to find the end of the append it stops in. */
const APPEND_TAIL_PAGE = 64;

/**
 * The next `batchSize` events of the log after `after`, extended to the end of the append its last
 * event belongs to. `applyEvents` makes the events of one append one fact version; a batch that
 * ended inside an append would commit a version (and timeline and relation rows starting at it)
 * that a rebuild, batched from another start, does not have — and that a time-travel read would
 * show: half of an append. Events are of one append when they are adjacent, of one stream and
 * recorded at the same instant, as `applyEvents` groups them.
 */
export async function nextBatch(
  store: EventStore,
  after: string | undefined,
  batchSize: number,
): Promise<RecordedEvent[]> {
  const events = await store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: batchSize });
  if (events.length < batchSize) return events;
  const sameAppend = (a: RecordedEvent, b: RecordedEvent) =>
    a.streamName === b.streamName && a.metadata.recordedAt === b.metadata.recordedAt;
  for (;;) {
    const last = events.at(-1)!;
    const next = await store.readAll({ after: last.position, maxCount: APPEND_TAIL_PAGE });
    const end = next.findIndex((event) => !sameAppend(last, event));
    events.push(...(end === -1 ? next : next.slice(0, end)));
    if (end !== -1 || next.length < APPEND_TAIL_PAGE) return events;
  }
}

/**
 * The head of the log and the events after `position` (all of the log when undefined), at most
 * `max`: none when the head is not past `position`.
 */
export async function logAfter(
  store: EventStore,
  position: string | undefined,
  max: number,
  signal?: AbortSignal,
): Promise<{ head: string | undefined; events: RecordedEvent[] }> {
  const call = signal ? { signal } : {};
  const head = await store.headPosition(call);
  if (head === undefined || (position !== undefined && store.comparePositions(head, position) <= 0))
    return { head, events: [] };
  const events = await store.readAll({
    ...(position !== undefined ? { after: position } : {}),
    maxCount: max,
    ...call,
  });
  return { head, events };
}

/** How many events the log holds after `position` (all of it when undefined), counted up to `max`. */
export async function eventsAfter(
  store: EventStore,
  position: string | undefined,
  max: number,
  signal?: AbortSignal,
): Promise<number> {
  return (await logAfter(store, position, max, signal)).events.length;
}
