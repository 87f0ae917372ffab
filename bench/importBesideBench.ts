/**
 * Bulk import end to end with the read models' catch-up after the append, beside it, or following
 * it: generates a dossier of about `--facts` facts, then, `--runs` times for each way, imports it
 * into a fresh temporary store and brings the read models up to the log, the ways alternating:
 * - `after`: `importDossier`, then `runner.catchUp()` in the same thread (`chronicle import` and
 *   the store benchmark instead project each batch in the turn of its commit: `importCostBench.ts --in-turn`);
 * - `beside`: a worker thread (`workloads/catchUpWorker.ts`) with its own connections to the file
 *   catches up after each batch the import commits, while the import plans and appends the next;
 *   the end is when the worker has caught up with the import's last batch;
 * - `inturn`: the runner follows the log (`runner.start()`, as `chronicle serve` does) while the
 *   import appends; the end is when the read models reach the head of the log.
 * Prints, per run, the wall time from the import's start to read models at the head of the log,
 * the process's CPU time in that span (every thread's), the events per second end to end, and the
 * load average. `--way after|beside|inturn` runs one way only (a fresh process for each, as
 * `chronicle import` runs: alternate them). `--read-models-apart` puts the read models in a file
 * of their own (no write lock shared with the append).
 *
 *   node --import tsx bench/importBesideBench.ts --facts 10000 --runs 3
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import type { Dossier } from '../src/commands/dossier/schema.ts';
import { openChronicle } from '../src/main.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'read-models-apart': { type: 'boolean', default: false },
    way: { type: 'string' },
  },
});
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const metadata = { recordedBy: 'bench', reason: 'import beside catch-up' };

interface Run {
  readonly appended: number;
  readonly projected: number;
  /** From the import's start to the end of the append, and to read models at the head of the log. */
  readonly appendWall: number;
  readonly wall: number;
  readonly cpu: number;
}

async function after(storeUrl: string, readModelsUrl: string | undefined, dossier: Dossier): Promise<Run> {
  const chronicle = await openChronicle({ storeUrl, ...(readModelsUrl ? { readModelsUrl } : {}) });
  try {
    const cpu = cpuMs();
    const wall = performance.now();
    const report = await importDossier(chronicle.write, dossier, { metadata });
    const appendWall = performance.now() - wall;
    const projected = await chronicle.runner.catchUp();
    return {
      appended: report.appended + report.recorded,
      projected,
      appendWall,
      wall: performance.now() - wall,
      cpu: cpuMs() - cpu,
    };
  } finally {
    await chronicle.close();
  }
}

async function beside(storeUrl: string, readModelsUrl: string | undefined, dossier: Dossier): Promise<Run> {
  const chronicle = await openChronicle({ storeUrl, ...(readModelsUrl ? { readModelsUrl } : {}) });
  const worker = new Worker(new URL('./workloads/catchUpWorker.mjs', import.meta.url), {
    workerData: { storeUrl, readModelsUrl },
  });
  try {
    const ended = new Promise<number>((resolve, reject) => {
      worker.on('message', (m: unknown) => {
        if (typeof m === 'object' && m !== null && 'applied' in m) resolve((m as { applied: number }).applied);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the catch-up worker exited (${code}) before it was done`)));
    });
    await new Promise<void>((resolve) => worker.once('message', () => resolve()));
    const cpu = cpuMs();
    const wall = performance.now();
    const report = await importDossier(chronicle.write, dossier, {
      metadata,
      onProgress: () => worker.postMessage('committed'),
    });
    const appendWall = performance.now() - wall;
    worker.postMessage('done');
    const projected = await ended;
    return {
      appended: report.appended + report.recorded,
      projected,
      appendWall,
      wall: performance.now() - wall,
      cpu: cpuMs() - cpu,
    };
  } finally {
    await worker.terminate();
    await chronicle.close();
  }
}

function wayOf(text: string): keyof typeof ways {
  if (text === 'after' || text === 'beside' || text === 'inturn') return text;
  throw new Error(`--way: expected after, beside or inturn, got ${JSON.stringify(text)}`);
}

async function inturn(storeUrl: string, readModelsUrl: string | undefined, dossier: Dossier): Promise<Run> {
  const chronicle = await openChronicle({ storeUrl, ...(readModelsUrl ? { readModelsUrl } : {}) });
  try {
    const cpu = cpuMs();
    const wall = performance.now();
    await chronicle.runner.start();
    const report = await importDossier(chronicle.write, dossier, { metadata });
    const appendWall = performance.now() - wall;
    const head = await chronicle.store.headPosition();
    if (head !== undefined) await chronicle.runner.waitFor(head);
    await chronicle.runner.stop();
    const { position } = chronicle.readModels().checkpoint();
    if (position !== head) throw new Error(`inturn: the read models are at ${position}, the log at ${head}`);
    const appended = report.appended + report.recorded;
    return {
      appended,
      projected: appended,
      appendWall,
      wall: performance.now() - wall,
      cpu: cpuMs() - cpu,
    };
  } finally {
    await chronicle.close();
  }
}

const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
const ways = { after, beside, inturn };
for (let run = 1; run <= Number(values.runs); run++) {
  for (const way of values.way ? [wayOf(values.way)] : (['after', 'beside', 'inturn'] as const)) {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-beside-'));
    try {
      const readModelsUrl = values['read-models-apart'] ? `sqlite:${join(dir, 'rm.db')}` : undefined;
      const r = await ways[way](`sqlite:${join(dir, 'store.db')}`, readModelsUrl, dossier);
      if (r.projected !== r.appended)
        throw new Error(`${way}: ${r.appended} events appended, ${r.projected} projected`);
      console.log(
        `run ${run} ${way.padEnd(6)}: ${r.appended} events; end to end ${(r.wall / 1000).toFixed(2)} s wall ` +
          `(append ${(r.appendWall / 1000).toFixed(2)} s), ${Math.round((r.appended * 1000) / r.wall)} events/s; ` +
          `CPU ${((r.cpu * 1000) / r.appended).toFixed(1)} µs/event; load average ${loadavg()[0]!.toFixed(2)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
