import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../../core/event.ts';
import { formatPosition, isMissingPosition } from './positions.ts';

/**
 * EventStoreDB's own events live in streams whose names start with `$` (`$settings`, `$stats-…`,
 * `$$metadata`, projection streams…). Chronicle never writes there, and leaves them out of
 * `readAll`, `headPosition` and unfiltered subscriptions.
 */
export function isSystemStream(streamName: string): boolean {
  return streamName.startsWith('$');
}

/** Turns the client's event into the event the port returns. Chronicle writes JSON only. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB sent a link whose event is missing (Chronicle never resolves links)');
  if (isMissingPosition(event.position)) {
    throw new Error(
      `EventStoreDB sent event ${event.id} of ${event.streamId} without its $all position; Chronicle needs EventStoreDB 22.10 or later (KurrentDB 25 recommended)`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    data: event.data as unknown,
    metadata: event.metadata as unknown as EventMetadata,
    streamName: event.streamId,
    revision: event.revision,
    position: formatPosition(event.position!),
  };
}
