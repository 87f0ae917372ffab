/**
 * What a rebuild spends per event, by projection: imports a generated dossier of about `--facts`
 * facts into a temporary store, catches the read models up, then runs `runner.rebuild()` `--runs`
 * times and prints, for each run, the process's CPU time per event — in each projection of
 * `PROJECTIONS` (their `apply`, wrapped), in the timeline's SQL writes (`Timeline.write`), and the
 * rest (reading the log, decoding, folding the fact documents, commits, the indexes and the swap).
 * CPU time, not wall time: other processes on a shared machine stretch the wall clock.
 * `--profile DIR` writes a CPU profile of each rebuild (`rebuild-N.cpuprofile`; summarise it with
 * `bench/profileSummary.ts`); a profiled run's figures are slower than an unprofiled one's.
 * `--store FILE` keeps the store in FILE and imports only into an empty one: run it twice, and the
 * second process rebuilds a store it did not write (no date parsed yet, as after a restart).
 * Each run also prints the process's RSS at its end. `--skip-catch-up` rebuilds without catching
 * the live read models up first (a rebuild replays the whole log whatever they hold).
 * Beside the projections it times the log read (`store.readAll`), the commits (a read-model
 * transaction from the end of its work to its return) and the swap. `--window N` prints, every N
 * events of a rebuild, the CPU per event of those N events and its parts: what grows as the
 * rebuild's tables fill.
 *
 *   node --import tsx bench/rebuildCostBench.ts --facts 10000 --runs 2
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { PROJECTIONS, type Projection } from '../projections/projectionList.ts';
import { ReadModelDb } from '../projections/readModelDb.ts';
import { Timeline } from '../projections/readModels/timeline.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';
import { noProfiler, startProfiler } from './profiler.ts';

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '2' },
    profile: { type: 'string' },
    store: { type: 'string' },
    'skip-catch-up': { type: 'boolean', default: false },
    window: { type: 'string' },
  },
});
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const spent = new Map<string, number>();
const timed = <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
  function (this: unknown, ...args: A): R {
    const start = cpuMs();
    try {
      return fn.apply(this, args);
    } finally {
      spent.set(name, (spent.get(name) ?? 0) + cpuMs() - start);
    }
  };
/**
 * With `--window N`: a progress listener that prints the CPU per event of every N events and its
 * parts (the projections', the log read's, the commits'; the rest of the window apart).
 */
function windows(): ((count: number) => void) | undefined {
  const size = Number(values.window ?? 0);
  if (!(size > 0)) return undefined;
  let from = 0;
  let cpu = cpuMs();
  let before = new Map<string, number>();
  let frames = walFrames;
  return (count) => {
    if (count - from < size) return;
    const now = cpuMs();
    const us = (v: number) => ((v * 1000) / (count - from)).toFixed(1);
    const parts: string[] = [];
    let accounted = 0;
    for (const [name, v] of spent) {
      const d = v - (before.get(name) ?? 0);
      if (name !== TIMELINE_SQL) accounted += d;
      parts.push(`${name.replace(/ \(.*\)$/, '')} ${us(d)}`);
    }
    parts.push(`rest ${us(now - cpu - accounted)}`);
    parts.push(`WAL pages per event ${((walFrames - frames) / (count - from)).toFixed(2)}`);
    frames = walFrames;
    console.log(
      `  events ${from + 1}-${count}: ${us(now - cpu)} µs/event; ${parts.join(', ')}; load ${loadavg()[0]!.toFixed(1)}`,
    );
    from = count;
    cpu = now;
    before = new Map(spent);
  };
}
for (const p of PROJECTIONS) (p as { apply: Projection['apply'] }).apply = timed(p.name, p.apply);
const TIMELINE_SQL = 'timeline: of which its SQL writes';
Timeline.prototype.write = timed(TIMELINE_SQL, Timeline.prototype.write);
const LOG_READ = 'the log read (store.readAll)';
const COMMITS = 'the commits';
const SWAP = 'the swap';
/**
 * The pages the last commit wrote to the WAL: the commit's own checkpoint (`wal_autocheckpoint`,
 * past 1,000 pages) has copied them into the file already, so a passive checkpoint only counts them.
 */
const walFramesOf = (db: ReadModelDb['db']): number =>
  (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]?.log ?? 0;
let walFrames = 0;
const transaction = ReadModelDb.prototype.transaction;
ReadModelDb.prototype.transaction = function <T>(this: ReadModelDb, fn: () => T): T {
  let done = 0;
  const result = transaction.call(this, () => {
    const out = fn();
    done = cpuMs();
    return out;
  }) as T;
  if (done > 0) {
    spent.set(COMMITS, (spent.get(COMMITS) ?? 0) + cpuMs() - done);
    walFrames += walFramesOf(this.db);
  }
  return result;
};
ReadModelDb.prototype.swapInto = timed(SWAP, ReadModelDb.prototype.swapInto);

/**
 * Generates the dossier and imports it, in a function of its own: the dossier (715 MiB of heap at
 * 1M facts) is garbage once it returns. Held in a local of the module's body, it stayed reachable
 * through the rebuilds, and each full garbage collection of a rebuild marked it again.
 */
async function generateAndImport(write: Parameters<typeof importDossier>[0], facts: number): Promise<void> {
  const { dossier } = generateDossier({ targetEvents: eventsForFacts(facts), seed: 7 });
  await importDossier(write, dossier, { metadata: { recordedBy: 'bench', reason: 'rebuild cost' } });
}

const profiling = values.profile ? await startProfiler(values.profile) : undefined;
const profiler = profiling ?? noProfiler;
const dir = mkdtempSync(join(tmpdir(), 'chronicle-rebuild-'));
try {
  const chronicle = await openChronicle({ storeUrl: `sqlite:${values.store ?? join(dir, 'store.db')}` });
  try {
    const readAll = chronicle.store.readAll.bind(chronicle.store);
    chronicle.store.readAll = async (options) => {
      const start = cpuMs();
      const events = await readAll(options);
      spent.set(LOG_READ, (spent.get(LOG_READ) ?? 0) + cpuMs() - start);
      return events;
    };
    const empty = (await chronicle.store.readAll({ maxCount: 1 })).length === 0;
    if (empty) await generateAndImport(chronicle.write, Number(values.facts));
    else console.log(`store ${values.store}: not imported again, rebuilt in a fresh process`);
    if (!values['skip-catch-up']) await chronicle.runner.catchUp();
    for (let run = 1; run <= Number(values.runs); run++) {
      spent.clear();
      const wall = performance.now();
      const cpu = cpuMs();
      const events = await profiler.phase(`rebuild-${run}`, () => chronicle.runner.rebuild(windows()));
      const ms = performance.now() - wall;
      const total = cpuMs() - cpu;
      const perEvent = (v: number) =>
        `${((v * 1000) / events).toFixed(1)} µs/event (${((100 * v) / total).toFixed(0)}%)`;
      console.log(
        `run ${run}: ${events} events, ${(ms / 1000).toFixed(1)} s wall (${((events / ms) * 1000).toFixed(0)} events/s), ` +
          `${(total / 1000).toFixed(1)} s CPU: ${((total * 1000) / events).toFixed(1)} µs/event ` +
          `(${((events / total) * 1000).toFixed(0)} events per CPU-second); ` +
          `RSS after ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB; load average ${loadavg()[0]!.toFixed(2)}`,
      );
      let accounted = 0;
      for (const [name, v] of spent) {
        if (name !== TIMELINE_SQL) accounted += v;
        console.log(`  ${name}: ${perEvent(v)}`);
      }
      console.log(`  the rest (decoded, folded; checkpoints, chunks): ${perEvent(total - accounted)}`);
    }
  } finally {
    await chronicle.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await profiling?.close();
}
