import type { EventMetadata, LoggedEvent, RecordedEvent } from '../../core/event.ts';
import type { ReadAllOptions } from '../port.ts';
import { formatPosition, parsePosition } from './positions.ts';
import { toRecordedEvent } from './recordedEvent.ts';
import type { Statements } from './statements.ts';
import { validateCount } from '../validateAppend.ts';

/** Default page size of `readAll` (the port's). */
export const DEFAULT_READ_ALL_COUNT = 1000;

/** Events of all streams in global order, strictly after `options.after`. */
export function readAll(st: Statements, options: ReadAllOptions = {}): RecordedEvent[] {
  const after = options.after === undefined ? 0 : parsePosition(options.after, 'after');
  const maxCount = validateCount(options.maxCount, 'maxCount') ?? DEFAULT_READ_ALL_COUNT;
  // The events of one append carry the same metadata text: it is parsed once and shared, frozen.
  let text: string | undefined;
  let metadata: EventMetadata | undefined;
  return st.readAll.all(after, maxCount).map((row) => {
    if (row.metadata !== text) {
      text = row.metadata;
      metadata = Object.freeze(JSON.parse(text) as EventMetadata);
    }
    return toRecordedEvent(row, metadata);
  });
}

/**
 * `readAll`'s events for a replay of the whole log: rows read as arrays, the revision a number,
 * the position formatted from SQLite's integer, and the metadata text of an append parsed once.
 */
export function readLog(st: Statements, options: ReadAllOptions = {}): LoggedEvent[] {
  const after = options.after === undefined ? 0 : parsePosition(options.after, 'after');
  const maxCount = validateCount(options.maxCount, 'maxCount') ?? DEFAULT_READ_ALL_COUNT;
  const rows = st.readLog.all(after, maxCount);
  const out = new Array<LoggedEvent>(rows.length);
  let text: string | undefined;
  let metadata!: EventMetadata;
  for (let i = 0; i < rows.length; i++) {
    const [position, streamName, revision, id, type, data, metadataText] = rows[i]!;
    if (metadataText !== text) {
      text = metadataText;
      metadata = Object.freeze(JSON.parse(text) as EventMetadata);
    }
    out[i] = {
      id,
      type,
      data: JSON.parse(data) as unknown,
      metadata,
      streamName,
      revision,
      position: formatPosition(position),
    };
  }
  return out;
}
