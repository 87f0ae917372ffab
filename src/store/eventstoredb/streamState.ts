import type { EventStoreDBClient } from '@eventstore/db-client';
import type { RecordedEvent } from '../../core/event.ts';
import type { ValidAppend } from '../validateAppend.ts';
import { readStream } from './readStream.ts';

/** A stream as an append sees it: its revision, last position and event ids (lower case). */
export interface StreamState {
  readonly revision: bigint | undefined;
  readonly position: string | undefined;
  readonly ids: ReadonlySet<string>;
  readonly events: readonly RecordedEvent[];
}

/** The whole stream, read from the leader. */
export async function readState(client: EventStoreDBClient, stream: string, signal: AbortSignal): Promise<StreamState> {
  return stateOf(await readStream(client, stream, {}, signal));
}

/**
 * The stream after a write at `before`'s revision was refused: only the events past that revision
 * are read (a refused writer comes back a whole stream read sooner), since what a stream holds up
 * to a revision never changes. When the events read do not follow on from `before` (the stream
 * is not longer than it was), the whole stream is read.
 */
export async function readAfter(
  client: EventStoreDBClient,
  stream: string,
  before: StreamState,
  signal: AbortSignal,
): Promise<StreamState> {
  if (before.revision === undefined) return readState(client, stream, signal);
  const next = before.revision + 1n;
  const after = await readStream(client, stream, { fromRevision: next }, signal);
  if (after[0]?.revision !== next) return readState(client, stream, signal);
  return stateOf([...before.events, ...after]);
}

/**
 * The stream as the caller had it, when it ends at the exact revision the request expects (the
 * caller's word for it; the append checks it by writing at that revision). Anything else is not
 * trusted: the stream is read.
 */
export function knownState(request: ValidAppend, events: readonly RecordedEvent[]): StreamState | undefined {
  const last = events.at(-1);
  const fits =
    (typeof request.expectedRevision === 'bigint' && last?.revision === request.expectedRevision) ||
    (request.expectedRevision === 'no_stream' && last === undefined);
  return fits && events.every((event) => event.streamName === request.stream) ? stateOf(events) : undefined;
}

function stateOf(events: readonly RecordedEvent[]): StreamState {
  const last = events.at(-1);
  return {
    revision: last?.revision,
    position: last?.position,
    ids: new Set(events.map((event) => event.id.toLowerCase())),
    events,
  };
}
