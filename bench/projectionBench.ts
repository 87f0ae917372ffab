import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openChronicle } from '../src/main.ts';
import { fileBytes } from './workloads/bulkImport.ts';
import { now, perSecond } from './measure.ts';
import { noProfiler, startProfiler, type Profiler } from './profiler.ts';
import { stderrLog, throttled, type Log } from './progress.ts';
import { prepareStore } from './projection/prepareStore.ts';
import { rawScan } from './projection/rawScan.ts';
import { diffDigests, digestReadModels } from '../test/support/readModelDump.ts';
import { positive } from './benchCommand.ts';

/**
 * Projection throughput: a generated dossier imported (not projected) into a temp SQLite store, then
 * (a) `runner.catchUp()` from empty read models and (b) `runner.rebuild()`, in events per second,
 * beside a raw scan of the log (read + JSON.parse of every event: the floor of any projection).
 * With verification (default) the rebuilt tables must equal the caught-up ones, row for row.
 */
const USAGE = `usage: node bench/run.mjs projectionBench [--events N] [--seed N] [--batch N] [--rebuilds N] [--profile DIR] [--cache DIR] [--no-verify] [--no-raw]
  --events N     events the generated dossier imports (default 200,000)
  --batch N      the runner's batchSize (default: the runner's own)
  --rebuilds N   timed rebuilds after the catch-up (default 1)
  --profile DIR  catch-up.cpuprofile and rebuild.cpuprofile in DIR (the figures are then inflated)
  --cache DIR    reuse an imported store of the same size and seed from DIR (saved there after an import)
  --no-verify    skip comparing the rebuilt tables with the caught-up ones
  --no-raw       skip the raw scan`;

interface Options {
  readonly events: number;
  readonly seed: number;
  readonly batch: number | undefined;
  readonly rebuilds: number;
  readonly profile: string | undefined;
  readonly cache: string | undefined;
  readonly verify: boolean;
  readonly raw: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      events: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      rebuilds: { type: 'string' },
      profile: { type: 'string' },
      cache: { type: 'string' },
      'no-verify': { type: 'boolean', default: false },
      'no-raw': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return {
    events: positive(values.events, 'events', 200_000, USAGE),
    seed: positive(values.seed, 'seed', 20220422, USAGE),
    batch: values.batch === undefined ? undefined : positive(values.batch, 'batch', 2000, USAGE),
    rebuilds: positive(values.rebuilds, 'rebuilds', 1, USAGE),
    profile: values.profile,
    cache: values.cache,
    verify: !values['no-verify'],
    raw: !values['no-raw'],
  };
}

interface Figure {
  readonly events: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly load: number;
}

async function measure(label: string, profiler: Profiler, fn: () => Promise<number>): Promise<Figure> {
  const load = loadavg()[0]!;
  const cpu = process.cpuUsage();
  const start = now();
  const events = await profiler.phase(label, fn);
  const ms = now() - start;
  const used = process.cpuUsage(cpu);
  return { events, ms, cpuMs: (used.user + used.system) / 1000, load };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const line = (label: string, f: Figure) =>
  `| ${label} | ${fmt(f.events)} | ${(f.ms / 1000).toFixed(2)} s | **${fmt(perSecond(f.events, f.ms))}** | ${fmt(perSecond(f.events, f.cpuMs))} | ${f.load.toFixed(2)} |`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log: Log = stderrLog();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-projection-bench-'));
  const profiler = options.profile ? await startProfiler(options.profile) : noProfiler;
  try {
    const path = join(dir, 'chronicle.db');
    const prepared = await prepareStore(path, options.events, options.seed, options.cache, log);
    const rows: string[] = [];

    if (options.raw) {
      log('raw scan');
      const raw = await measure('raw-scan', noProfiler, async () => rawScan(path, options.batch ?? 2000));
      rows.push(line('raw scan: `SELECT … ORDER BY position` + `JSON.parse` (floor)', raw));
    }

    const chronicle = await openChronicle({
      storeUrl: `sqlite:${path}?synchronous=normal`,
      ...(options.batch !== undefined ? { runner: { batchSize: options.batch } } : {}),
    });
    try {
      const catchUpProgress = throttled(log, 'catch-up (events)');
      log('catch-up from empty read models');
      const caught = await measure('catch-up', profiler, () =>
        chronicle.runner.catchUp((n) => catchUpProgress(n, prepared.events)),
      );
      rows.push(line('`runner.catchUp()` from empty read models', caught));
      log(`catch-up: ${fmt(caught.events)} events in ${(caught.ms / 1000).toFixed(1)} s`);
      const expected = options.verify
        ? digestReadModels(chronicle.readModels().db, chronicle.readModels().prefix)
        : undefined;

      for (let i = 0; i < options.rebuilds; i++) {
        const rebuildProgress = throttled(log, 'rebuild (events)');
        log(`rebuild ${i + 1}/${options.rebuilds}`);
        const rebuilt = await measure(i === 0 ? 'rebuild' : `rebuild-${i + 1}`, profiler, () =>
          chronicle.runner.rebuild((n) => rebuildProgress(n, prepared.events)),
        );
        rows.push(line('`runner.rebuild()` of every read model', rebuilt));
        log(`rebuild: ${fmt(rebuilt.events)} events in ${(rebuilt.ms / 1000).toFixed(1)} s`);
        if (expected) {
          const differences = diffDigests(
            digestReadModels(chronicle.readModels().db, chronicle.readModels().prefix),
            expected,
          );
          if (differences.length > 0)
            throw new Error(`the rebuilt read models differ from the caught-up ones: ${differences.join('; ')}`);
          log('rebuild equals catch-up: every read-model table identical');
        }
      }
    } finally {
      await chronicle.close();
    }

    process.stdout.write(
      [
        `Projection benchmark: ${fmt(prepared.events)} events (${fmt(prepared.stats.facts)} facts, seed ${options.seed}), ` +
          `batch ${options.batch ?? 'default'}, store ${(fileBytes(path) / 2 ** 20).toFixed(0)} MiB at the end` +
          `${options.profile ? ' — PROFILED: figures inflated' : ''}`,
        prepared.importMs !== undefined
          ? `import (not the subject): ${fmt(perSecond(prepared.events, prepared.importMs))} events/s`
          : 'import: from the cache',
        '',
        '| step | events | wall | events/s | events per CPU-s | load (1 min) |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
        '',
        `verified: ${options.verify ? 'rebuilt tables equal the caught-up tables' : 'no'}`,
        '',
      ].join('\n'),
    );
  } finally {
    if ('close' in profiler) await (profiler as { close(): Promise<void> }).close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
