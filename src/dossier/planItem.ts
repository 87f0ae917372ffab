import { deciderOf, streamNameOf, type AggregateKind, type CommandOf, type EventOf } from '../commands/aggregates.ts';
import { contentEventId } from '../commands/eventIds.ts';
import { loadAggregate, type PlannedWrite } from '../commands/execute.ts';
import { encodeEvent, type CallerMetadata } from '../events/catalog.ts';
import type { EventStore } from '../store/port.ts';

/**
 * Decides the commands of one dossier item in turn, each on the state the previous ones leave,
 * without appending: their events are one append request, so the item is written whole or not at
 * all (an actor's registration and its merge). A refused command throws and plans nothing.
 * Event ids are content-derived (`contentEventId`), numbered across the commands, so planning the
 * same item on the same stream revision again gives the same ids.
 */
export async function planItem<K extends AggregateKind>(
  store: EventStore,
  kind: K,
  id: string,
  commands: readonly CommandOf<K>[],
  metadata: CallerMetadata,
  now: Date,
): Promise<PlannedWrite> {
  const streamName = streamNameOf(kind, id);
  const { decide, evolve } = deciderOf(kind);
  const { state, revision } = await loadAggregate(store, kind, id);
  let current = state;
  const domainEvents: EventOf<K>[] = [];
  for (const command of commands) {
    const decided = decide(command, current);
    current = decided.reduce(evolve, current);
    domainEvents.push(...decided);
  }
  const events = domainEvents.map((e, i) =>
    encodeEvent(e, contentEventId(streamName, revision, i, e.type, e.data), metadata, now),
  );
  return { request: { stream: streamName, events, expectedRevision: revision ?? 'no_stream' } };
}
