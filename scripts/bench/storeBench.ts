import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openChronicle } from '../../src/main.ts';
import { parseBenchOptions, type BenchOptions } from './benchOptions.ts';
import { generateDossier } from './generateDossier.ts';
import { machineInfo, now, timed } from './measure.ts';
import { noProfiler, startProfiler } from './profiler.ts';
import { stderrLog } from './progress.ts';
import { renderResults, writeReport, type BenchResults } from './report.ts';
import { benchBulkImport, type RawDatabase } from './workloads/bulkImport.ts';
import { benchRebuild } from './workloads/rebuild.ts';
import { benchSingleAppends } from './workloads/singleAppends.ts';
import { benchTimelinePage } from './workloads/timelinePage.ts';

/**
 * The store benchmark: bulk import, single durable appends, rebuild and an actor timeline page,
 * each next to raw better-sqlite3 doing the same work in the same run. See docs/benchmarks.md.
 */
async function runStoreBench(options: BenchOptions, command: string): Promise<BenchResults> {
  const started = now();
  const startedAt = new Date();
  const log = stderrLog(started);
  /** 1-minute load average at the start and after each workload: other processes skew absolute times. */
  const load = [loadavg()[0]!];
  const sampleLoad = () => load.push(loadavg()[0]!);
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    removeDir();
    process.exit(130);
  });
  const chroniclePath = join(dir, 'c.db');
  let raw: RawDatabase | undefined;
  const profiler = options.profile ? await startProfiler(options.profile) : undefined;
  const chronicle = await openChronicle({ storeUrl: `sqlite:${chroniclePath}` }).catch((error: unknown) => {
    removeDir();
    throw error;
  });
  try {
    log(`generating a dossier of ~${options.events.toLocaleString('en-US')} events (seed ${options.seed})`);
    const generated = await timed(() => generateDossier({ targetEvents: options.events, seed: options.seed }));
    const { dossier, stats } = generated.result;
    log(`dossier: ${stats.facts.toLocaleString('en-US')} facts, ${stats.expectedEvents.toLocaleString('en-US')} events expected`);

    const bulkRun = await benchBulkImport(chronicle, chroniclePath, dossier, dir, log, profiler ?? noProfiler);
    raw = bulkRun.raw;
    sampleLoad();
    const timeline = await benchTimelinePage(chronicle, chroniclePath, options.repeats, log, profiler ?? noProfiler);
    sampleLoad();
    const rebuild = await benchRebuild(chronicle, chroniclePath, raw, log, profiler ?? noProfiler);
    sampleLoad();
    const appends = await benchSingleAppends(chronicle, raw, options.appends, log, profiler ?? noProfiler);
    sampleLoad();
    return {
      command, profiled: options.profile !== undefined, startedAt, load, totalMs: now() - started, seed: options.seed,
      machine: machineInfo(tmpdir()),
      dataset: { ...stats, generateMs: generated.ms },
      bulk: bulkRun.result, appends, rebuild, timeline,
    };
  } finally {
    raw?.close();
    await profiler?.close();
    await chronicle.close();
    removeDir();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(argv);
  const script = process.env.npm_lifecycle_event;
  const command = script === 'bench' || script === 'bench:quick'
    ? `npm run ${script}${argv.filter((a) => a !== '--quick').length ? ` -- ${argv.filter((a) => a !== '--quick').join(' ')}` : ''}`
    : `node --import tsx scripts/bench/storeBench.ts ${argv.join(' ')}`.trim();
  const results = renderResults(await runStoreBench(options, command));
  process.stdout.write(`${results}\n`);
  if (options.out) {
    writeReport(resolve(options.out), results);
    process.stderr.write(`report written to ${options.out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
