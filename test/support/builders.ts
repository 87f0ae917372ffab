import type { FactInput } from '../../src/facts/commands.ts';
import type { FactEvent } from '../../src/facts/events.ts';
import { decodeEvent, encodeEvent, type ChronicleEvent } from '../../src/events/catalog.ts';

/** A fact input with fixed content; override what a spec is about. */
export function aFact(overrides: Partial<FactInput> = {}): FactInput {
  return {
    factId: 'alert',
    summary: 'An intelligence report warns Sedena about Nuctech',
    when: '2022-04-22',
    place: null,
    notes: null,
    actors: [],
    topics: [],
    citations: [],
    relations: [],
    ...overrides,
  };
}

export function recorded(overrides: Partial<FactInput> = {}): FactEvent {
  const f = aFact(overrides);
  return {
    type: 'FactRecorded',
    data: { factId: f.factId, summary: f.summary, when: f.when, place: f.place, notes: f.notes },
  };
}

/**
 * An event as the runner hands it to the projections: encoded for the store and decoded again, so
 * its payload has the keys the event schemas give, in their order.
 */
export function readBack<E extends ChronicleEvent>(event: E): E {
  const encoded = encodeEvent(event, '00000000-0000-4000-8000-000000000001', { recordedBy: 'ana' }, new Date(0));
  return decodeEvent({ ...encoded, streamName: 'test-stream', revision: 0n, position: '1' }).event as E;
}
