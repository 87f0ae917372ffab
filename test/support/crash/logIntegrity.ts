import type Database from 'better-sqlite3';
import type { EventMetadata, RecordedEvent } from '../../../src/core/event.ts';
import { decodeEvent } from '../../../src/events/catalog.ts';

/** One stored event as it is in the `events` table (payloads as stored text). */
export interface StoredEvent {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

export interface LogReport {
  /** Every event, in position order. */
  readonly events: readonly StoredEvent[];
  readonly streams: number;
  /** What is wrong with the log; empty when nothing is. */
  readonly problems: readonly string[];
}

/**
 * Reads the SQLite store's tables directly (not through the store, which might hide a torn row)
 * and checks the log: the file passes SQLite's integrity check; global positions strictly
 * increase; each stream's revisions run 0, 1, 2… without gap or repeat, in position order, and the
 * `streams` row holds the last one; no stream is empty; no event id appears twice anywhere; and
 * every event's payload and metadata parse and validate through the event catalogue and its
 * upcasters (`decodeEvent`), as the projections and deciders read them.
 */
export function checkLog(db: Database.Database): LogReport {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`PRAGMA integrity_check: ${String(integrity)}`);

  const read = db.transaction(() => ({
    streams: db.prepare('SELECT stream_id AS id, name, revision FROM streams').all() as {
      id: number;
      name: string;
      revision: number;
    }[],
    rows: db
      .prepare(
        `SELECT e.position, e.stream_id AS streamId, s.name AS stream, e.revision, e.event_id AS id, e.type, e.data, e.metadata
      FROM events e LEFT JOIN streams s ON s.stream_id = e.stream_id ORDER BY e.position`,
      )
      .all() as (StoredEvent & { streamId: number; stream: string | null })[],
  }));
  const { streams, rows } = read();

  const nextRevision = new Map<number, number>();
  const ids = new Set<string>();
  let lastPosition = 0;
  for (const row of rows) {
    const where = `event at position ${row.position} (${row.stream ?? `stream #${row.streamId}`}@${row.revision})`;
    if (row.position <= lastPosition) problems.push(`${where}: position not after ${lastPosition}`);
    lastPosition = row.position;
    if (row.stream === null) problems.push(`${where}: its stream is not in the streams table`);
    const expected = nextRevision.get(row.streamId) ?? 0;
    if (row.revision !== expected)
      problems.push(`${where}: revision ${row.revision} where ${expected} comes next in its stream`);
    nextRevision.set(row.streamId, Math.max(expected, row.revision + 1));
    if (ids.has(row.id)) problems.push(`${where}: event id ${row.id} is stored twice`);
    ids.add(row.id);
    try {
      const recorded: RecordedEvent = {
        id: row.id,
        type: row.type,
        data: JSON.parse(row.data) as unknown,
        metadata: JSON.parse(row.metadata) as EventMetadata,
        streamName: row.stream ?? '',
        revision: BigInt(row.revision),
        position: String(row.position),
      };
      decodeEvent(recorded);
    } catch (error) {
      problems.push(`${where}: does not decode: ${(error as Error).message}`);
    }
  }
  for (const stream of streams) {
    const count = nextRevision.get(stream.id);
    if (count === undefined) problems.push(`stream ${stream.name} has no event`);
    else if (stream.revision !== count - 1)
      problems.push(`stream ${stream.name} says revision ${stream.revision}, its last event is at ${count - 1}`);
  }
  const events = rows.map(({ position, stream, revision, id, type, data, metadata }) => ({
    position,
    stream: stream ?? '',
    revision,
    id,
    type,
    data,
    metadata,
  }));
  return { events, streams: streams.length, problems };
}
