import type Database from 'better-sqlite3';
import type { Chronicle } from '../src/main.ts';
import { SqliteEventStore } from '../src/store/sqlite/SqliteEventStore.ts';

/** The better-sqlite3 connections behind a SQLite-backed Chronicle: the store's and the read models'. */
export function connectionsOf(chronicle: Chronicle): { store: Database.Database; readModels: Database.Database } {
  if (!(chronicle.store instanceof SqliteEventStore)) throw new Error('the store benchmark needs the SQLite store');
  return { store: chronicle.store.database, readModels: chronicle.readModels().db };
}
