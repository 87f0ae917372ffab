import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { openEventStoreDbStore } from './eventstoredb/EventStoreDbStore.ts';
import type { EventStoreDbTuning } from './eventstoredb/options.ts';
import type { EventStore } from './port.ts';
import type { SqliteSynchronous } from './sqlite/schema.ts';
import { openSqliteEventStore } from './sqlite/SqliteEventStore.ts';

/** Where a store URL points. */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string; readonly synchronous?: SqliteSynchronous }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export interface OpenStoreOptions {
  /** SQLite `PRAGMA synchronous` when the URL does not say (`?synchronous=`). Default `'full'`. */
  readonly synchronous?: SqliteSynchronous;
  /** SQLite: how often live subscriptions poll for other processes' writes, in ms. Default 250. */
  readonly pollIntervalMs?: number;
  /** SQLite: how long a write waits for another process's lock, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** EventStoreDB: retries, backoff, subscription checkpoints (see `EventStoreDbTuning`). */
  readonly eventStoreDb?: EventStoreDbTuning;
}

const SQLITE_FORMS =
  'sqlite:PATH (e.g. sqlite:./data/chronicle.db or sqlite:/abs/path.db, optionally ?synchronous=full|normal) or sqlite::memory:';
const ACCEPTED = `${SQLITE_FORMS}, or an EventStoreDB connection string (esdb://host:2113?tls=false, esdb+discover://…, kurrentdb://…)`;
const ESDB_SCHEMES = ['esdb:', 'esdb+discover:', 'kurrentdb:', 'kurrentdb+discover:'];

/**
 * Parses a store URL without opening anything.
 *
 * @example parseStoreUrl('sqlite:./data/chronicle.db?synchronous=normal')
 * // → { kind: 'sqlite', path: './data/chronicle.db', synchronous: 'normal' }
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (typeof url !== 'string' || url.trim() === '')
    throw ValidationError.at('store', `expected a store URL: ${ACCEPTED}`);
  const lower = url.toLowerCase();
  if (ESDB_SCHEMES.some((scheme) => lower.startsWith(scheme))) return { kind: 'eventstoredb', connectionString: url };
  if (!lower.startsWith('sqlite:'))
    throw ValidationError.at('store', `unsupported store URL ${JSON.stringify(url)}: expected ${ACCEPTED}`);

  const rest = url.slice('sqlite:'.length);
  const queryAt = rest.indexOf('?');
  let path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  // `sqlite:///abs/path.db` and `sqlite://./rel.db` are accepted too.
  if (path.startsWith('//')) path = path.slice(2);
  if (path === '')
    throw ValidationError.at('store', `the SQLite store URL ${JSON.stringify(url)} has no path: expected ${ACCEPTED}`);

  let synchronous: SqliteSynchronous | undefined;
  for (const [key, value] of new URLSearchParams(queryAt === -1 ? '' : rest.slice(queryAt + 1))) {
    if (key !== 'synchronous') {
      throw ValidationError.at('store', `unknown SQLite store option ${JSON.stringify(key)} (known: synchronous)`);
    }
    if (value !== 'full' && value !== 'normal') {
      throw ValidationError.at('store', `synchronous must be full or normal, got ${JSON.stringify(value)}`);
    }
    synchronous = value;
  }
  return synchronous === undefined ? { kind: 'sqlite', path } : { kind: 'sqlite', path, synchronous };
}

/**
 * Opens the event store a URL names. For SQLite the file's directory is created if missing; the
 * URL's query wins over `options`.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<EventStore> {
  const location = parseStoreUrl(url);
  switch (location.kind) {
    case 'sqlite': {
      if (location.path !== ':memory:') mkdirSync(dirname(resolve(location.path)), { recursive: true });
      return openSqliteEventStore({
        path: location.path,
        synchronous: location.synchronous ?? options.synchronous,
        pollIntervalMs: options.pollIntervalMs,
        busyTimeoutMs: options.busyTimeoutMs,
      });
    }
    case 'eventstoredb':
      return openEventStoreDbStore({ ...options.eventStoreDb, connectionString: location.connectionString });
    default: {
      const unreachable: never = location;
      throw new Error(`unknown store kind ${JSON.stringify(unreachable)}`);
    }
  }
}
