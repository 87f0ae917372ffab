import { IllegalStateError } from '../core/errors.ts';
import type { RecordedEvent } from '../core/event.ts';
import type { AppendRequest, EventStore, ReadAllOptions } from './port.ts';

/** Where events are copied from: a store, or a store file opened read-only. */
export interface LogSource {
  readAll(options?: ReadAllOptions): RecordedEvent[] | Promise<RecordedEvent[]>;
}

export interface CopyReport {
  /** Events the target already held as the start of the source's log (an interrupted copy). */
  readonly kept: number;
  readonly copied: number;
}

const PAGE = 1000;

/**
 * Copies every event of `source` into `target` in log order, keeping ids, types, payloads and
 * metadata (who recorded it, when, why) as they are, so the target's projections — including
 * time travel — come out the same. Each stream's revisions are checked as they are written.
 *
 * The target must be empty, or hold exactly the start of the source's log (a copy that stopped
 * part-way, which this then completes); anything else is refused before a single write.
 */
export async function copyLog(
  source: LogSource,
  target: EventStore,
  onProgress: (copied: number) => void = () => {},
): Promise<CopyReport> {
  const kept = await matchingPrefix(source, target);
  let after = kept.position;
  let copied = 0;
  for (;;) {
    const page = await source.readAll({ ...(after ? { after } : {}), maxCount: PAGE });
    if (page.length === 0) break;
    const outcomes = await target.appendBatch(requestsOf(page));
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok)
      throw new IllegalStateError(
        `copying the log stopped after ${kept.count + copied} events: ${failed.error.message}`,
      );
    copied += page.length;
    after = page.at(-1)!.position;
    onProgress(kept.count + copied);
  }
  return { kept: kept.count, copied };
}

/** Consecutive events of one stream become one request, expecting the revision before them. */
function requestsOf(page: readonly RecordedEvent[]): AppendRequest[] {
  const requests: { stream: string; events: RecordedEvent[]; expectedRevision: AppendRequest['expectedRevision'] }[] =
    [];
  for (const event of page) {
    const last = requests.at(-1);
    if (last && last.stream === event.streamName) {
      last.events.push(event);
    } else {
      requests.push({
        stream: event.streamName,
        events: [event],
        expectedRevision: event.revision === 0n ? 'no_stream' : event.revision - 1n,
      });
    }
  }
  return requests.map((r) => ({
    stream: r.stream,
    expectedRevision: r.expectedRevision,
    events: r.events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
  }));
}

/** How much of `source`'s log `target` already holds, event for event; throws if it holds anything else. */
async function matchingPrefix(
  source: LogSource,
  target: EventStore,
): Promise<{ count: number; position: string | undefined }> {
  let count = 0;
  let targetAfter: string | undefined;
  let sourceAfter: string | undefined;
  for (;;) {
    const ours = await target.readAll({ ...(targetAfter ? { after: targetAfter } : {}), maxCount: PAGE });
    if (ours.length === 0) return { count, position: sourceAfter };
    const theirs = await source.readAll({ ...(sourceAfter ? { after: sourceAfter } : {}), maxCount: ours.length });
    ours.forEach((event, i) => {
      const expected = theirs[i];
      if (
        !expected ||
        expected.id !== event.id ||
        expected.streamName !== event.streamName ||
        expected.revision !== event.revision
      ) {
        throw new IllegalStateError(
          `the target store is not empty and is not an interrupted copy of this log: its event #${count + i + 1} ` +
            `(${event.streamName}@${event.revision}) ${expected ? `differs from the source's (${expected.streamName}@${expected.revision})` : 'is not in the source'}; restore into an empty store`,
        );
      }
    });
    count += ours.length;
    targetAfter = ours.at(-1)!.position;
    sourceAfter = theirs.at(-1)!.position;
  }
}
