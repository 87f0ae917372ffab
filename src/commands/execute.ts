import type { Clock } from '../core/clock.ts';
import { ConcurrencyError, IllegalStateError, UnavailableError, ValidationError } from '../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../core/event.ts';
import { decodeEvent, encodeEvent, type CallerMetadata } from '../events/catalog.ts';
import type { EventStore } from '../store/port.ts';
import {
  createsStream,
  deciderOf,
  isEventOf,
  streamNameOf,
  type AggregateKind,
  type CommandOf,
  type EventOf,
  type StateOf,
} from './aggregates.ts';
import { KnownIds, type ExistingIds } from './knownIds.ts';
import { missingReferences } from './references.ts';
import type { StreamTurns } from './streamTurns.ts';
import { conflictBackoffMs, oldestFirstDelayMs, pause } from './writeBackoff.ts';

/** What writing needs: the store, a clock and an id source (injected, so tests are deterministic). */
export interface WriteDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  /** A fresh event id (UUID); the composition root passes time-ordered v7 ids. */
  readonly newId: () => string;
  /**
   * Jitter of the backoff between attempts of a write whose append collided with another (no
   * expected revision), a number in [0, 1). Default `Math.random`; tests pass a fixed sequence.
   */
  readonly random?: () => number;
  /**
   * A monotonic clock in ms, for how long a write has waited (`oldestFirstDelayMs`). Default
   * `performance.now`; tests pass their own.
   */
  readonly now?: () => number;
  /** Writes to one stream without an expected revision take turns (see `StreamTurns`); absent, they race. */
  readonly turns?: StreamTurns;
  /**
   * The actors, topics and sources this process has seen exist, so that a write naming them does
   * not read their streams again; absent, every write looks its references up.
   */
  readonly existing?: ExistingIds;
  /**
   * Whether a command that only creates its stream (`createsStream`) is decided without reading
   * the stream first, the append's `no_stream` standing for the read. For a store whose appends
   * are never in doubt (SQLite, in process); on a remote store the read first also tells a store
   * that does not answer (nothing recorded) from an append that got no answer (outcome unknown).
   * Default false.
   */
  readonly createUnread?: boolean;
}

export interface ExecuteOptions {
  readonly metadata: CallerMetadata;
  /**
   * The revision the caller saw (HTTP `If-Match`). When given, a stale revision fails with
   * `ConcurrencyError`; when omitted, a concurrent write is retried against the new state.
   */
  readonly expectedRevision?: bigint;
  /**
   * The id of the command's `index`-th event, known before the append (an HTTP retry's
   * `Idempotency-Key` gives the same ones again). When the stream already holds events under these
   * ids, with the content this command decides, the command was applied by an earlier attempt whose
   * outcome was unknown: it is reported as applied, not decided again. Default: fresh `newId`s,
   * drawn once per command (its conflict retries reuse them).
   */
  readonly eventIds?: (index: number) => string;
  /** Bounds the store calls (a request's deadline). */
  readonly signal?: AbortSignal;
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
  /** The stream's events, decoded. */
  readonly events: readonly RecordedEvent[];
}

/** Folds a stream into its decider's state, upcasting and validating every stored event. */
export async function loadAggregate<K extends AggregateKind>(
  store: EventStore,
  kind: K,
  id: string,
  signal?: AbortSignal,
): Promise<LoadedAggregate<K>> {
  return loadedFrom(kind, await store.readStream(streamNameOf(kind, id), signal ? { signal } : {}));
}

function loadedFrom<K extends AggregateKind>(kind: K, recorded: readonly RecordedEvent[]): LoadedAggregate<K> {
  return { state: fold(kind, recorded), revision: recorded.at(-1)?.revision, events: recorded };
}

function fold<K extends AggregateKind>(kind: K, recorded: readonly RecordedEvent[]): StateOf<K> {
  const decider = deciderOf(kind);
  let state = decider.initialState();
  for (const r of recorded) {
    const { event } = decodeEvent(r);
    if (!isEventOf(kind, event)) throw new Error(`unhandled ${kind} event ${event.type}`);
    state = decider.evolve(state, event);
  }
  return state;
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
  const missing = await missingReferences(new KnownIds(deps.store, deps.existing), kind, command);
  if (missing.length > 0) throw new ValidationError(missing);
  const began = deps.now ? deps.now() : performance.now();
  const run = () => attempts(deps, kind, id, command, options, began);
  // With an expected revision there is nothing to be fair about: the first to append wins.
  if (!deps.turns || options.expectedRevision !== undefined) return run();
  return deps.turns.take(streamNameOf(kind, id), run, options.signal);
}

async function attempts<K extends AggregateKind>(
  deps: WriteDeps,
  kind: K,
  id: string,
  command: CommandOf<K>,
  options: ExecuteOptions,
  began: number,
): Promise<ExecuteResult<K>> {
  const now = deps.now ?? (() => performance.now());
  const streamName = streamNameOf(kind, id);
  const drawn: string[] = [];
  const idOf = options.eventIds ?? ((index: number) => (drawn[index] ??= deps.newId()));
  const call = options.signal ? { signal: options.signal } : {};
  /** The stream as the store read it when it last refused this write. */
  let refusedAt: readonly RecordedEvent[] | undefined;
  /** How long this write's load of the stream took: its measure of the store's round trip. */
  let readMs = 0;
  // A command that only creates its stream is first decided on the empty stream, unread: the
  // append's `no_stream` refuses it if the stream exists, and the next attempt reads it.
  let unread =
    deps.createUnread === true &&
    createsStream(command) &&
    options.eventIds === undefined &&
    options.expectedRevision === undefined;
  for (let attempt = 1; ; attempt++) {
    const asRead = unread ? [] : refusedAt;
    const guessed = unread;
    unread = false;
    refusedAt = undefined;
    const readFrom = now();
    const loaded = asRead ? loadedFrom(kind, asRead) : await loadAggregate(deps.store, kind, id, options.signal);
    if (!asRead) readMs = now() - readFrom;
    const { state, revision } = loaded;
    if (options.eventIds) {
      // Only the ids, types and data are compared: no clock reading for the metadata.
      const encode = (e: EventOf<K>, index: number) => encodeEvent(e, idOf(index), options.metadata, new Date(0));
      const applied = appliedBefore(kind, command, loaded, idOf(0), encode);
      if (applied) return { streamName, ...applied };
    }
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new ConcurrencyError(streamName, options.expectedRevision.toString(), revision);
    }
    const domainEvents = decide(kind, command, state);
    const recordedAt = deps.clock();
    const events = domainEvents.map((e, index) => encodeEvent(e, idOf(index), options.metadata, recordedAt));
    const next = evolveAll(kind, state, domainEvents);
    if (events.length === 0) return { streamName, events, revision: revision ?? -1n, position: undefined, state: next };
    // Writers that have waited longer go first (with If-Match the first to append wins; a stream
    // that does not exist yet has nobody to be fair to).
    if (options.expectedRevision === undefined && revision !== undefined)
      await pause(oldestFirstDelayMs(now() - began, readMs), options.signal);
    try {
      // The stream as just read goes with the append, which then need not read it again.
      const result = await deps.store.append(streamName, events, {
        expectedRevision: revision ?? 'no_stream',
        ...(guessed ? {} : { streamAsRead: loaded.events }),
        ...call,
      });
      return { streamName, events, revision: result.nextExpectedRevision, position: result.position, state: next };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || options.expectedRevision !== undefined) throw error;
      if (attempt >= MAX_ATTEMPTS)
        throw new UnavailableError(
          `${streamName} was changed by other writers ${MAX_ATTEMPTS} times while this write tried to get in; nothing was written, it is safe to retry`,
          'not-recorded',
        );
      // Decide again on the stream as the store read it when it refused (when it says), without
      // loading it once more. A stream only guessed empty was not contended: it is read at once.
      refusedAt = error.events;
      if (!guessed) await pause(conflictBackoffMs(deps.random ?? Math.random), options.signal);
    }
  }
}

/**
 * The command as an earlier attempt applied it, when the stream holds events under the ids this
 * one would use — with the same content this command decides on the state before them (anything
 * else under those ids is refused: an id stands for one change).
 */
function appliedBefore<K extends AggregateKind>(
  kind: K,
  command: CommandOf<K>,
  loaded: LoadedAggregate<K>,
  firstId: string,
  encode: (event: EventOf<K>, index: number) => NewEvent,
): Omit<ExecuteResult<K>, 'streamName'> | undefined {
  const first = firstId.toLowerCase();
  const at = loaded.events.findIndex((event) => event.id.toLowerCase() === first);
  if (at === -1) return undefined;
  const stream = loaded.events[at]!.streamName;
  let decided: NewEvent[] = [];
  try {
    decided = decide(kind, command, fold(kind, loaded.events.slice(0, at))).map(encode);
  } catch {
    // Not even allowed before those events: they cannot be this command's.
  }
  const recorded = loaded.events.slice(at, at + decided.length);
  const same =
    decided.length > 0 &&
    recorded.length === decided.length &&
    recorded.every(
      (event, index) =>
        event.id.toLowerCase() === decided[index]!.id.toLowerCase() &&
        event.type === decided[index]!.type &&
        canonical(event.data) === canonical(decided[index]!.data),
    );
  if (!same) throw new IllegalStateError(`event ${first} is already in ${stream}, for another change`);
  const last = recorded.at(-1)!;
  return {
    events: recorded,
    revision: last.revision,
    position: last.position,
    state: loaded.state,
  };
}

/** JSON with object keys in order, so two payloads compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
