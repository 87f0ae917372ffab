import type { EventMetadata, RecordedEvent } from '../../core/event.ts';
import type { ReadAllOptions } from '../port.ts';
import { parsePosition } from './positions.ts';
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
