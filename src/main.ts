import { systemClock, type Clock } from './core/clock.ts';
import { uuidv7Source } from './core/uuidv7.ts';
import { ValidationError } from './core/errors.ts';
import type { WriteDeps } from './commands/execute.ts';
import { ExistingIds } from './commands/knownIds.ts';
import { StreamTurns } from './commands/streamTurns.ts';
import { openStore, parseStoreUrl, type OpenStoreOptions } from './store/openStore.ts';
import { guardWrites } from './store/guardWrites.ts';
import { DEFAULT_STORE_TIMEOUT_MS, type EventStore } from './store/port.ts';
import { ReadModelDb } from '../projections/readModelDb.ts';
import { ProjectionRunner, type RunnerOptions } from '../projections/runner.ts';

export interface ChronicleOptions {
  /** Store URL (docs/design.md § Stores), e.g. `sqlite:./data/chronicle.db`. */
  readonly storeUrl: string;
  /** `sqlite:PATH` for the read models; default: the SQLite store's own file. */
  readonly readModelsUrl?: string;
  /** Default: the system clock. */
  readonly clock?: Clock;
  /** Default: time-ordered UUID v7 ids. */
  readonly newId?: () => string;
  readonly storeOptions?: OpenStoreOptions;
  readonly runner?: RunnerOptions;
  /**
   * The bound of every store call, and of an HTTP request's wait for the store and the read models
   * (`CHRONICLE_STORE_TIMEOUT`), in ms. Default 5000.
   */
  readonly storeTimeoutMs?: number;
  /** Jitter for the backoff of conflicting writes, in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /**
   * Whether writes to one stream from this process take turns (default true). False lets them
   * race, with only the conflict backoff between them (the fairness benchmark compares the two).
   */
  readonly takeTurns?: boolean;
}

/** Everything wired together: the composition root is the only place that picks adapters. */
export interface Chronicle {
  readonly store: EventStore;
  readonly readModels: () => ReadModelDb;
  readonly runner: ProjectionRunner;
  /** Writes go through a store that refuses appends while the log lost what the read models hold. */
  readonly write: WriteDeps;
  /** The bound of a store call, and of a request's wait for the store and the read models, in ms. */
  readonly storeTimeoutMs: number;
  close(): Promise<void>;
}

/** Where the read models live: `CHRONICLE_READ_MODELS`, else beside the SQLite store, in its file. */
export function readModelsPathOf(storeUrl: string, readModelsUrl?: string): string {
  if (readModelsUrl) {
    if (!readModelsUrl.startsWith('sqlite:') || readModelsUrl.length === 'sqlite:'.length) {
      throw ValidationError.at('readModels', `expected sqlite:PATH, got ${JSON.stringify(readModelsUrl)}`);
    }
    return readModelsUrl.slice('sqlite:'.length);
  }
  const location = parseStoreUrl(storeUrl);
  if (location.kind === 'sqlite') return location.path;
  return `./data/readmodels-${storeUrl
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)}.db`;
}

export async function openChronicle(options: ChronicleOptions): Promise<Chronicle> {
  const storeTimeoutMs = options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const store = await openStore(options.storeUrl, {
    ...options.storeOptions,
    eventStoreDb: { timeoutMs: storeTimeoutMs, ...options.storeOptions?.eventStoreDb },
  });
  let rm: ReadModelDb;
  try {
    rm = ReadModelDb.open(readModelsPathOf(options.storeUrl, options.readModelsUrl));
  } catch (error) {
    await store.close();
    throw error;
  }
  const runner = new ProjectionRunner(store, rm, options.runner);
  // A log that no longer holds what the read models were built from may lack what was seen in it.
  const existing = new ExistingIds();
  runner.onReset(() => existing.forget());
  return {
    store,
    readModels: () => runner.readModels,
    runner,
    write: {
      store: guardWrites(store, (signal) => runner.assertLogHolds(signal)),
      clock: options.clock ?? systemClock,
      newId: options.newId ?? uuidv7Source(),
      random: options.random ?? Math.random,
      ...(options.takeTurns === false ? {} : { turns: new StreamTurns() }),
      existing,
      // An append to the embedded store is never in doubt: a creating command need not read first.
      createUnread: parseStoreUrl(options.storeUrl).kind === 'sqlite',
    },
    storeTimeoutMs,
    async close() {
      await runner.stop();
      rm.db.close();
      await store.close();
    },
  };
}
