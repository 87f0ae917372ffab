import type { ActorEvent } from '../src/actors/events.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import type { TopicEvent } from '../src/topics/events.ts';
import { stampDocument, type ActorDoc, type EventPlace, type SourceDoc, type TopicDoc } from './documents.ts';

/**
 * The registries' read models: one document per actor, topic and source. Pure:
 * `(document | null, event) → document | null`. The first event of a stream starts the document
 * with a copy of its payload (or starts it again); any other event changes a copy of it, and
 * leaves an id whose first event the log does not hold absent.
 */

/** Actor registry read model (names, aliases, merges). */
export function projectActor(doc: ActorDoc | null, event: ActorEvent, place: EventPlace): ActorDoc | null {
  if (event.type === 'ActorRegistered')
    return stampDocument({ ...event.data, aliases: [...event.data.aliases], mergedInto: null }, doc, place);
  return doc && stampDocument(changedActor(doc, event), doc, place);
}

function changedActor(doc: ActorDoc, event: Exclude<ActorEvent, { type: 'ActorRegistered' }>): ActorDoc {
  switch (event.type) {
    case 'ActorRenamed':
      return { ...doc, name: event.data.name };
    case 'ActorAliasAdded':
      return { ...doc, aliases: [...doc.aliases, event.data.alias] };
    case 'ActorMerged':
      return { ...doc, mergedInto: event.data.into };
    case 'ActorDescribed':
      return { ...doc, kind: event.data.kind, notes: event.data.notes };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled actor event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** Topic registry read model. */
export function projectTopic(doc: TopicDoc | null, event: TopicEvent, place: EventPlace): TopicDoc | null {
  if (event.type === 'TopicDefined') return stampDocument({ ...event.data }, doc, place);
  return doc && stampDocument(changedTopic(doc, event), doc, place);
}

function changedTopic(doc: TopicDoc, event: Exclude<TopicEvent, { type: 'TopicDefined' }>): TopicDoc {
  switch (event.type) {
    case 'TopicRenamed':
      return { ...doc, label: event.data.label };
    case 'TopicDescribed':
      return { ...doc, parent: event.data.parent, notes: event.data.notes };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled topic event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** Source registry read model. */
export function projectSource(doc: SourceDoc | null, event: SourceEvent, place: EventPlace): SourceDoc | null {
  if (event.type === 'SourceRegistered') return stampDocument({ ...event.data }, doc, place);
  return doc && stampDocument(changedSource(doc, event), doc, place);
}

function changedSource(doc: SourceDoc, event: Exclude<SourceEvent, { type: 'SourceRegistered' }>): SourceDoc {
  switch (event.type) {
    case 'SourceReliabilityRated':
      return { ...doc, reliability: event.data.reliability };
    case 'SourceDetailsEdited':
      return { ...doc, ...event.data };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled source event ${(unreachable as { type: string }).type}`);
    }
  }
}
