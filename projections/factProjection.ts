import type { FactEvent } from '../src/facts/events.ts';
import { evolveFact, initialFactState, type FactState } from '../src/facts/state.ts';
import { projectDocument, type EventPlace, type FactDoc } from './documents.ts';

/**
 * Fact read model: the fact's current state. Pure: `(document | null, event) → document`.
 *
 * The common case — an event on an existing fact — evolves the document itself: `evolveFact`
 * returns a fresh object with the document's keys in their order (it never reads `exists`), whose
 * book-keeping is then updated in place. That is what `projectDocument` computes, without its
 * copies; a new document (or a `FactRecorded` again) goes through `projectDocument`.
 */
export function projectFact(doc: FactDoc | null, event: FactEvent, place: EventPlace): FactDoc {
  if (doc === null || event.type === 'FactRecorded')
    return projectDocument(doc, event, place, evolveFact, initialFactState);
  const next = evolveFact(doc as unknown as FactState, event) as unknown as {
    -readonly [K in keyof FactDoc]: FactDoc[K];
  };
  next.revision = place.revision;
  next.lastPosition = place.position;
  next.updatedAt = place.recordedAt;
  next.updatedBy = place.recordedBy;
  return next;
}
