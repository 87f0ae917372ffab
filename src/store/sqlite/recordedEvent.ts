import type { EventMetadata, RecordedEvent } from '../../core/event.ts';
import { formatPosition } from './positions.ts';
import type { EventRow } from './statements.ts';

/**
 * Turns a row into the event the port returns; the payloads are parsed here and only here (the
 * metadata by the caller where it has parsed the same text already).
 */
export function toRecordedEvent(row: EventRow, metadata?: EventMetadata): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: metadata ?? (JSON.parse(row.metadata) as EventMetadata),
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    position: formatPosition(row.position),
  };
}
