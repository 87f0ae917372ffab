import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { IllegalStateError, ValidationError } from '../../core/errors.ts';
import type { RecordedEvent } from '../../core/event.ts';
import type { ReadAllOptions } from '../port.ts';
import { formatPosition } from './positions.ts';
import { readAll } from './readAll.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { prepareStatements } from './statements.ts';

export interface BackupReport {
  readonly file: string;
  readonly events: number;
  /** Position of the last event the backup holds (`undefined` for an empty log). */
  readonly headPosition: string | undefined;
  readonly bytes: number;
  readonly seconds: number;
}

/** A Chronicle store file opened read-only: nothing here can change it. */
export interface LogFile {
  readonly events: number;
  readonly headPosition: string | undefined;
  readAll(options?: ReadAllOptions): RecordedEvent[];
  close(): void;
}

/**
 * Opens a store file (a backup, or a live store) read-only, after checking that it is a whole
 * SQLite database holding a Chronicle log this code can read.
 */
export function openLogFile(path: string, field = 'file'): LogFile {
  if (!existsSync(path)) throw ValidationError.at(field, `${path} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`SQLite reports it damaged: ${String(integrity)}`);
  } catch (error) {
    throw ValidationError.at(field, `${path} is not a readable SQLite database: ${(error as Error).message}`);
  }
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('events', 'streams', 'schema_version')",
      )
      .pluck()
      .all();
    if (tables.length !== 3)
      throw ValidationError.at(field, `${path} is a SQLite database but not a Chronicle store (no events table)`);
    const version = db.prepare('SELECT max(version) FROM schema_version').pluck().get() as number | null;
    if ((version ?? 0) > SCHEMA_VERSION) {
      throw new IllegalStateError(
        `${path} was written by a newer Chronicle (schema version ${version}, this one reads up to ${SCHEMA_VERSION})`,
      );
    }
    const st = prepareStatements(db);
    const events = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    const head = st.headPosition.get();
    return {
      events,
      headPosition: head === null || head === undefined ? undefined : formatPosition(head),
      readAll: (options) => readAll(st, options),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Copies a SQLite store with SQLite's online backup API while other processes keep writing to it.
 * The copy is taken in one step, inside one read transaction, so it is a consistent snapshot (a
 * step-by-step copy restarts whenever another connection writes, and might never finish under a
 * steady load). It is written beside `target`, checked, and only then renamed into place, so
 * `target` is either a whole backup or absent.
 */
export async function backupSqliteStore(sourcePath: string, target: string): Promise<BackupReport> {
  if (existsSync(target))
    throw ValidationError.at('file', `${target} already exists; choose a new file (a backup never overwrites)`);
  openLogFile(sourcePath, 'store').close();
  const started = performance.now();
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new IllegalStateError(`the backup of ${sourcePath} failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  let copy: LogFile;
  try {
    copy = openLogFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  renameSync(partial, target);
  return {
    file: target,
    events: copy.events,
    headPosition: copy.headPosition,
    bytes: statSync(target).size,
    seconds: (performance.now() - started) / 1000,
  };
}
