import { IllegalStateError, NotFoundError, ValidationError } from '../core/errors.ts';
import type { Decider } from '../core/decider.ts';
import { parseFuzzyDate, type FuzzyDate } from '../dates/index.ts';
import { citationIdOf } from './citationId.ts';
import type { FactCommand, FactInput } from './commands.ts';
import type { CitationData, FactEvent, RelationData } from './events.ts';
import {
  absentFact,
  activeFact,
  evolveFact,
  initialFactState,
  relationKey,
  retractedFact,
  type AbsentFact,
  type ActiveFact,
  type FactState,
  type RecordedFact,
  type RetractedFact,
} from './state.ts';

type Events = FactEvent[];

/** Dispatches a command to its decision, with the state narrowed to the variant it is legal on. */
export function decideFact(command: FactCommand, state: FactState): Events {
  switch (command.type) {
    case 'RecordFact':
      return recordFact(command.data, absentFact(state, command.data.factId));
    case 'SyncFact':
      return syncFact(command.data, state);
    case 'ReviseFactDate':
      return reviseFactDate(command.data, activeFact(state, command.data.factId, 're-date'));
    case 'EditFactSummary':
      return editSummary(command.data, activeFact(state, command.data.factId, 'edit'));
    case 'ChangeFactPlace':
      return changePlace(command.data.place, activeFact(state, command.data.factId, 'edit'));
    case 'LinkActor':
      return linkActor(
        command.data.actorId,
        command.data.role,
        activeFact(state, command.data.factId, 'link actors to'),
      );
    case 'UnlinkActor':
      return unlinkActor(command.data.actorId, activeFact(state, command.data.factId, 'unlink actors from'));
    case 'TagTopic':
      return tagTopic(command.data.topicId, activeFact(state, command.data.factId, 'tag'));
    case 'UntagTopic':
      return untagTopic(command.data.topicId, activeFact(state, command.data.factId, 'untag'));
    case 'CiteSource':
      return citeSource(command.data.citation, activeFact(state, command.data.factId, 'cite sources for'));
    case 'WithdrawCitation':
      return withdrawCitation(
        command.data.citationId,
        activeFact(state, command.data.factId, 'withdraw citations from'),
      );
    case 'AssertRelation':
      return assertRelation(command.data.relation, activeFact(state, command.data.factId, 'relate'));
    case 'WithdrawRelation':
      return withdrawRelation(command.data, activeFact(state, command.data.factId, 'withdraw relations from'));
    case 'RetractFact':
      return retract(activeFact(state, command.data.factId, 'retract'));
    case 'ReinstateFact':
      return reinstate(retractedFact(state, command.data.factId));
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled fact command ${(unreachable as { type: string }).type}`);
    }
  }
}

export const factDecider: Decider<FactCommand, FactEvent, FactState> = {
  decide: decideFact,
  evolve: evolveFact,
  initialState: initialFactState,
};

function sameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return (
    a.earliest === b.earliest &&
    a.latest === b.latest &&
    a.precision === b.precision &&
    a.approximate === b.approximate &&
    a.uncertain === b.uncertain
  );
}

function validateInput(input: FactInput): void {
  parseFuzzyDate(input.when, 'when');
  const dup = (values: readonly string[], path: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) throw ValidationError.at(`${path}[${i}]`, `${v} is listed twice`);
      seen.add(v);
    });
  };
  dup(
    input.actors.map((a) => a.id),
    'actors',
  );
  dup(input.topics, 'topics');
  dup(input.relations.map(relationKey), 'relations');
  input.relations.forEach((r, i) => checkRelation(input.factId, r, `relations[${i}].fact`));
}

function checkRelation(factId: string, relation: RelationData, path: string): void {
  if (relation.target === factId) throw ValidationError.at(path, 'a relation cannot point at its own fact');
}

function recordFact(input: FactInput, _state: AbsentFact): Events {
  validateInput(input);
  const { factId } = input;
  return [
    {
      type: 'FactRecorded',
      data: { factId, summary: input.summary, when: input.when, place: input.place, notes: input.notes },
    },
    ...input.actors.map((a): FactEvent => ({ type: 'ActorLinked', data: { factId, actorId: a.id, role: a.role } })),
    ...input.topics.map((topicId): FactEvent => ({ type: 'TopicTagged', data: { factId, topicId } })),
    ...input.citations.map((c): FactEvent => ({
      type: 'SourceCited',
      data: { factId, citationId: citationIdOf(c), ...c },
    })),
    ...input.relations.map((r): FactEvent => ({ type: 'RelationAsserted', data: { factId, ...r } })),
  ];
}

function reviseFactDate(
  { factId, when, citation }: { factId: string; when: string; citation?: CitationData },
  state: ActiveFact,
): Events {
  const next = parseFuzzyDate(when, 'when');
  if (sameDate(next, parseFuzzyDate(state.when, 'when'))) {
    throw new IllegalStateError(`fact ${factId} is already dated ${state.when}`);
  }
  const revised: FactEvent = { type: 'FactDateRevised', data: { factId, when: next.edtf, previousWhen: state.when } };
  if (!citation || Object.hasOwn(state.citations, citationIdOf(citation))) return [revised];
  return [revised, ...citeSource(citation, state)];
}

function editSummary(data: { factId: string; summary: string; notes?: string | null }, state: ActiveFact): Events {
  const notes = data.notes === undefined ? state.notes : data.notes;
  if (data.summary === state.summary && notes === state.notes) {
    throw new IllegalStateError(`fact ${data.factId} already has that summary`);
  }
  return [{ type: 'FactSummaryEdited', data: { factId: data.factId, summary: data.summary, notes } }];
}

function changePlace(place: string | null, state: ActiveFact): Events {
  if (place === state.place) throw new IllegalStateError(`fact ${state.factId} already has that place`);
  return [{ type: 'FactPlaceChanged', data: { factId: state.factId, place } }];
}

function linkActor(actorId: string, role: string | null, state: ActiveFact): Events {
  const { factId } = state;
  if (Object.hasOwn(state.actors, actorId)) {
    if (state.actors[actorId] === role)
      throw new IllegalStateError(`actor ${actorId} is already linked to fact ${factId} as ${role ?? 'an actor'}`);
    return [
      { type: 'ActorUnlinked', data: { factId, actorId } },
      { type: 'ActorLinked', data: { factId, actorId, role } },
    ];
  }
  return [{ type: 'ActorLinked', data: { factId, actorId, role } }];
}

function unlinkActor(actorId: string, state: ActiveFact): Events {
  if (!Object.hasOwn(state.actors, actorId))
    throw new NotFoundError(`actor ${actorId} is not linked to fact ${state.factId}`);
  return [{ type: 'ActorUnlinked', data: { factId: state.factId, actorId } }];
}

function tagTopic(topicId: string, state: ActiveFact): Events {
  if (state.topics.includes(topicId)) throw new IllegalStateError(`fact ${state.factId} is already tagged ${topicId}`);
  return [{ type: 'TopicTagged', data: { factId: state.factId, topicId } }];
}

function untagTopic(topicId: string, state: ActiveFact): Events {
  if (!state.topics.includes(topicId)) throw new NotFoundError(`fact ${state.factId} is not tagged ${topicId}`);
  return [{ type: 'TopicUntagged', data: { factId: state.factId, topicId } }];
}

function citeSource(citation: CitationData, state: ActiveFact): Events {
  const citationId = citationIdOf(citation);
  if (Object.hasOwn(state.citations, citationId))
    throw new IllegalStateError(`fact ${state.factId} already has this citation (${citationId})`);
  return [{ type: 'SourceCited', data: { factId: state.factId, citationId, ...citation } }];
}

function withdrawCitation(citationId: string, state: ActiveFact): Events {
  if (!Object.hasOwn(state.citations, citationId))
    throw new NotFoundError(`fact ${state.factId} has no citation ${citationId}`);
  return [{ type: 'CitationWithdrawn', data: { factId: state.factId, citationId } }];
}

function assertRelation(relation: RelationData, state: ActiveFact): Events {
  const { factId } = state;
  checkRelation(factId, relation, 'fact');
  const current = state.relations[relationKey(relation)];
  if (current) {
    if (current.offset === relation.offset)
      throw new IllegalStateError(`fact ${factId} already asserts ${relation.kind} ${relation.target}`);
    return [
      { type: 'RelationWithdrawn', data: { factId, kind: relation.kind, target: relation.target } },
      { type: 'RelationAsserted', data: { factId, ...relation } },
    ];
  }
  return [{ type: 'RelationAsserted', data: { factId, ...relation } }];
}

function withdrawRelation(
  data: { factId: string; kind: RelationData['kind']; target: string },
  state: ActiveFact,
): Events {
  if (!Object.hasOwn(state.relations, relationKey(data)))
    throw new NotFoundError(`fact ${data.factId} asserts no relation ${data.kind} ${data.target}`);
  return [{ type: 'RelationWithdrawn', data: { factId: data.factId, kind: data.kind, target: data.target } }];
}

function retract(state: ActiveFact): Events {
  return [{ type: 'FactRetracted', data: { factId: state.factId } }];
}

function reinstate(state: RetractedFact): Events {
  return [{ type: 'FactReinstated', data: { factId: state.factId } }];
}

/** The events that bring a fact from `state` to exactly `input` (import of a changed dossier). */
function syncFact(input: FactInput & { retracted: boolean }, state: FactState): Events {
  const { factId } = input;
  switch (state.status) {
    case 'absent': {
      const events = recordFact(input, state);
      return input.retracted ? [...events, { type: 'FactRetracted', data: { factId } }] : events;
    }
    case 'active': {
      validateInput(input);
      const changes = diffFact(input, state);
      return input.retracted ? [...changes, { type: 'FactRetracted', data: { factId } }] : changes;
    }
    case 'retracted': {
      validateInput(input);
      const changes = diffFact(input, state);
      if (!input.retracted) return [{ type: 'FactReinstated', data: { factId } }, ...changes];
      if (changes.length > 0)
        throw new IllegalStateError(`fact ${factId} is retracted: reinstate it before you edit it`);
      return [];
    }
    default: {
      const unreachable: never = state;
      throw new Error(`unhandled fact state ${(unreachable as { status: string }).status}`);
    }
  }
}

function diffFact(input: FactInput, state: RecordedFact): Events {
  const { factId } = input;
  const out: Events = [];
  if (input.summary !== state.summary || input.notes !== state.notes) {
    out.push({ type: 'FactSummaryEdited', data: { factId, summary: input.summary, notes: input.notes } });
  }
  if (!sameDate(parseFuzzyDate(input.when, 'when'), parseFuzzyDate(state.when, 'when'))) {
    out.push({ type: 'FactDateRevised', data: { factId, when: input.when.trim(), previousWhen: state.when } });
  }
  if (input.place !== state.place) out.push({ type: 'FactPlaceChanged', data: { factId, place: input.place } });

  const wantedActors = new Map(input.actors.map((a) => [a.id, a.role]));
  for (const [actorId, role] of Object.entries(state.actors)) {
    if (!wantedActors.has(actorId) || wantedActors.get(actorId) !== role)
      out.push({ type: 'ActorUnlinked', data: { factId, actorId } });
  }
  for (const [actorId, role] of wantedActors) {
    if (!Object.hasOwn(state.actors, actorId) || state.actors[actorId] !== role)
      out.push({ type: 'ActorLinked', data: { factId, actorId, role } });
  }

  for (const topicId of state.topics)
    if (!input.topics.includes(topicId)) out.push({ type: 'TopicUntagged', data: { factId, topicId } });
  for (const topicId of input.topics)
    if (!state.topics.includes(topicId)) out.push({ type: 'TopicTagged', data: { factId, topicId } });

  const wantedCitations = new Map(input.citations.map((c) => [citationIdOf(c), c]));
  for (const citationId of Object.keys(state.citations)) {
    if (!wantedCitations.has(citationId)) out.push({ type: 'CitationWithdrawn', data: { factId, citationId } });
  }
  for (const [citationId, c] of wantedCitations) {
    if (!Object.hasOwn(state.citations, citationId))
      out.push({ type: 'SourceCited', data: { factId, citationId, ...c } });
  }

  const wantedRelations = new Map(input.relations.map((r) => [relationKey(r), r]));
  for (const [key, r] of Object.entries(state.relations)) {
    if (wantedRelations.get(key)?.offset !== r.offset)
      out.push({ type: 'RelationWithdrawn', data: { factId, kind: r.kind, target: r.target } });
  }
  for (const [key, r] of wantedRelations) {
    if (state.relations[key]?.offset !== r.offset) out.push({ type: 'RelationAsserted', data: { factId, ...r } });
  }
  return out;
}
