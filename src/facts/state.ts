import { AlreadyExistsError, IllegalStateError, NotFoundError } from '../core/errors.ts';
import type { CitationData, FactEvent, RelationData } from './events.ts';

interface Citation extends CitationData {
  readonly citationId: string;
}

/** What a recorded fact says, retracted or not. */
interface FactContent {
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
}

/** No fact of this id has been recorded. */
export interface AbsentFact {
  readonly status: 'absent';
}

/** A recorded fact that stands: every edit is legal on it. */
export interface ActiveFact extends FactContent {
  readonly status: 'active';
}

/** A retracted fact: it keeps what it says, and only reinstatement is legal on it. */
export interface RetractedFact extends FactContent {
  readonly status: 'retracted';
}

/**
 * The state a fact's decider works on, folded from its stream. Each command's decision takes the
 * variant it is legal on, so an edit of a retracted or absent fact does not type-check.
 */
export type FactState = AbsentFact | ActiveFact | RetractedFact;
export type RecordedFact = ActiveFact | RetractedFact;

export const initialFactState = (): FactState => ({ status: 'absent' });

/** The state as the variant a command needs, or the error that says why the command is refused. */
export function absentFact(state: FactState, factId: string): AbsentFact {
  if (state.status !== 'absent') throw new AlreadyExistsError(`fact ${factId} already exists`);
  return state;
}

function recordedFact(state: FactState, factId: string): RecordedFact {
  if (state.status === 'absent') throw new NotFoundError(`fact ${factId} does not exist`);
  return state;
}

export function activeFact(state: FactState, factId: string, verb: string): ActiveFact {
  const fact = recordedFact(state, factId);
  if (fact.status === 'retracted')
    throw new IllegalStateError(`fact ${factId} is retracted: reinstate it before you ${verb} it`);
  return fact;
}

export function retractedFact(state: FactState, factId: string): RetractedFact {
  const fact = recordedFact(state, factId);
  if (fact.status !== 'retracted') throw new IllegalStateError(`fact ${factId} is not retracted`);
  return fact;
}

export const relationKey = (r: { kind: string; target: string }): string => `${r.kind}:${r.target}`;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

/**
 * `FactRecorded` starts a fact (again); the other events change a recorded fact, retracted or not,
 * and are passed over on an absent one (a stream's events follow its recording).
 */
export function evolveFact(state: FactState, event: FactEvent): FactState {
  if (event.type === 'FactRecorded') {
    const { factId, summary, notes, when, place } = event.data;
    return {
      status: 'active',
      factId,
      summary,
      notes,
      when,
      place,
      actors: {},
      topics: [],
      citations: {},
      relations: {},
    };
  }
  if (state.status === 'absent') return state;
  return evolveRecorded(state, event);
}

function evolveRecorded(state: RecordedFact, event: Exclude<FactEvent, { type: 'FactRecorded' }>): RecordedFact {
  switch (event.type) {
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
      return { ...state, status: 'retracted' };
    case 'FactReinstated':
      return { ...state, status: 'active' };
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled fact event ${(unreachable as { type: string }).type}`);
    }
  }
}
