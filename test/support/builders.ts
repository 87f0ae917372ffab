import type { FactInput } from '../../src/facts/commands.ts';
import type { FactEvent } from '../../src/facts/events.ts';

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
