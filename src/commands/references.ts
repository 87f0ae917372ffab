import { joinPath, type Issue } from '../core/errors.ts';
import type { ActorCommand } from '../actors/decider.ts';
import type { FactCommand, FactInput } from '../facts/commands.ts';
import type { TopicCommand } from '../topics/decider.ts';
import type { AggregateKind, CommandOf } from './aggregates.ts';
import type { KnownIds } from './knownIds.ts';

/**
 * The rule "what a command names exists", shared by every way in (HTTP, the CLI, import): a fact
 * may only name registered actors, defined topics and registered sources; an actor may only be
 * merged into a registered actor; a topic may only sit under a defined topic. A relation may point
 * at a fact that does not exist (yet): the date checks report it as dangling, they do not refuse it.
 */

/** A stream a command names that must exist, and where the command names it. */
export interface Reference {
  readonly kind: 'actor' | 'topic' | 'source';
  readonly id: string;
  /** Located as in the dossier's item shape: `actors[0].id`, `topics[1]`, `citations[0].source`, `into`, `parent`. */
  readonly path: string;
}

const actor = (id: string, path: string): Reference => ({ kind: 'actor', id, path });
const topic = (id: string, path: string): Reference => ({ kind: 'topic', id, path });
const source = (id: string, path: string): Reference => ({ kind: 'source', id, path });

/** A fact's actors, topics and cited sources, in that order. */
const inputReferences = (input: FactInput): Reference[] => [
  ...input.actors.map((a, i) => actor(a.id, `actors[${i}].id`)),
  ...input.topics.map((t, i) => topic(t, `topics[${i}]`)),
  ...input.citations.map((c, i) => source(c.source, `citations[${i}].source`)),
];

function factReferences(command: FactCommand): Reference[] {
  switch (command.type) {
    case 'RecordFact':
    case 'SyncFact':
      return inputReferences(command.data);
    case 'ReviseFactDate':
      return command.data.citation ? [source(command.data.citation.source, 'citations[0].source')] : [];
    case 'CiteSource':
      return [source(command.data.citation.source, 'citations[0].source')];
    case 'LinkActor':
      return [actor(command.data.actorId, 'actors[0].id')];
    case 'TagTopic':
      return [topic(command.data.topicId, 'topics[0]')];
    case 'EditFactSummary':
    case 'ChangeFactPlace':
    case 'UnlinkActor':
    case 'UntagTopic':
    case 'WithdrawCitation':
    case 'AssertRelation':
    case 'WithdrawRelation':
    case 'RetractFact':
    case 'ReinstateFact':
      return [];
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled fact command ${(unreachable as { type: string }).type}`);
    }
  }
}

function actorReferences(command: ActorCommand): Reference[] {
  return command.type === 'MergeActor' ? [actor(command.data.into, 'into')] : [];
}

/** A topic's parent; a topic named as its own parent is the decider's to refuse, with its reason. */
function topicReferences(command: TopicCommand): Reference[] {
  if (command.type !== 'DefineTopic' && command.type !== 'SyncTopic') return [];
  const { topicId, parent } = command.data;
  return parent !== null && parent !== topicId ? [topic(parent, 'parent')] : [];
}

const referencesByKind: { [K in AggregateKind]: (command: CommandOf<K>) => Reference[] } = {
  fact: factReferences,
  actor: actorReferences,
  topic: topicReferences,
  source: () => [],
};

/** What `command` names that must exist. */
export function referencesOf<K extends AggregateKind>(kind: K, command: CommandOf<K>): Reference[] {
  return referencesByKind[kind](command);
}

const MISSING: Record<Reference['kind'], (id: string) => string> = {
  actor: (id) => `no actor ${id} is registered`,
  topic: (id) => `no topic ${id} is defined`,
  source: (id) => `no source ${id} is registered`,
};

/** An issue for every reference of `command` that does not exist, its path under `path`. */
export async function missingReferences<K extends AggregateKind>(
  known: KnownIds,
  kind: K,
  command: CommandOf<K>,
  path = '',
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const ref of referencesOf(kind, command)) {
    if (!(await known.has(ref.kind, ref.id)))
      issues.push({ path: joinPath(path, ref.path), message: MISSING[ref.kind](ref.id) });
  }
  return issues;
}
