import { evolveActor, initialActorState } from '../src/actors/decider.ts';
import type { ActorEvent } from '../src/actors/events.ts';
import { evolveSource, initialSourceState } from '../src/sources/decider.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import { evolveTopic, initialTopicState } from '../src/topics/decider.ts';
import type { TopicEvent } from '../src/topics/events.ts';
import { projectDocument, type ActorDoc, type EventPlace, type SourceDoc, type TopicDoc } from './documents.ts';

/** Actor registry read model (names, aliases, merges). */
export function projectActor(doc: ActorDoc | null, event: ActorEvent, place: EventPlace): ActorDoc {
  return projectDocument(doc, event, place, evolveActor, initialActorState);
}

/** Topic registry read model. */
export function projectTopic(doc: TopicDoc | null, event: TopicEvent, place: EventPlace): TopicDoc {
  return projectDocument(doc, event, place, evolveTopic, initialTopicState);
}

/** Source registry read model. */
export function projectSource(doc: SourceDoc | null, event: SourceEvent, place: EventPlace): SourceDoc {
  return projectDocument(doc, event, place, evolveSource, initialSourceState);
}
