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
  },
});
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const spent = new Map<string, number>();
const timed = <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
  function (this: unknown, ...args: A): void {
    const start = cpuMs();
    fn.apply(this, args);
    spent.set(name, (spent.get(name) ?? 0) + cpuMs() - start);
  };
for (const p of PROJECTIONS) (p as { apply: Projection['apply'] }).apply = timed(p.name, p.apply);
const TIMELINE_SQL = 'timeline: of which its SQL writes';
Timeline.prototype.write = timed(TIMELINE_SQL, Timeline.prototype.write);

const profiling = values.profile ? await startProfiler(values.profile) : undefined;
const profiler = profiling ?? noProfiler;
const dir = mkdtempSync(join(tmpdir(), 'chronicle-rebuild-'));
try {
  const chronicle = await openChronicle({ storeUrl: `sqlite:${values.store ?? join(dir, 'store.db')}` });
  try {
    const empty = (await chronicle.store.readAll({ maxCount: 1 })).length === 0;
    if (empty) {
      const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
      await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'rebuild cost' } });
    } else console.log(`store ${values.store}: not imported again, rebuilt in a fresh process`);
    if (!values['skip-catch-up']) await chronicle.runner.catchUp();
    for (let run = 1; run <= Number(values.runs); run++) {
      spent.clear();
      const wall = performance.now();
      const cpu = cpuMs();
      const events = await profiler.phase(`rebuild-${run}`, () => chronicle.runner.rebuild());
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
      let projections = 0;
      for (const [name, v] of spent) {
        if (name !== TIMELINE_SQL) projections += v;
        console.log(`  ${name}: ${perEvent(v)}`);
      }
      console.log(
        `  the rest (the log read, decoded, folded; commits, indexes, swap): ${perEvent(total - projections)}`,
      );
    }
  } finally {
    await chronicle.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await profiling?.close();
}
