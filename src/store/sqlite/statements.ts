import type Database from 'better-sqlite3';

export interface StreamRow {
  readonly stream_id: number;
  readonly revision: number;
}

/** One event as the read statements return it. */
export interface EventRow {
  readonly position: number;
  readonly stream_name: string;
  readonly revision: number;
  readonly event_id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/** Every statement the store runs, prepared once per connection and reused. */
export interface Statements {
  readonly findStream: Database.Statement<[string], StreamRow>;
  readonly streamEventIds: Database.Statement<[number], string>;
  readonly streamEventPosition: Database.Statement<[number, number], number>;
  readonly insertStream: Database.Statement<[string, number]>;
  readonly updateStreamRevision: Database.Statement<[number, number]>;
  readonly insertEvent: Database.Statement<[number, number, string, string, string, string]>;
  /** `(JSON array of names)`: the names of those streams that exist (hold an event). */
  readonly existingStreams: Database.Statement<[string], string>;
  /** `(stream id, from revision, limit)`; limit -1 reads everything. The caller knows the name. */
  readonly readStream: Database.Statement<[number, bigint, number], Omit<EventRow, 'stream_name'>>;
  /** `(after position, limit)`. */
  readonly readAll: Database.Statement<[number, number], EventRow>;
  readonly headPosition: Database.Statement<[], number | null>;
}

const EVENT_COLUMNS = 'e.position, s.name AS stream_name, e.revision, e.event_id, e.type, e.data, e.metadata';

export function prepareStatements(db: Database.Database): Statements {
  return {
    findStream: db.prepare('SELECT stream_id, revision FROM streams WHERE name = ?'),
    streamEventIds: db.prepare<[number], string>('SELECT event_id FROM events WHERE stream_id = ?').pluck(),
    streamEventPosition: db
      .prepare<[number, number], number>('SELECT position FROM events WHERE stream_id = ? AND revision = ?')
      .pluck(),
    insertStream: db.prepare('INSERT INTO streams (name, revision) VALUES (?, ?)'),
    updateStreamRevision: db.prepare('UPDATE streams SET revision = ? WHERE stream_id = ?'),
    insertEvent: db.prepare(
      'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    existingStreams: db
      .prepare<[string], string>('SELECT name FROM streams WHERE name IN (SELECT value FROM json_each(?))')
      .pluck(),
    readStream: db.prepare(
      `SELECT position, revision, event_id, type, data, metadata FROM events
        WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    readAll: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN streams s ON s.stream_id = e.stream_id
        WHERE e.position > ? ORDER BY e.position LIMIT ?`,
    ),
    headPosition: db.prepare<[], number | null>('SELECT max(position) FROM events').pluck(),
  };
}
