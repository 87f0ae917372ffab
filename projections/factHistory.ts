import type { DecodedEvent } from '../src/events/catalog.ts';

/** One line of a fact's history read model: the event, who recorded it, when and why. */
export interface HistoryEntry {
  readonly seq: number;
  readonly position: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly reason: string | null;
  readonly correlationId: string | null;
}

/** Fact history read model: pure, one entry per event of the fact's stream. */
export function historyEntryOf(event: DecodedEvent, seq: number): HistoryEntry {
  return {
    seq,
    position: event.position,
    revision: Number(event.revision),
    eventId: event.id,
    type: event.event.type,
    data: event.event.data,
    recordedBy: event.metadata.recordedBy,
    recordedAt: event.metadata.recordedAt,
    reason: event.metadata.reason ?? null,
    correlationId: event.metadata.correlationId ?? null,
  };
}
