import { deciderOf, isEventOf, streamNameOf, type AggregateKind, type CommandOf, type StateOf } from '../aggregates.ts';
import { contentEventIdOfJson } from '../eventIds.ts';
import { ChronicleError } from '../../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../../core/event.ts';
import { decodeEvent, eventEncoder, type CallerMetadata } from '../../events/catalog.ts';
import type { AppendRequest } from '../../store/port.ts';

/** The last append of an import to a stream: the file's digest it carried, and the state it left. */
export interface LastImported<K extends AggregateKind> {
  readonly file: string;
  readonly revision: bigint;
  readonly state: StateOf<K>;
}

/** One dossier item planned against its stream: the state it is in, and what the file's item would append. */
export interface PlannedItem<K extends AggregateKind> {
  readonly stream: string;
  /** The stream's state before the import, and the revision of its last event. */
  readonly before: StateOf<K>;
  readonly revision: bigint | undefined;
  /** The stream's last append made by an import (events whose metadata carry `dossierDigest`). */
  readonly imported: LastImported<K> | undefined;
  /**
   * The events that bring the stream to the file's item, one append request (the item is written
   * whole or not at all); or the typed error a decider refused it with.
   */
  readonly plan: { readonly request: AppendRequest } | { readonly refused: ChronicleError };
}

/**
 * Folds an item's stream (`recorded`: all of it, as read; `[]` for a stream that holds nothing) and
 * decides the item's commands in turn, each on the state the previous ones leave, without appending: their events are one append request, so the item is written whole
 * or not at all (an actor's registration and its merge). Event ids are content-derived
 * (`contentEventIdOfJson`), numbered across the commands, so planning the same item on the same stream
 * revision again gives the same ids. The events carry `metadata`, its `dossierDigest` included.
 */
export function planItem<K extends AggregateKind>(
  kind: K,
  id: string,
  recorded: readonly RecordedEvent[],
  commands: readonly CommandOf<K>[],
  metadata: CallerMetadata,
  now: Date,
): PlannedItem<K> {
  const stream = streamNameOf(kind, id);
  const { decide, evolve, initialState } = deciderOf(kind);
  let before = initialState();
  let imported: LastImported<K> | undefined;
  for (const r of recorded) {
    const decoded = decodeEvent(r);
    if (!isEventOf(kind, decoded.event)) throw new Error(`unhandled ${kind} event ${decoded.event.type}`);
    before = evolve(before, decoded.event);
    const file = decoded.metadata.dossierDigest;
    if (file !== undefined) imported = { file, revision: r.revision, state: before };
  }
  const revision = recorded.at(-1)?.revision;
  const planned = { stream, before, revision, imported };
  let state = before;
  const encode = eventEncoder(metadata, now);
  const events: NewEvent[] = [];
  try {
    for (const [i, command] of commands.entries()) {
      const decided = decide(command, state);
      // The state the next command is decided on; the last one's is not needed.
      if (i < commands.length - 1) state = decided.reduce(evolve, state);
      for (const e of decided) {
        // The payload's JSON names the event and is what the store writes: made once.
        const json = JSON.stringify(e.data);
        events.push(encode(e, contentEventIdOfJson(stream, revision, events.length, e.type, json), json));
      }
    }
  } catch (error) {
    if (!(error instanceof ChronicleError)) throw error;
    return { ...planned, plan: { refused: error } };
  }
  return { ...planned, plan: { request: { stream, events, expectedRevision: revision ?? 'no_stream' } } };
}
