/**
 * What a catch-up of empty read models costs on a stored log (a first import's projection, a
 * restored store): opens the store at `--store FILE` (make one with `rebuildCostBench.ts --runs 0
 * --skip-catch-up --store FILE`), catches empty read models in a file of their own
 * (`--read-models FILE`, deleted first) up with `runner.catchUp()`, and prints the CPU time per
 * event, the wall time, the RSS after it and the load average. `--batch-by-batch` catches them up
 * batch by batch, each batch committed for readers (`loadEmptyWhole: false`), instead of loading
 * them whole and swapping them in; alternate the two to compare them in one tree.
 *
 *   node --import tsx bench/catchUpCostBench.ts --store FILE --read-models FILE [--batch-by-batch]
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openChronicle } from '../src/main.ts';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    'read-models': { type: 'string' },
    'batch-by-batch': { type: 'boolean', default: false },
  },
});
if (!values.store || !values['read-models']) throw new Error('give --store FILE and --read-models FILE');
const readModels = values['read-models'];
for (const suffix of ['', '-wal', '-shm']) rmSync(readModels + suffix, { force: true });
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const chronicle = await openChronicle({
  storeUrl: `sqlite:${values.store}`,
  readModelsUrl: `sqlite:${readModels}`,
  runner: { loadEmptyWhole: !values['batch-by-batch'] },
});
try {
  const load = loadavg()[0]!;
  const cpu = cpuMs();
  const wall = performance.now();
  const events = await chronicle.runner.catchUp();
  const spent = cpuMs() - cpu;
  console.log(
    `${values['batch-by-batch'] ? 'batch by batch' : 'loaded whole'}: ${events} events, ` +
      `${((spent * 1000) / events).toFixed(1)} µs/event CPU (${(spent / 1000).toFixed(1)} s CPU, ` +
      `${((performance.now() - wall) / 1000).toFixed(1)} s wall); RSS after ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB; ` +
      `load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
  );
} finally {
  await chronicle.close();
}
