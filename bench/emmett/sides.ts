import {
  getSQLiteEventStore,
  sqliteConnection,
  type SQLiteConnection,
  type SQLiteEventStore,
  type SQLiteProjectionDefinition,
} from '@event-driven-io/emmett-sqlite';
import { projections, type Event } from '@event-driven-io/emmett';
import sqlite3 from 'sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { NewEvent, RecordedEvent } from '../../src/core/event.ts';
import { SqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import { synchronousName } from '../rawSqlite.ts';

/**
 * The stores the Emmett comparison opens, each on its own file: Emmett's SQLite event store in its
 * default setup and in its best one, and Chronicle's `SqliteEventStore`.
 */

/** An event as Emmett takes it: Chronicle's type, data and metadata, unchanged. */
export type EmmettEvent = Event<string, Record<string, unknown>, Record<string, unknown>>;

export const toEmmettEvent = (e: RecordedEvent): EmmettEvent => ({
  type: e.type,
  data: e.data as Record<string, unknown>,
  metadata: { ...e.metadata },
});

/** Chronicle's callers give every event an id (a UUID); the benchmark makes them before the timed call. */
export const toChronicleEvent = (e: RecordedEvent): NewEvent => ({
  id: uuidv7(),
  type: e.type,
  data: e.data,
  metadata: e.metadata,
});

export type EmmettSetup = 'default' | 'shared';

export interface EmmettSide {
  readonly setup: EmmettSetup;
  readonly fileName: string;
  readonly store: SQLiteEventStore;
  /** The one connection of the shared setup; `undefined` in the default setup (a connection per call). */
  readonly connection: SQLiteConnection | undefined;
  close(): Promise<void>;
}

/**
 * Emmett as its documentation starts it: `getSQLiteEventStore({ fileName })`. Every call opens a
 * connection (sqlite3, `PRAGMA journal_mode = WAL`), runs, and closes it; `synchronous` is SQLite's
 * default (FULL).
 */
export function openEmmettDefault(fileName: string): EmmettSide {
  const store = getSQLiteEventStore({ fileName });
  return { setup: 'default', fileName, store, connection: undefined, close: () => drainSqlite3Closes() };
}

/**
 * Emmett's best configuration its API offers for a file: one connection shared by every call
 * (`connectionOptions: { singleton: true, connection }`), WAL (set by `sqliteConnection`), and a
 * `synchronous` of our choosing (FULL for appends, like Chronicle's store).
 */
export async function openEmmettShared(
  fileName: string,
  synchronous: 'FULL' | 'NORMAL' = 'FULL',
  inline: readonly SQLiteProjectionDefinition<EmmettEvent>[] = [],
): Promise<EmmettSide> {
  const connection = sqliteConnection({ fileName });
  await connection.command(`PRAGMA synchronous = ${synchronous}`);
  const store = getSQLiteEventStore({
    fileName,
    connectionOptions: { singleton: true, connection },
    ...(inline.length > 0
      ? { projections: projections.inline([...inline] as unknown as SQLiteProjectionDefinition[]) }
      : {}),
  });
  await store.schema.migrate();
  return {
    setup: 'shared',
    fileName,
    store,
    connection,
    async close() {
      connection.close();
      await drainSqlite3Closes();
    },
  };
}

/** `journal_mode` and `synchronous` as an Emmett connection on `fileName` has them. */
export async function emmettPragmas(side: EmmettSide): Promise<{ journalMode: string; synchronous: string }> {
  const connection = side.connection ?? sqliteConnection({ fileName: side.fileName });
  try {
    const journal = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
    const sync = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
    return { journalMode: journal?.journal_mode ?? '?', synchronous: synchronousName(sync?.synchronous) };
  } finally {
    if (!side.connection) connection.close();
  }
}

/** Chronicle's embedded store as `openChronicle` opens it (WAL, `synchronous` FULL unless told). */
export function openChronicleStore(path: string, synchronous: 'full' | 'normal' = 'full'): SqliteEventStore {
  return new SqliteEventStore({ path, synchronous });
}

// ---------------------------------------------------------------------------------------------
// Instrumentation of the sqlite3 driver Emmett uses (bench-side only; Emmett's code is untouched).

type RunFn = (this: sqlite3.Database, sql: string, ...rest: unknown[]) => sqlite3.Database;
type CloseFn = (this: sqlite3.Database, callback?: (err: Error | null) => void) => void;

/** COMMITs Emmett's connections have issued so far (counted as they are sent to SQLite). */
export const sqlite3Commits = { count: 0 };
/**
 * Statements Emmett sent without a callback that failed (its connection setup sends
 * `PRAGMA journal_mode = WAL` that way). sqlite3 emits such a failure as an `error` event nobody
 * listens to, which ends the process; the benchmark attaches a callback that counts it instead.
 */
export const sqlite3Unhandled = { count: 0, messages: new Set<string>() };
const pendingCloses = new Set<Promise<void>>();
let instrumented = false;

/**
 * Counts `COMMIT`s, catches failures of statements sent without a callback (see
 * `sqlite3Unhandled`), and tracks `Database#close()` calls: Emmett closes its per-call connection
 * without waiting, and that close (the last connection of a WAL file checkpoints it) goes on in
 * the background. The benchmark waits for it before the next block of another side, so it never
 * lands in another side's timing.
 */
export function instrumentSqlite3(): void {
  if (instrumented) return;
  instrumented = true;
  const proto = sqlite3.Database.prototype as unknown as { run: RunFn; close: CloseFn };
  const run = proto.run;
  proto.run = function (this: sqlite3.Database, sql: string, ...rest: unknown[]) {
    if (typeof sql === 'string' && /^\s*COMMIT\b/i.test(sql)) sqlite3Commits.count += 1;
    if (!rest.some((arg) => typeof arg === 'function')) {
      rest.push((err: Error | null) => {
        if (!err) return;
        sqlite3Unhandled.count += 1;
        if (sqlite3Unhandled.messages.size < 5) sqlite3Unhandled.messages.add(`${sql.trim()}: ${err.message}`);
      });
    }
    return run.call(this, sql, ...rest);
  };
  const close = proto.close;
  proto.close = function (this: sqlite3.Database, callback?: (err: Error | null) => void) {
    let done!: () => void;
    const closed = new Promise<void>((resolve) => (done = resolve));
    pendingCloses.add(closed);
    close.call(this, (err) => {
      pendingCloses.delete(closed);
      done();
      callback?.(err);
    });
  };
}

/** Resolves once every sqlite3 connection closed so far has finished closing. */
export async function drainSqlite3Closes(): Promise<void> {
  while (pendingCloses.size > 0) await Promise.all([...pendingCloses]);
}

/**
 * Emmett's `withTransaction` prints every error with `console.log` (stdout, where the report
 * goes). While the benchmark runs, those lines are counted instead of printed.
 */
export function silenceConsoleLog(): {
  readonly count: () => number;
  readonly messages: () => string[];
  restore(): void;
} {
  const original = console.log;
  let count = 0;
  const messages = new Set<string>();
  console.log = (...args: unknown[]) => {
    count += 1;
    const first = args[0];
    if (messages.size < 5) messages.add(first instanceof Error ? first.message : String(first));
  };
  return { count: () => count, messages: () => [...messages], restore: () => void (console.log = original) };
}
