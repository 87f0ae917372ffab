import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/core/event.ts';
import type { Log } from '../progress.ts';
import { rawSingleAppender, synchronousName } from '../rawSqlite.ts';
import { closedLoop, emptyTiming, rotate, type Contender, type SideTiming } from './rotation.ts';
import {
  drainSqlite3Closes,
  emmettPragmas,
  openChronicleStore,
  openEmmettDefault,
  openEmmettShared,
  sqlite3Commits,
  toChronicleEvent,
  toEmmettEvent,
  type EmmettSide,
} from './sides.ts';

/** Keys of the sides in the results. */
export const SIDES = {
  chronicle: 'chronicle',
  shared: 'emmett-shared',
  default: 'emmett-default',
  raw: 'raw-floor',
} as const;

export interface StoreWorkloadOptions {
  readonly appends: number;
  readonly batches: number;
  readonly concurrency: number;
  readonly concurrentAppends: number;
  readonly reads: number;
  readonly longReads: number;
  readonly block: number;
  readonly warmUp: number;
}

export interface ConcurrentResult {
  readonly timing: SideTiming;
  readonly calls: number;
  /** COMMITs the Emmett connection issued during the run (Emmett only). */
  readonly commits?: number;
  /** Calls that resolved with no COMMIT sent while they ran: acknowledged before being durable (Emmett only; a lower bound). */
  readonly ackedBeforeCommit?: number;
}

export interface StoreWorkloadResults {
  readonly single: Map<string, SideTiming>;
  readonly same: Map<string, SideTiming>;
  readonly batched: Map<string, SideTiming>;
  readonly concurrent: {
    readonly chronicle: ConcurrentResult;
    readonly shared: ConcurrentResult;
    readonly default: ConcurrentResult;
  };
  readonly streamReads: Map<string, SideTiming>;
  readonly longReads: Map<string, SideTiming>;
  /** Events in the stream the long reads read (the same-stream workload's, on each side). */
  readonly longStreamEvents: number;
  readonly settings: {
    readonly chronicle: string;
    readonly emmettDefault: string;
    readonly emmettShared: string;
    readonly raw: string;
  };
}

const BATCH = 10;
const name = (prefix: string, i: number) => `fact-${prefix}-${i < 0 ? `w${-i}` : i}`;
const at = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;

/**
 * Appends and stream reads, on four fresh files in `dir`: Chronicle's `SqliteEventStore`, Emmett
 * default, Emmett with one shared connection, and the raw floor (single appends only). The events
 * are real Chronicle events from the generated log (`facts`: its `FactRecorded` events; `all`: every event).
 */
export async function runStoreWorkloads(
  dir: string,
  facts: readonly RecordedEvent[],
  all: readonly RecordedEvent[],
  options: StoreWorkloadOptions,
  log: Log,
): Promise<StoreWorkloadResults> {
  mkdirSync(dir, { recursive: true });
  const chronicle = openChronicleStore(join(dir, 'chronicle.db'), 'full');
  const emmettDefault = openEmmettDefault(join(dir, 'emmett-default.db'));
  const emmettShared = await openEmmettShared(join(dir, 'emmett-shared.db'), 'FULL');
  // The raw floor writes Chronicle's schema through a connection set up exactly like Chronicle's.
  const rawStore = openChronicleStore(join(dir, 'raw.db'), 'full');
  const rawAppend = rawSingleAppender(rawStore.database);
  try {
    const emmett = (
      side: EmmettSide,
      key: string,
      make: (i: number) => { stream: string; events: readonly RecordedEvent[] },
    ): Contender => ({
      key,
      prepare(i) {
        const { stream, events } = make(i);
        const payload = events.map(toEmmettEvent);
        return () => side.store.appendToStream(stream, payload);
      },
      ...(side.setup === 'default' ? { settle: drainSqlite3Closes } : {}),
    });
    const ours = (make: (i: number) => { stream: string; events: readonly RecordedEvent[] }): Contender => ({
      key: SIDES.chronicle,
      prepare(i) {
        const { stream, events } = make(i);
        const payload = events.map(toChronicleEvent);
        return () => chronicle.append(stream, payload);
      },
    });
    const sides = (make: (i: number) => { stream: string; events: readonly RecordedEvent[] }) => [
      ours(make),
      emmett(emmettShared, SIDES.shared, make),
      emmett(emmettDefault, SIDES.default, make),
    ];

    log(`single appends: ${options.appends} per side, one event per call, distinct streams`);
    const singleOf = (i: number) => ({ stream: name('single', i), events: [at(facts, i)] });
    const rawFloor: Contender = {
      key: SIDES.raw,
      prepare(i) {
        const e = toChronicleEvent(at(facts, i));
        const append = {
          stream: name('single', i),
          id: e.id,
          type: e.type,
          data: JSON.stringify(e.data),
          metadata: JSON.stringify(e.metadata),
        };
        return () => rawAppend(append);
      },
    };
    const single = await rotate([...sides(singleOf), rawFloor], options.appends, options.block, options.warmUp);

    log(`single appends: ${options.appends} per side, one event per call, one stream`);
    const same = await rotate(
      sides((i) => ({ stream: 'fact-same', events: [at(facts, i)] })),
      options.appends,
      options.block,
      options.warmUp,
    );

    log(`batched appends: ${options.batches} calls per side, ${BATCH} events per call`);
    const batched = await rotate(
      sides((i) => ({
        stream: name('batch', i),
        events: Array.from({ length: BATCH }, (_, k) => at(all, i * BATCH + k)),
      })),
      options.batches,
      Math.max(1, Math.round(options.block / 2)),
      Math.max(1, Math.round(options.warmUp / 2)),
    );

    log(`concurrent appends: ${options.concurrentAppends} per side from ${options.concurrency} callers`);
    const concurrent = await runConcurrent(ours, emmett, emmettShared, emmettDefault, facts, options, log);

    log(
      `stream reads: ${options.reads} reads of a ${BATCH}-event stream per side, ${options.longReads} of the ${options.appends + options.warmUp}-event stream`,
    );
    /** `expected(side)`: the events that side's stream holds. */
    const readers = (stream: (i: number) => string, expected: (side: string) => number): Contender[] => [
      {
        key: SIDES.chronicle,
        prepare: (i) => async () => expectCount(await chronicle.readStream(stream(i)), expected(SIDES.chronicle)),
      },
      {
        key: SIDES.shared,
        prepare: (i) => async () =>
          expectCount((await emmettShared.store.readStream(stream(i))).events, expected(SIDES.shared)),
      },
      {
        key: SIDES.default,
        settle: drainSqlite3Closes,
        prepare: (i) => async () =>
          expectCount((await emmettDefault.store.readStream(stream(i))).events, expected(SIDES.default)),
      },
    ];
    const streamReads = await rotate(
      readers(
        (i) => name('batch', Math.abs(i) % options.batches),
        () => BATCH,
      ),
      options.reads,
      options.block,
      options.warmUp,
    );
    const longStreamEvents = options.appends + options.warmUp;
    // An append that failed on one side (Emmett's default setup can fail one with SQLITE_BUSY, counted
    // in the one-stream appends' failures) is missing from that side's long stream.
    const longReads = await rotate(
      readers(
        () => 'fact-same',
        (side) => longStreamEvents - (same.get(side)?.failures ?? 0),
      ),
      options.longReads,
      Math.max(1, Math.round(options.longReads / 4)),
      2,
    );

    const pragmaText = (p: { journalMode: string; synchronous: string }) =>
      `journal_mode=${p.journalMode}, synchronous=${p.synchronous}`;
    const chronicleDb = chronicle.database;
    return {
      single,
      same,
      batched,
      concurrent,
      streamReads,
      longReads,
      longStreamEvents,
      settings: {
        chronicle: `journal_mode=${String(chronicleDb.pragma('journal_mode', { simple: true }))}, synchronous=${synchronousName(chronicleDb.pragma('synchronous', { simple: true }) as number)}`,
        emmettDefault: pragmaText(await emmettPragmas(emmettDefault)),
        emmettShared: pragmaText(await emmettPragmas(emmettShared)),
        raw: `journal_mode=${String(rawStore.database.pragma('journal_mode', { simple: true }))}, synchronous=${synchronousName(rawStore.database.pragma('synchronous', { simple: true }) as number)}`,
      },
    };
  } finally {
    await rawStore.close();
    await emmettShared.close();
    await emmettDefault.close();
    await chronicle.close();
  }
}

function expectCount(events: readonly unknown[], expected: number): void {
  if (events.length !== expected) throw new Error(`read ${events.length} events, expected ${expected}`);
}

/**
 * Appends from `concurrency` callers in a closed loop: Chronicle and Emmett-shared in alternating
 * rounds, then one short round of Emmett default (a connection per call: its writers collide).
 */
async function runConcurrent(
  ours: (make: (i: number) => { stream: string; events: readonly RecordedEvent[] }) => Contender,
  emmett: (
    side: EmmettSide,
    key: string,
    make: (i: number) => { stream: string; events: readonly RecordedEvent[] },
  ) => Contender,
  shared: EmmettSide,
  defaultSide: EmmettSide,
  facts: readonly RecordedEvent[],
  options: StoreWorkloadOptions,
  log: Log,
): Promise<StoreWorkloadResults['concurrent']> {
  const make = (i: number) => ({ stream: name('conc', i), events: [at(facts, i)] });
  const chronicle = emptyTiming();
  const sharedTiming = emptyTiming();
  const rounds = Math.max(2, Math.round(options.concurrentAppends / (options.concurrency * 20)));
  const perRound = Math.ceil(options.concurrentAppends / rounds);
  let commits = 0;
  let acked = 0;
  const probe = {
    mark: () => sqlite3Commits.count,
    observe: (startMark: number) => {
      if (sqlite3Commits.count === startMark) acked += 1;
    },
  };
  let done = 0;
  for (let round = 0; round < rounds && done < options.concurrentAppends; round++) {
    const count = Math.min(perRound, options.concurrentAppends - done);
    const order = round % 2 === 0 ? ['c', 's'] : ['s', 'c'];
    for (const side of order) {
      if (side === 'c') await closedLoop(ours(make), done, count, options.concurrency, chronicle);
      else {
        const before = sqlite3Commits.count;
        await closedLoop(
          emmett(shared, SIDES.shared, make),
          1_000_000 + done,
          count,
          options.concurrency,
          sharedTiming,
          probe,
        );
        commits += sqlite3Commits.count - before;
      }
    }
    done += count;
  }
  log(`  Chronicle ${chronicle.ms.toFixed(0)} ms, Emmett best ${sharedTiming.ms.toFixed(0)} ms; now Emmett default`);
  const defaultTiming = emptyTiming();
  const defaultCalls = Math.min(options.concurrentAppends, options.concurrency);
  await closedLoop(
    emmett(defaultSide, SIDES.default, make),
    2_000_000,
    defaultCalls,
    options.concurrency,
    defaultTiming,
  );
  return {
    chronicle: { timing: chronicle, calls: done },
    shared: { timing: sharedTiming, calls: done, commits, ackedBeforeCommit: acked },
    default: { timing: defaultTiming, calls: defaultCalls },
  };
}
