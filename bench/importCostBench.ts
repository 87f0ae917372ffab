/**
 * What a bulk import spends per event: generates a dossier of about `--facts` facts, then, `--runs`
 * times, imports it into a fresh temporary store (`importDossier`: the append) and catches the read
 * models up (`runner.catchUp()`: the projection), and prints each step's CPU time per event. CPU
 * time, not wall time: other processes on a shared machine stretch the wall clock. Later runs in
 * the same process show the steady cost (V8 has optimised the code by then). Of the append's time,
 * the part inside the store's `appendBatch` (the adapter's checks and SQLite's writes and commits)
 * is shown apart, with the store reads the import made; the rest is the import's own JavaScript
 * (validating, reading and folding streams, deciding, encoding, digesting).
 * Beside them, the raw reference of the store benchmark (`rawBulkAppend`: better-sqlite3 inserting
 * the rows the import wrote into an empty copy of its tables, in as many transactions of as many
 * streams) and its CPU time per event, measured in the same process: the ratio of the two CPU
 * times moves less with the machine's load than the store benchmark's ratio of wall times.
 * `--in-turn` imports as `chronicle import` does (`runner.projectingBatches`): each batch the import
 * commits is projected in the turn of its commit from the events in memory; the CPU time of those
 * projections and of what follows the import (the last events held, the swap) is then counted as
 * the catch-up's, with the catch-up after it (nothing left unless the chain broke), and taken out
 * of the append's (the part in `appendBatch` still holds it).
 * `--batch-size N` sets the import's items per store transaction (default the import's, 500).
 * `--profile DIR` writes a CPU profile of each step (`import-N.cpuprofile`, `catch-up-N.cpuprofile`;
 * summarise one with `node bench/run.mjs profileSummary FILE`); a profiled run is slower.
 *
 *   node --import tsx bench/importCostBench.ts --facts 10000 --runs 3
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import type { EventStore } from '../src/store/port.ts';
import { openChronicle, type Chronicle } from '../src/main.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { connectionsOf } from './chronicleHandles.ts';
import { openLike, pragmasOf, rawBulkAppend, schemaOf, type RawAppendResult } from './rawSqlite.ts';
import { eventsForFacts } from './sizes.ts';
import { Stopwatch } from './measure.ts';
import { timedCommits } from './workloads/bulkImport.ts';
import { noProfiler, startProfiler } from './profiler.ts';

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string' },
    'batch-size': { type: 'string' },
    'in-turn': { type: 'boolean', default: false },
  },
});
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU and wall time of `fn`, in ms. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; cpu: number; wall: number }> {
  const wall = performance.now();
  const cpu = cpuMs();
  const result = await fn();
  return { result, cpu: cpuMs() - cpu, wall: performance.now() - wall };
}
/** `store` with the CPU time of its appends added up in `spent.ms`, and its reads counted. */
function timedStore(store: EventStore, spent: { ms: number; reads: number }): EventStore {
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = cpuMs();
      try {
        return await fn(...args);
      } finally {
        spent.ms += cpuMs() - start;
      }
    };
  return Object.assign(Object.create(store) as EventStore, {
    appendBatch: timed(store.appendBatch.bind(store)),
    readStream: (...args: Parameters<EventStore['readStream']>) => {
      spent.reads += 1;
      return store.readStream(...args);
    },
  });
}
/** The raw reference: the rows of the store at `path` inserted again into `<dir>/raw.db`. */
function rawAppend(chronicle: Chronicle, path: string, dir: string, streamsPerTransaction: number[]): RawAppendResult {
  const source = new Database(path, { readonly: true });
  const raw = openLike(join(dir, 'raw.db'), pragmasOf(connectionsOf(chronicle).store));
  try {
    for (const o of schemaOf(source, (t) => t === 'streams' || t === 'events')) raw.exec(o.sql);
    return rawBulkAppend(raw, source, streamsPerTransaction);
  } finally {
    raw.close();
    source.close();
  }
}
const perEvent = (ms: number, events: number) => `${((ms * 1000) / events).toFixed(1)} µs/event`;

const profiling = values.profile ? await startProfiler(values.profile) : undefined;
const profiler = profiling ?? noProfiler;
const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-import-'));
    try {
      const path = join(dir, 'store.db');
      const chronicle = await openChronicle({ storeUrl: `sqlite:${path}` });
      try {
        const inStore = { ms: 0, reads: 0 };
        const streamsPerTransaction: number[] = [];
        let lastDone = 0;
        const imported = (store: EventStore) =>
          importDossier({ ...chronicle.write, store: timedStore(store, inStore) }, dossier, {
            metadata: { recordedBy: 'bench', reason: 'import cost' },
            ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
            onProgress: (done) => {
              streamsPerTransaction.push(done - lastDone);
              lastDone = done;
            },
          });
        const inTurn = new Stopwatch();
        let workCpu = 0;
        const whole = await measured(() =>
          profiler.phase(`import-${run}`, async () => {
            if (!values['in-turn']) return imported(chronicle.write.store);
            const done = await chronicle.runner.projectingBatches(
              timedCommits(chronicle.write.store, inTurn),
              async (store) => {
                const work = await measured(() => imported(store));
                workCpu = work.cpu;
                return work.result;
              },
            );
            return done.result;
          }),
        );
        const appendCpu = values['in-turn'] ? workCpu - inTurn.cpuMs : whole.cpu;
        const append = { result: whole.result, cpu: appendCpu, wall: whole.wall };
        const events = append.result.appended;
        if (append.result.rejected.length > 0) throw new Error('the generated dossier has rejected items');
        const caughtUp = await measured(() => profiler.phase(`catch-up-${run}`, () => chronicle.runner.catchUp()));
        const project = { cpu: caughtUp.cpu + whole.cpu - appendCpu, wall: caughtUp.wall };
        const raw = rawAppend(chronicle, path, dir, streamsPerTransaction);
        console.log(
          `run ${run}: ${events} events; append ${perEvent(append.cpu, events)} CPU ` +
            `(${(append.wall / 1000).toFixed(2)} s wall; in appendBatch ${perEvent(inStore.ms - inTurn.cpuMs, events)}; ${inStore.reads} stream reads), catch-up ${perEvent(project.cpu, events)} CPU ` +
            `(${(project.wall / 1000).toFixed(2)} s wall); raw append ${perEvent(raw.cpuMs, raw.events)} CPU: ` +
            `the append at ${((100 * raw.cpuMs) / raw.events / (append.cpu / events)).toFixed(1)}% of raw's ` +
            `events per CPU-second; append and catch-up ${perEvent(append.cpu + project.cpu, events)} CPU; load average ${loadavg()[0]!.toFixed(2)}`,
        );
      } finally {
        await chronicle.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await profiling?.close();
}
