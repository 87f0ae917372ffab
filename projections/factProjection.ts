import type { FactEvent } from '../src/facts/events.ts';
import { evolveFact, initialFactState } from '../src/facts/state.ts';
import { projectDocument, type EventPlace, type FactDoc } from './documents.ts';

/** Fact read model: the fact's current state. Pure: `(document | null, event) → document`. */
export function projectFact(doc: FactDoc | null, event: FactEvent, place: EventPlace): FactDoc {
  return projectDocument(doc, event, place, evolveFact, initialFactState);
}
