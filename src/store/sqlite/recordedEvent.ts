import type { EventMetadata, RecordedEvent } from '../../core/event.ts';
import { formatPosition } from './positions.ts';
import type { EventRow } from './statements.ts';

/** Turns a row into the event the port returns; the payloads are parsed here and only here. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    position: formatPosition(row.position),
  };
}
