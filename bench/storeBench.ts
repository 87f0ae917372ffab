import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { openChronicle } from '../src/main.ts';
import { benchCommand } from './benchCommand.ts';
import { parseBenchOptions, type BenchOptions } from './benchOptions.ts';
import { runPagesOnly } from './pagesOnly.ts';
import { renderChart } from './chart.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { machineInfo, now, timed } from './measure.ts';
import { noProfiler, startProfiler, type Profiler } from './profiler.ts';
import { stderrLog, type Log } from './progress.ts';
import { chartSpec } from './storeReport/chartSpec.ts';
import { renderResults } from './storeReport/renderResults.ts';
import { writeReport } from './storeReport/reportFile.ts';
import type { BenchResults, SizeResults } from './storeReport/results.ts';
import { eventsForFacts, hubShareFor, sizeLabel } from './sizes.ts';
import { benchBulkImport, type RawDatabase } from './workloads/bulkImport.ts';
import { benchRebuild, type RebuildResult } from './workloads/rebuild.ts';
import { benchSingleAppends, type SingleAppendsResult } from './workloads/singleAppends.ts';
import { benchStartup } from './workloads/startup.ts';
import { benchTimelineHttp, benchTimelinePage, type HttpPagesResult } from './workloads/timelinePage.ts';

/**
 * The store benchmark, at each size (facts): bulk import (beside raw better-sqlite3 inserting the
 * same rows), actor timeline pages in process and over HTTP (beside a raw query and a bare express
 * route), start-up and memory of the server on the projected store (beside a bare server); at the
 * largest size also single durable appends and a rebuild. Writes the report and the cost-vs-size
 * chart. See docs/benchmarks.md.
 */
async function runStoreBench(
  options: BenchOptions,
  command: string,
  chartRef: string,
  log: Log,
  started: number,
): Promise<BenchResults> {
  const startedAt = new Date();
  /** 1-minute load average at the start and after each workload: other processes skew absolute times. */
  const load = [loadavg()[0]!];
  const sampleLoad = () => load.push(loadavg()[0]!);
  const dirs = new Set<string>();
  process.once('SIGINT', () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
  const profiler = options.profile ? await startProfiler(options.profile) : undefined;
  const sizes: SizeResults[] = [];
  let appends: SingleAppendsResult | undefined;
  let rebuild: RebuildResult | undefined;
  try {
    for (const [index, facts] of options.sizes.entries()) {
      const largest = index === options.sizes.length - 1;
      const label = sizeLabel(facts);
      const sized: Profiler = profiler ? { phase: (name, fn) => profiler.phase(`${name}-${label}`, fn) } : noProfiler;
      const dir = mkdtempSync(join(tmpdir(), `chronicle-bench-${label}-`));
      dirs.add(dir);
      const chroniclePath = join(dir, 'c.db');
      const storeUrl = `sqlite:${chroniclePath}`;
      let raw: RawDatabase | undefined;
      const chronicle = await openChronicle({ storeUrl });
      try {
        const targetEvents = eventsForFacts(facts);
        log(
          `size ${label}: generating a dossier of ~${facts.toLocaleString('en-US')} facts (~${targetEvents.toLocaleString('en-US')} events, seed ${options.seed})`,
        );
        const sizeLoad = [loadavg()[0]!];
        const { bulk, dataset } = await (async () => {
          // The dossier is only referenced in here, so it can be collected once imported.
          const generated = await timed(() =>
            generateDossier({ targetEvents, seed: options.seed, hubShare: hubShareFor(facts) }),
          );
          const { dossier, stats } = generated.result;
          log(
            `size ${label}: ${stats.facts.toLocaleString('en-US')} facts, ${stats.expectedEvents.toLocaleString('en-US')} events expected`,
          );
          const run = await benchBulkImport(chronicle, chroniclePath, dossier, dir, log, sized);
          return { bulk: run, dataset: { ...stats, generateMs: generated.ms } };
        })();
        raw = bulk.raw;
        sampleLoad();
        sizeLoad.push(loadavg()[0]!);
        const timeline = await benchTimelinePage(chronicle, chroniclePath, options.repeats, log, sized);
        sampleLoad();
        sizeLoad.push(loadavg()[0]!);
        log(
          `size ${label}: the server on the projected store: ${options.startups} start-up(s) (and the bare reference), the pages over HTTP on the first`,
        );
        let http: HttpPagesResult | undefined;
        const startup = await benchStartup(
          storeUrl,
          { actorId: timeline.actorId, asOf: timeline.asOf.position },
          options.startups,
          options.burst,
          log,
          async (child) => {
            http = await benchTimelineHttp(child, timeline.plan, options.httpRepeats, log);
          },
        );
        sampleLoad();
        sizeLoad.push(loadavg()[0]!);
        sizes.push({ facts, dataset, bulk: bulk.result, timeline, http: http!, startup, load: sizeLoad });
        if (options.json && !largest) {
          // A full run takes hours: keep what is measured so far (render it with --from-json).
          const partial: BenchResults = {
            command,
            profiled: options.profile !== undefined,
            startedAt,
            load,
            totalMs: now() - started,
            seed: options.seed,
            machine: machineInfo(tmpdir()),
            sizes,
            chart: chartRef,
          };
          writeFileSync(options.json, `${JSON.stringify(partial, null, 1)}\n`);
        }
        if (largest) {
          if (options.rebuild) {
            rebuild = await benchRebuild(chronicle, chroniclePath, raw, log, sized);
            sampleLoad();
          }
          appends = await benchSingleAppends(chronicle, raw, options.appends, log, sized);
          sampleLoad();
        }
      } finally {
        raw?.close();
        await chronicle.close();
        rmSync(dir, { recursive: true, force: true });
        dirs.delete(dir);
      }
    }
  } finally {
    await profiler?.close();
  }
  return {
    command,
    profiled: options.profile !== undefined,
    startedAt,
    load,
    totalMs: now() - started,
    seed: options.seed,
    machine: machineInfo(tmpdir()),
    sizes,
    ...(appends ? { appends } : {}),
    ...(rebuild ? { rebuild } : {}),
    chart: chartRef,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchOptions(argv);
  const command = benchCommand('storeBench', ['bench', 'bench:quick'], argv);
  const started = now();
  const log = stderrLog(started);
  // Importing holds the dossier, its parsed copy and the planned commands at once: about 5 KiB per fact
  // (518 MiB of heap at 100,000 facts), so 1M facts needs more than node's default heap limit.
  const needed = Math.max(...options.sizes) * 5.5 * 1024;
  const limit = getHeapStatistics().heap_size_limit;
  if (!options.fromJson && needed > 0.8 * limit) {
    log(
      `warning: the largest size may need ~${(needed / 2 ** 30).toFixed(1)} GiB of heap and node allows ${(limit / 2 ** 30).toFixed(1)} GiB: ` +
        'run it as node --max-old-space-size=8192 bench/run.mjs storeBench …',
    );
  }
  if (options.only === 'pages') {
    const profiler = options.profile ? await startProfiler(options.profile) : undefined;
    const report = await runPagesOnly(options, command, log, (label) =>
      profiler ? { phase: (name, fn) => profiler.phase(`${name}-${label}`, fn) } : noProfiler,
    );
    await profiler?.close();
    process.stdout.write(`${report}\n`);
    if (options.out) writeFileSync(options.out, `${report}\n`);
    return;
  }
  const chartPath = resolve(options.chart);
  // The report links the chart relative to where the report is written (an absolute path when only printed).
  const chartRef = options.out ? relative(dirname(resolve(options.out)), chartPath) || chartPath : chartPath;
  const saved = (path: string): BenchResults => {
    const r = JSON.parse(readFileSync(path, 'utf8')) as Omit<BenchResults, 'startedAt'> & { startedAt: string };
    return { ...r, startedAt: new Date(r.startedAt), chart: chartRef };
  };
  const results = options.fromJson
    ? saved(options.fromJson)
    : await runStoreBench(options, command, chartRef, log, started);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(results, null, 1)}\n`);
    log(`figures written to ${options.json}`);
  }
  mkdirSync(dirname(chartPath), { recursive: true });
  writeFileSync(chartPath, renderChart(chartSpec(results)));
  log(`chart written to ${chartPath}`);
  const report = renderResults(results);
  process.stdout.write(`${report}\n`);
  if (options.out) {
    writeReport(resolve(options.out), report);
    process.stderr.write(`report written to ${options.out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
