import type Database from 'better-sqlite3';
import { IllegalStateError } from '../../core/errors.ts';

/** How hard SQLite syncs a commit to disk (`PRAGMA synchronous`). */
export type SqliteSynchronous = 'full' | 'normal';

export interface ConnectionSettings {
  readonly synchronous: SqliteSynchronous;
  readonly busyTimeoutMs: number;
  readonly cacheSizeKiB: number;
}

/**
 * One entry per schema version, applied in order inside one `BEGIN IMMEDIATE` transaction.
 * Never edit a released entry: add a new one.
 *
 * - No `AUTOINCREMENT`: the log is append-only (nothing is ever deleted), so `max(rowid) + 1` is
 *   already strictly increasing, and `AUTOINCREMENT` would add a `sqlite_sequence` write per event.
 * - No index on `event_id`: de-duplication reads the ids of the target stream through
 *   `UNIQUE(stream_id, revision)`; a global index on random UUIDs would halve the append rate.
 * - `STRICT` so a bug can never store a REAL revision or a BLOB payload.
 */
const migrations: readonly string[] = [
  `CREATE TABLE streams (
     stream_id INTEGER PRIMARY KEY,
     name      TEXT    NOT NULL UNIQUE,
     revision  INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE events (
     position  INTEGER PRIMARY KEY,
     stream_id INTEGER NOT NULL REFERENCES streams (stream_id),
     revision  INTEGER NOT NULL,
     event_id  TEXT    NOT NULL,
     type      TEXT    NOT NULL,
     data      TEXT    NOT NULL,
     metadata  TEXT    NOT NULL,
     UNIQUE (stream_id, revision)
   ) STRICT;`,
];

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = migrations.length;

/**
 * Sets the connection pragmas. `busy_timeout` comes first so that switching to WAL, like every
 * later write, waits for another process instead of failing with `SQLITE_BUSY`.
 */
export function configureConnection(db: Database.Database, settings: ConnectionSettings): void {
  db.pragma(`busy_timeout = ${Math.trunc(settings.busyTimeoutMs)}`);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${settings.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  // Negative means KiB. SQLite's 2 MiB default thrashes once the stream-name index outgrows it.
  db.pragma(`cache_size = -${Math.trunc(settings.cacheSizeKiB)}`);
  db.pragma('foreign_keys = ON');
}

/**
 * Brings the schema up to {@link SCHEMA_VERSION}. Runs in one `BEGIN IMMEDIATE` transaction, so two
 * processes opening a new file at once migrate it exactly once.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
               version    INTEGER PRIMARY KEY,
               applied_at TEXT    NOT NULL
             ) STRICT`);
    const current = (db.prepare('SELECT max(version) FROM schema_version').pluck().get() as number | null) ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new IllegalStateError(
        `the store was written by a newer Chronicle (schema version ${current}, this one knows up to ${SCHEMA_VERSION})`,
      );
    }
    const record = db.prepare(
      "INSERT INTO schema_version (version, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'))",
    );
    for (let version = current + 1; version <= SCHEMA_VERSION; version += 1) {
      db.exec(migrations[version - 1]!);
      record.run(version);
    }
  }).immediate();
}
