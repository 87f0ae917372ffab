import type { CitationData, FactEvent, RelationData } from './events.ts';

export interface Citation extends CitationData {
  readonly citationId: string;
}

/** The state a fact's decider works on, folded from its stream. */
export interface FactState {
  readonly exists: boolean;
  readonly factId: string;
  readonly summary: string;
  readonly notes: string | null;
  readonly when: string;
  readonly place: string | null;
  /** actor id → role */
  readonly actors: Readonly<Record<string, string | null>>;
  readonly topics: readonly string[];
  readonly citations: Readonly<Record<string, Citation>>;
  /** `${kind}:${target}` → relation */
  readonly relations: Readonly<Record<string, RelationData>>;
  readonly retracted: boolean;
}

export const initialFactState = (): FactState => ({
  exists: false,
  factId: '',
  summary: '',
  notes: null,
  when: '',
  place: null,
  actors: {},
  topics: [],
  citations: {},
  relations: {},
  retracted: false,
});

export const relationKey = (r: { kind: string; target: string }): string => `${r.kind}:${r.target}`;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

export function evolveFact(state: FactState, event: FactEvent): FactState {
  switch (event.type) {
    case 'FactRecorded': {
      const { factId, summary, when, place, notes } = event.data;
      return { ...initialFactState(), exists: true, factId, summary, when, place, notes };
    }
    case 'FactDateRevised':
      return { ...state, when: event.data.when };
    case 'FactSummaryEdited':
      return { ...state, summary: event.data.summary, notes: event.data.notes };
    case 'FactPlaceChanged':
      return { ...state, place: event.data.place };
    case 'ActorLinked':
      return { ...state, actors: { ...state.actors, [event.data.actorId]: event.data.role } };
    case 'ActorUnlinked':
      return { ...state, actors: without(state.actors, event.data.actorId) };
    case 'TopicTagged':
      return { ...state, topics: [...state.topics, event.data.topicId] };
    case 'TopicUntagged':
      return { ...state, topics: state.topics.filter((t) => t !== event.data.topicId) };
    case 'SourceCited': {
      const { factId: _f, ...citation } = event.data;
      return { ...state, citations: { ...state.citations, [citation.citationId]: citation } };
    }
    case 'CitationWithdrawn':
      return { ...state, citations: without(state.citations, event.data.citationId) };
    case 'RelationAsserted': {
      const { factId: _f, ...relation } = event.data;
      return { ...state, relations: { ...state.relations, [relationKey(relation)]: relation } };
    }
    case 'RelationWithdrawn':
      return { ...state, relations: without(state.relations, relationKey(event.data)) };
    case 'FactRetracted':
      return { ...state, retracted: true };
    case 'FactReinstated':
      return { ...state, retracted: false };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled fact event ${(unreachable as { type: string }).type}`);
    }
  }
}
