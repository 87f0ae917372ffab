import type { Decider } from '../core/decider.ts';
import { factDecider } from '../facts/decide.ts';
import type { FactCommand } from '../facts/commands.ts';
import type { FactEvent } from '../facts/events.ts';
import type { FactState } from '../facts/state.ts';
import { actorDecider, type ActorCommand, type ActorState } from '../actors/decider.ts';
import type { ActorEvent } from '../actors/events.ts';
import { topicDecider, type TopicCommand, type TopicState } from '../topics/decider.ts';
import type { TopicEvent } from '../topics/events.ts';
import { sourceDecider, type SourceCommand, type SourceState } from '../sources/decider.ts';
import type { SourceEvent } from '../sources/events.ts';

/** The four aggregates: stream category and decider of each. */
export interface Aggregates {
  fact: Decider<FactCommand, FactEvent, FactState>;
  actor: Decider<ActorCommand, ActorEvent, ActorState>;
  topic: Decider<TopicCommand, TopicEvent, TopicState>;
  source: Decider<SourceCommand, SourceEvent, SourceState>;
}
export type AggregateKind = keyof Aggregates;
export type CommandOf<K extends AggregateKind> = Parameters<Aggregates[K]['decide']>[0];
export type StateOf<K extends AggregateKind> = ReturnType<Aggregates[K]['initialState']>;

export const aggregates: Aggregates = {
  fact: factDecider,
  actor: actorDecider,
  topic: topicDecider,
  source: sourceDecider,
};

export const CATEGORIES: readonly AggregateKind[] = ['fact', 'actor', 'topic', 'source'];

export function streamNameOf(kind: AggregateKind, id: string): string {
  return `${kind}-${id}`;
}

/** Splits `fact-dhs-report` into its category and id; `undefined` for streams that are not ours. */
export function parseStreamName(streamName: string): { kind: AggregateKind; id: string } | undefined {
  const dash = streamName.indexOf('-');
  if (dash < 0) return undefined;
  const kind = streamName.slice(0, dash) as AggregateKind;
  return CATEGORIES.includes(kind) ? { kind, id: streamName.slice(dash + 1) } : undefined;
}
