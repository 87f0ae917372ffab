import type { Decider } from '../core/decider.ts';
import type { ChronicleEvent } from '../events/catalog.ts';
import { factDecider } from '../facts/decide.ts';
import type { FactCommand } from '../facts/commands.ts';
import { factEventSchemas, type FactEvent } from '../facts/events.ts';
import type { FactState } from '../facts/state.ts';
import { actorDecider, type ActorCommand, type ActorState } from '../actors/decider.ts';
import { actorEventSchemas, type ActorEvent } from '../actors/events.ts';
import { topicDecider, type TopicCommand, type TopicState } from '../topics/decider.ts';
import { topicEventSchemas, type TopicEvent } from '../topics/events.ts';
import { sourceDecider, type SourceCommand, type SourceState } from '../sources/decider.ts';
import { sourceEventSchemas, type SourceEvent } from '../sources/events.ts';

/** The four aggregates, by stream category: the commands, events and state of each. */
interface AggregateTypes {
  fact: { command: FactCommand; event: FactEvent; state: FactState };
  actor: { command: ActorCommand; event: ActorEvent; state: ActorState };
  topic: { command: TopicCommand; event: TopicEvent; state: TopicState };
  source: { command: SourceCommand; event: SourceEvent; state: SourceState };
}
export type AggregateKind = keyof AggregateTypes;
export type CommandOf<K extends AggregateKind> = AggregateTypes[K]['command'];
export type EventOf<K extends AggregateKind> = AggregateTypes[K]['event'];
export type StateOf<K extends AggregateKind> = AggregateTypes[K]['state'];

/**
 * The registry, typed once as a mapping from each kind to its decider: indexed by a kind `K`, it
 * gives `Decider<CommandOf<K>, EventOf<K>, StateOf<K>>`, so code generic over the kind needs no cast.
 */
const aggregates: { [K in AggregateKind]: Decider<CommandOf<K>, EventOf<K>, StateOf<K>> } = {
  fact: factDecider,
  actor: actorDecider,
  topic: topicDecider,
  source: sourceDecider,
};

/** The event types each aggregate's streams hold. */
const eventTypes: { [K in AggregateKind]: ReadonlySet<string> } = {
  fact: new Set(Object.keys(factEventSchemas)),
  actor: new Set(Object.keys(actorEventSchemas)),
  topic: new Set(Object.keys(topicEventSchemas)),
  source: new Set(Object.keys(sourceEventSchemas)),
};

export function deciderOf<K extends AggregateKind>(kind: K): Decider<CommandOf<K>, EventOf<K>, StateOf<K>> {
  return aggregates[kind];
}

/** Whether `event` is one of the events of `kind`'s streams. */
export function isEventOf<K extends AggregateKind>(kind: K, event: ChronicleEvent): event is EventOf<K> {
  return eventTypes[kind].has(event.type);
}

/**
 * The commands legal only on a stream that does not exist yet (each decider refuses them with
 * `AlreadyExistsError` otherwise): `execute` decides them without reading the stream first, and
 * the append's `no_stream` expectation checks what the read would have.
 */
const CREATING: ReadonlySet<string> = new Set(['RecordFact', 'RegisterActor', 'DefineTopic', 'RegisterSource']);

/** Whether `command` may only create its stream (see `CREATING`). */
export function createsStream(command: { readonly type: string }): boolean {
  return CREATING.has(command.type);
}

const isAggregateKind = (category: string): category is AggregateKind => Object.hasOwn(aggregates, category);

export function streamNameOf(kind: AggregateKind, id: string): string {
  return `${kind}-${id}`;
}

/** Splits `fact-dhs-report` into its category and id; `undefined` for streams that are not ours. */
export function parseStreamName(streamName: string): { kind: AggregateKind; id: string } | undefined {
  const dash = streamName.indexOf('-');
  if (dash < 0) return undefined;
  const kind = streamName.slice(0, dash);
  return isAggregateKind(kind) ? { kind, id: streamName.slice(dash + 1) } : undefined;
}
