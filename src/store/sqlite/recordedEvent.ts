import type { EventMetadata, RecordedEvent } from '../../core/event.ts';
import { formatPosition } from './positions.ts';
import type { CommittedRow } from './append.ts';
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

/**
 * A parser of metadata texts for rows read in order: the events of one append carry the same
 * metadata text, so a text equal to the one before gives the same parsed, frozen object.
 */
function sharedMetadata(): (text: string) => EventMetadata {
  let last: string | undefined;
  let metadata: EventMetadata | undefined;
  return (text) => {
    if (text !== last || metadata === undefined) {
      last = text;
      metadata = Object.freeze(JSON.parse(text) as EventMetadata);
    }
    return metadata;
  };
}

/** Rows in log order as events; the events of one append share their metadata, parsed once and frozen. */
export function toRecordedEvents(rows: readonly EventRow[]): RecordedEvent[] {
  const metadataOf = sharedMetadata();
  return rows.map((row) => toRecordedEvent(row, metadataOf(row.metadata)));
}

/**
 * A commit's rows as events, as `toRecordedEvents` makes them, except that a payload the caller
 * gave with its JSON is handed on as given (`CommittedRow.payload`: what that JSON parses back to)
 * instead of being parsed from the row.
 */
export function committedEvents(rows: readonly CommittedRow[]): RecordedEvent[] {
  const metadataOf = sharedMetadata();
  return rows.map((row) => ({
    id: row.event_id,
    type: row.type,
    data: row.payload === undefined ? (JSON.parse(row.data) as unknown) : row.payload,
    metadata: metadataOf(row.metadata),
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    position: formatPosition(row.position),
  }));
}
