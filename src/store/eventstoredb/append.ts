import {
  jsonEvent,
  NO_STREAM,
  WrongExpectedVersionError,
  type EventStoreDBClient,
  type JSONType,
} from '@eventstore/db-client';
import { ConcurrencyError, UnavailableError, ValidationError } from '../../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../../core/event.ts';
import type { AppendRequest, AppendResult, BatchOutcome, ExpectedRevision } from '../port.ts';
import { validateAppend, type ValidAppend } from '../validateAppend.ts';
import { concurrencyErrorOf } from './errors.ts';
import { formatPosition, NO_POSITION } from './positions.ts';
import { knownState, readAfter, readState, type StreamState } from './streamState.ts';
import { Budget, bounded } from './budget.ts';
import { withRetries, type RetrySettings } from './retry.ts';

export interface AppendSettings extends RetrySettings {
  /** How long the last look for the ids of an append in doubt may take. */
  readonly outcomeCheckMs: number;
}

/**
 * How often an append looks at the stream again when another writer got in between its read and
 * its write. Every round has a winner, so this only bounds pathological contention.
 */
const MAX_RACES = 100;

/**
 * Appends one validated request. EventStoreDB only de-duplicates event ids on a best-effort basis
 * (a cache of recent ids, guaranteed only for a retry of the same batch at the same expected
 * revision), so the port's promise — "an id already in the stream is reported, never written
 * again" — is kept here:
 * 0. with `no_stream`, just write: if EventStoreDB accepts, the stream did not exist, so none of
 *    the events can have been in it (an import writes new streams only, one round trip each);
 * 1. read the stream (from the leader): its ids, revision and last position;
 * 2. drop the events whose ids are in it; if none is left, report the stream as it is (a retry
 *    of an append that succeeded, so no revision check — as the SQLite store does);
 * 3. check the caller's `expectedRevision` against the revision read (`ConcurrencyError`);
 * 4. write the rest with the *exact* revision read, so nothing can slip in between; if another
 *    writer did, EventStoreDB answers wrong-expected-version and the append starts again at 1,
 *    reading only the events past the revision it had (`readAfter`).
 * A failure that may pass (no leader, lost connection, lost acknowledgement) is retried from 1 by
 * `withRetries`, which is why a retry never duplicates: events that did get written are found.
 *
 * An append call that got no answer (a cut connection, a deadline) may still have been written,
 * now or later; it can only land at the revision it expected, so a read that finds the stream
 * elsewhere without our ids settles it as not written. When the time runs out with such a call
 * unsettled, the stream is read once more (`outcomeCheckMs`) for the ids, known before the append:
 * found, the append succeeded; otherwise `UnavailableError` says whether it may have been written
 * (`writeOutcome`).
 */
export async function appendValidated(
  client: EventStoreDBClient,
  settings: AppendSettings,
  request: ValidAppend,
  given: readonly NewEvent[],
  signal?: AbortSignal,
  streamAsRead?: readonly RecordedEvent[],
): Promise<AppendResult> {
  const doubt = new Doubt(request);
  let known = streamAsRead && knownState(request, streamAsRead);
  try {
    return await withRetries(`append to ${request.stream}`, settings, signal, async (budget) => {
      if (request.expectedRevision === 'no_stream' && request.events.length > 0 && !doubt.pending) {
        try {
          const result = await doubt.write(client, request, given, 'no_stream', budget);
          return {
            nextExpectedRevision: result.nextExpectedRevision,
            position: result.position ? formatPosition(result.position) : NO_POSITION,
            appended: request.events.length,
            alreadyAppended: [],
          };
        } catch (error) {
          // The stream exists: a retry of this very append, or a conflict. Steps 1–4 tell which.
          if (!(error instanceof WrongExpectedVersionError)) throw error;
        }
      }
      /** The stream as this attempt last had it, when a write at its revision was refused. */
      let refused: StreamState | undefined;
      for (let race = 1; ; race += 1) {
        const state =
          known ??
          (refused
            ? await readAfter(client, request.stream, refused, budget.signal)
            : await readState(client, request.stream, budget.signal));
        known = undefined;
        doubt.settle(state);
        const alreadyAppended: string[] = [];
        const fresh = request.events.filter((event) => {
          if (!state.ids.has(event.id)) return true;
          alreadyAppended.push(event.givenId);
          return false;
        });
        if (fresh.length === 0 && alreadyAppended.length > 0) return currentState(state, alreadyAppended);
        checkExpectedRevision(request.stream, request.expectedRevision, state);
        if (fresh.length === 0) return currentState(state, alreadyAppended);
        try {
          const written = { ...request, events: fresh };
          const result = await doubt.write(client, written, given, state.revision ?? 'no_stream', budget);
          return {
            nextExpectedRevision: result.nextExpectedRevision,
            position: result.position ? formatPosition(result.position) : (state.position ?? NO_POSITION),
            appended: fresh.length,
            alreadyAppended,
          };
        } catch (error) {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
          if (race >= MAX_RACES) throw concurrencyErrorOf(error, request.stream, request.expectedRevision);
          refused = state;
        }
      }
    });
  } catch (error) {
    if (!(error instanceof UnavailableError)) throw error;
    if (!doubt.pending) throw new UnavailableError(error.message, 'not-recorded');
    return doubt.resolve(client, settings.outcomeCheckMs, error);
  }
}

/**
 * The append calls of one `appendValidated` that got no answer, by the revision each expected:
 * each may still be written, at that revision only.
 */
class Doubt {
  readonly #expected = new Set<bigint | 'no_stream'>();

  constructor(private readonly request: ValidAppend) {}

  get pending(): boolean {
    return this.#expected.size > 0;
  }

  /** One append call at `expected`; in doubt until it answers. */
  async write(
    client: EventStoreDBClient,
    request: ValidAppend,
    given: readonly NewEvent[],
    expected: bigint | 'no_stream',
    budget: Budget,
  ) {
    const known = this.#expected.has(expected);
    this.#expected.add(expected);
    try {
      const result = await client.appendToStream(request.stream, toEventData(request, given), {
        expectedRevision: expected === 'no_stream' ? NO_STREAM : expected,
        requiresLeader: true,
        deadline: budget.remainingMs(),
      });
      this.#expected.clear(); // written: nothing earlier can land any more
      return result;
    } catch (error) {
      // Refused, this call wrote nothing (an earlier one in doubt at the same revision still may).
      if (error instanceof WrongExpectedVersionError && !known) this.#expected.delete(expected);
      throw error;
    }
  }

  /** A read of the stream: calls that expected another revision can never be written now. */
  settle(state: StreamState): void {
    if (this.request.events.every((event) => state.ids.has(event.id))) this.#expected.clear();
    for (const expected of this.#expected) {
      if (expected !== (state.revision ?? 'no_stream')) this.#expected.delete(expected);
    }
  }

  /** The time ran out with calls in doubt: one more read, on a time of its own, for the ids. */
  async resolve(client: EventStoreDBClient, checkMs: number, failure: UnavailableError): Promise<AppendResult> {
    const budget = new Budget(checkMs);
    let state: StreamState;
    try {
      state = await bounded(budget.signal, readState(client, this.request.stream, budget.signal));
    } catch {
      throw unknownOutcome(this.request.stream, failure);
    } finally {
      budget.dispose();
    }
    if (this.request.events.every((event) => state.ids.has(event.id)))
      return currentState(
        state,
        this.request.events.map((event) => event.givenId),
      );
    this.settle(state);
    if (!this.pending) throw new UnavailableError(failure.message, 'not-recorded');
    throw unknownOutcome(this.request.stream, failure);
  }
}

function unknownOutcome(stream: string, failure: UnavailableError): UnavailableError {
  return new UnavailableError(
    `${failure.message.replace(/; this may pass, and it is safe to retry$/, '')}; the append to ${stream} may have been written: retry with the same Idempotency-Key, or read ${stream}, to find out`,
    'unknown',
  );
}

/** Appends to many streams one after the other (EventStoreDB 6.x clients have no multi-stream append). */
export async function appendBatch(
  append: (request: ValidAppend, given: readonly NewEvent[]) => Promise<AppendResult>,
  requests: readonly AppendRequest[],
): Promise<BatchOutcome[]> {
  if (!Array.isArray(requests)) throw ValidationError.at('requests', 'expected an array of append requests');
  const outcomes: BatchOutcome[] = [];
  for (const request of requests as readonly (AppendRequest | null | undefined)[]) {
    try {
      if (typeof request !== 'object' || request === null)
        throw ValidationError.at('', 'expected an append request object');
      const valid = validateAppend(request.stream, request.events, request.expectedRevision);
      outcomes.push({ ok: true, result: await append(valid, request.events) });
    } catch (error) {
      // A refusal of this request alone is reported; anything else (EventStoreDB unavailable) stops
      // the batch. The requests before it stay written, and a retry of the whole batch reports
      // their events as already appended.
      if (error instanceof ConcurrencyError || error instanceof ValidationError) outcomes.push({ ok: false, error });
      else throw error;
    }
  }
  return outcomes;
}

/** The client's JSON events, with the caller's payloads (already checked to serialise). */
function toEventData(request: ValidAppend, given: readonly NewEvent[]) {
  const byId = new Map(given.map((event) => [event.id.toLowerCase(), event]));
  return request.events.map((event) => {
    const original = byId.get(event.id)!;
    return jsonEvent({
      id: event.id,
      type: event.type,
      data: original.data as JSONType,
      metadata: original.metadata as unknown as JSONType,
    });
  });
}

function currentState(state: StreamState, alreadyAppended: string[]): AppendResult {
  return {
    nextExpectedRevision: state.revision ?? -1n,
    position: state.position ?? NO_POSITION,
    appended: 0,
    alreadyAppended,
  };
}

function checkExpectedRevision(stream: string, expected: ExpectedRevision, state: StreamState): void {
  const actual = state.revision;
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === undefined) ||
    (expected === 'stream_exists' && actual !== undefined) ||
    (typeof expected === 'bigint' && actual === expected);
  if (!ok) throw new ConcurrencyError(stream, String(expected), actual, state.events);
}
