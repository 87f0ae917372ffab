import type { FactEvent } from '../src/facts/events.ts';
import { stampDocument, type EventPlace, type FactDoc } from './documents.ts';

/**
 * The fact read model: the fact as it is now. Pure: `(document | null, event) → document | null`.
 * `FactRecorded` starts a document (or starts it again); any other event changes a copy of the
 * document — and leaves a fact whose recording the log does not hold absent.
 */
export function projectFact(doc: FactDoc | null, event: FactEvent, place: EventPlace): FactDoc | null {
  if (event.type === 'FactRecorded') {
    const { factId, summary, notes, when, place: where } = event.data;
    return stampDocument(
      {
        factId,
        summary,
        notes,
        when,
        place: where,
        actors: {},
        topics: [],
        citations: {},
        relations: {},
        retracted: false,
      },
      doc,
      place,
    );
  }
  return doc && stampDocument(changedFact(doc, event), doc, place);
}

/** A copy of `doc` with the event's change: untouched fields keep the very same values. */
function changedFact(doc: FactDoc, event: Exclude<FactEvent, { type: 'FactRecorded' }>): FactDoc {
  switch (event.type) {
    case 'FactDateRevised':
      return { ...doc, when: event.data.when };
    case 'FactSummaryEdited':
      return { ...doc, summary: event.data.summary, notes: event.data.notes };
    case 'FactPlaceChanged':
      return { ...doc, place: event.data.place };
    case 'ActorLinked':
      return { ...doc, actors: { ...doc.actors, [event.data.actorId]: event.data.role } };
    case 'ActorUnlinked':
      return { ...doc, actors: without(doc.actors, event.data.actorId) };
    case 'TopicTagged':
      return { ...doc, topics: [...doc.topics, event.data.topicId] };
    case 'TopicUntagged':
      return { ...doc, topics: doc.topics.filter((t) => t !== event.data.topicId) };
    case 'SourceCited': {
      const { factId: _fact, ...citation } = event.data;
      return { ...doc, citations: { ...doc.citations, [citation.citationId]: citation } };
    }
    case 'CitationWithdrawn':
      return { ...doc, citations: without(doc.citations, event.data.citationId) };
    case 'RelationAsserted': {
      const { factId: _fact, ...relation } = event.data;
      return { ...doc, relations: { ...doc.relations, [relationKeyOf(relation)]: relation } };
    }
    case 'RelationWithdrawn':
      return { ...doc, relations: without(doc.relations, relationKeyOf(event.data)) };
    case 'FactRetracted':
      return { ...doc, retracted: true };
    case 'FactReinstated':
      return { ...doc, retracted: false };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled fact event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** The key of a relation in a fact document: one relation of a kind per target. */
export const relationKeyOf = (r: { kind: string; target: string }): string => `${r.kind}:${r.target}`;

export function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}
