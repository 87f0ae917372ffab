import type { Clock } from '../core/clock.ts';
import { ConcurrencyError, ValidationError } from '../core/errors.ts';
import type { NewEvent } from '../core/event.ts';
import { decodeEvent, encodeEvent, type CallerMetadata } from '../events/catalog.ts';
import type { EventStore } from '../store/port.ts';
import {
  deciderOf,
  isEventOf,
  streamNameOf,
  type AggregateKind,
  type CommandOf,
  type EventOf,
  type StateOf,
} from './aggregates.ts';
import { KnownIds } from './knownIds.ts';
import { missingReferences } from './references.ts';

/** What writing needs: the store, a clock and an id source (injected, so tests are deterministic). */
export interface WriteDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  /** A fresh event id (UUID); the composition root passes time-ordered v7 ids. */
  readonly newId: () => string;
}

export interface ExecuteOptions {
  readonly metadata: CallerMetadata;
  /**
   * The revision the caller saw (HTTP `If-Match`). When given, a stale revision fails with
   * `ConcurrencyError`; when omitted, a concurrent write is retried against the new state.
   */
  readonly expectedRevision?: bigint;
}

export interface ExecuteResult<K extends AggregateKind> {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  /** Stream revision after the command (the fact's ETag). */
  readonly revision: bigint;
  readonly position: string | undefined;
  readonly state: StateOf<K>;
}

export interface LoadedAggregate<K extends AggregateKind> {
  readonly state: StateOf<K>;
  /** Revision of the last event, `undefined` for a stream that does not exist. */
  readonly revision: bigint | undefined;
}

/** Folds a stream into its decider's state, upcasting and validating every stored event. */
export async function loadAggregate<K extends AggregateKind>(
  store: EventStore,
  kind: K,
  id: string,
): Promise<LoadedAggregate<K>> {
  const decider = deciderOf(kind);
  const recorded = await store.readStream(streamNameOf(kind, id));
  let state = decider.initialState();
  for (const r of recorded) {
    const { event } = decodeEvent(r);
    if (!isEventOf(kind, event)) throw new Error(`unhandled ${kind} event ${event.type}`);
    state = decider.evolve(state, event);
  }
  return { state, revision: recorded.at(-1)?.revision };
}

function decide<K extends AggregateKind>(kind: K, command: CommandOf<K>, state: StateOf<K>): EventOf<K>[] {
  return deciderOf(kind).decide(command, state);
}

function evolveAll<K extends AggregateKind>(kind: K, state: StateOf<K>, events: readonly EventOf<K>[]): StateOf<K> {
  return events.reduce(deciderOf(kind).evolve, state);
}

/**
 * Attempts of a write without an expected revision that keeps colliding. Every collision means
 * another write to the stream committed, so the writers as a whole always progress; the bound only
 * stops a pathological pile-up (fifty editors on one fact need up to fifty rounds).
 */
const MAX_ATTEMPTS = 64;

/**
 * Checks that what the command names exists (`missingReferences`), loads the aggregate, decides
 * the command and appends the events (one transaction). The one way HTTP and the CLI write.
 */
export async function execute<K extends AggregateKind>(
  deps: WriteDeps,
  kind: K,
  id: string,
  command: CommandOf<K>,
  options: ExecuteOptions,
): Promise<ExecuteResult<K>> {
  const missing = await missingReferences(new KnownIds(deps.store), kind, command);
  if (missing.length > 0) throw new ValidationError(missing);
  const streamName = streamNameOf(kind, id);
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await loadAggregate(deps.store, kind, id);
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new ConcurrencyError(streamName, options.expectedRevision.toString(), revision);
    }
    const domainEvents = decide(kind, command, state);
    const now = deps.clock();
    const events = domainEvents.map((e) => encodeEvent(e, deps.newId(), options.metadata, now));
    const next = evolveAll(kind, state, domainEvents);
    if (events.length === 0) return { streamName, events, revision: revision ?? -1n, position: undefined, state: next };
    try {
      const result = await deps.store.append(streamName, events, { expectedRevision: revision ?? 'no_stream' });
      return { streamName, events, revision: result.nextExpectedRevision, position: result.position, state: next };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || options.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS)
        throw error;
    }
  }
}
