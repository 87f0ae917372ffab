import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RecordedEvent } from '../src/core/event.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { SqliteEventStore } from '../src/store/sqlite/SqliteEventStore.ts';
import { benchCommand, positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { machineInfo, now, timed } from './measure.ts';
import { startProfiler } from './profiler.ts';
import { stderrLog } from './progress.ts';
import {
  compareDocuments,
  copyLogToEmmett,
  readAllRounds,
  readWholeLog,
  runChronicleCatchUp,
  runEmmettConsumer,
  type InlineTiming,
  type RunTiming,
} from './emmett/projection.ts';
import { renderEmmettResults, writeEmmettSection, type EmmettResults } from './emmett/report.ts';
import { digestProfile, type ProfileDigest } from './emmett/profileDigest.ts';
import {
  instrumentSqlite3,
  openChronicleStore,
  silenceConsoleLog,
  sqlite3Unhandled,
  toChronicleEvent,
} from './emmett/sides.ts';
import { runStoreWorkloads } from './emmett/storeWorkloads.ts';

/**
 * Issue #8: the same append, read and projection workloads on Emmett's SQLite event store
 * (`@event-driven-io/emmett-sqlite`) and on Chronicle, in one run, on file databases in a temp
 * directory; ratios against the goals (≥ 5× on single appends, ≥ 10× on projection processing).
 * See docs/benchmarks.md.
 */
export interface EmmettBenchOptions {
  readonly quick: boolean;
  /** Events of the generated log the projections process (approximate: whole facts). */
  readonly events: number;
  readonly appends: number;
  readonly batches: number;
  readonly concurrency: number;
  readonly concurrentAppends: number;
  readonly reads: number;
  readonly longReads: number;
  /** Projection runs per side (Emmett best and Chronicle alternate). */
  readonly rounds: number;
  /** Emmett consumer `pulling.batchSize` of the best configuration, one per projection round (cycled). */
  readonly emmettBatches: readonly number[];
  /** Events the Emmett default consumer processes (the start of the log; it pauses 50 ms per 100 events). */
  readonly defaultEvents: number;
  readonly seed: number;
  readonly out: string | undefined;
  readonly profile: string | undefined;
}

const USAGE = `usage: node bench/run.mjs emmettBench [--quick] [--events N] [--appends N] [--batches N] [--concurrency N]
         [--concurrent-appends N] [--reads N] [--long-reads N] [--rounds N] [--emmett-batches N,N] [--default-events N]
         [--seed N] [--out FILE] [--profile DIR]
  full (default): a 20,000-event log, 600 single appends and 200 ten-event appends per side, 2 projection runs per side
                  (Emmett's consumer with batches of 1,000 then 10,000); writes its section of docs/benchmarks.md
  --quick:        4,000 events, 100 appends, 30 batches, 1 projection run per side: under a minute; prints the report
                  (write it with --out FILE)
  --profile DIR:  after the measurements (which it does not affect), CPU profiles of Chronicle alone: chronicle-appends.cpuprofile (single appends, awaited one
                  by one) and chronicle-catch-up.cpuprofile (one catch-up); summarise with bench/profileSummary.ts`;

function parseOptions(argv: readonly string[]): EmmettBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      events: { type: 'string' },
      appends: { type: 'string' },
      batches: { type: 'string' },
      concurrency: { type: 'string' },
      'concurrent-appends': { type: 'string' },
      reads: { type: 'string' },
      'long-reads': { type: 'string' },
      rounds: { type: 'string' },
      'emmett-batches': { type: 'string' },
      'default-events': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  return {
    quick,
    events: positive(values.events, 'events', quick ? 4_000 : 20_000, USAGE),
    appends: positive(values.appends, 'appends', quick ? 100 : 600, USAGE),
    batches: positive(values.batches, 'batches', quick ? 30 : 200, USAGE),
    concurrency: positive(values.concurrency, 'concurrency', 16, USAGE),
    concurrentAppends: positive(values['concurrent-appends'], 'concurrent-appends', quick ? 400 : 3_000, USAGE),
    reads: positive(values.reads, 'reads', quick ? 200 : 1_000, USAGE),
    longReads: positive(values['long-reads'], 'long-reads', quick ? 8 : 40, USAGE),
    rounds: positive(values.rounds, 'rounds', quick ? 1 : 2, USAGE),
    emmettBatches: (values['emmett-batches'] ?? '1000,10000')
      .split(',')
      .map((b) => positive(b.trim(), 'emmett-batches', 1_000, USAGE)),
    defaultEvents: positive(values['default-events'], 'default-events', quick ? 1_500 : 5_000, USAGE),
    seed: positive(values.seed, 'seed', 20220422, USAGE),
    profile: values.profile,
    // Profiles are taken after the measurements, so a profiled full run still writes its results.
    out: values.out ?? (quick ? undefined : 'docs/benchmarks.md'),
  };
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // no package.json here
      }
      const up = dirname(dir);
      if (up === dir) return 'unknown';
      dir = up;
    }
  } catch {
    return 'unknown';
  }
}

async function sqlite3Version(): Promise<string> {
  const { default: sqlite3 } = await import('sqlite3');
  const db = new sqlite3.Database(':memory:');
  try {
    return await new Promise<string>((done, fail) =>
      db.get('SELECT sqlite_version() AS v', (err: Error | null, row: { v: string }) =>
        err ? fail(err) : done(row.v),
      ),
    );
  } finally {
    db.close();
  }
}

async function runEmmettBench(options: EmmettBenchOptions, command: string): Promise<EmmettResults> {
  const started = now();
  const startedAt = new Date();
  const log = stderrLog(started);
  const load = { start: loadAverage(), between: [] as number[], end: 0 };
  instrumentSqlite3();
  const quiet = silenceConsoleLog();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-emmett-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    removeDir();
    process.exit(130);
  });
  const logPath = join(dir, 'log-chronicle.db');
  const emmettPath = join(dir, 'log-emmett.db');
  const chronicle = await openChronicle({ storeUrl: `sqlite:${logPath}?synchronous=normal` });
  try {
    // The log: a generated dossier imported into Chronicle, then copied into Emmett's store.
    log(`generating a dossier of ~${options.events.toLocaleString('en-US')} events (seed ${options.seed})`);
    const { dossier, stats } = generateDossier({ targetEvents: options.events, seed: options.seed });
    const imported = await timed(() =>
      importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'emmett comparison' } }),
    );
    if (imported.result.rejected.length > 0)
      throw new Error(`the generated dossier has rejected items: ${JSON.stringify(imported.result.rejected[0])}`);
    const store = chronicle.store as SqliteEventStore;
    const events = await readWholeLog(store, log);
    const facts = events.filter((e) => e.type === 'FactRecorded');
    const eventTypes = [...new Set(events.map((e) => e.type))].sort();
    log('copying the log into Emmett');
    const copy = await copyLogToEmmett(events, emmettPath);
    log(`copied: ${copy.appends.toLocaleString('en-US')} appendToStream calls in ${(copy.ms / 1000).toFixed(1)} s`);
    load.between.push(loadAverage());

    const stores = await runStoreWorkloads(
      join(dir, 'stores'),
      facts,
      events,
      {
        appends: options.appends,
        batches: options.batches,
        concurrency: options.concurrency,
        concurrentAppends: options.concurrentAppends,
        reads: options.reads,
        longReads: options.longReads,
        block: 25,
        warmUp: 10,
      },
      log,
    );
    load.between.push(loadAverage());

    log(`reading the whole log (${events.length.toLocaleString('en-US')} events), 3 times per side`);
    const readAll = await readAllRounds(store, emmettPath, events.length, 3);

    const projection = {
      chronicle: [] as RunTiming[],
      best: [] as (RunTiming & { batchSize: number })[],
      inline: [] as InlineTiming[],
      default: undefined as RunTiming | undefined,
    };
    const sides = ['consumer', 'chronicle', 'inline'] as const;
    for (let round = 0; round < options.rounds; round++) {
      const batchSize = options.emmettBatches[round % options.emmettBatches.length]!;
      for (let k = 0; k < sides.length; k++) {
        const side = sides[(k + round) % sides.length]!;
        log(
          `projection round ${round + 1}/${options.rounds}: ${side}${side === 'consumer' ? ` (batches of ${batchSize})` : ''}`,
        );
        let last: RunTiming;
        if (side === 'consumer') {
          const run = await runEmmettConsumer(
            emmettPath,
            { setup: 'best', batchSize, pullingFrequencyInMs: 0 },
            `docs_best_${round}`,
            eventTypes,
            events.length,
          );
          projection.best.push({ ...run, batchSize });
          last = run;
        } else if (side === 'inline') {
          const copy = await copyLogToEmmett(events, join(dir, `log-emmett-inline-${round}.db`), {
            table: 'docs_inline',
            eventTypes,
          });
          projection.inline.push(copy.inline!);
          last = copy.inline!;
        } else {
          last = await runChronicleCatchUp(chronicle, logPath, round);
          projection.chronicle.push(last);
        }
        log(`  ${last.events.toLocaleString('en-US')} events in ${(last.ms / 1000).toFixed(2)} s`);
      }
      rmSync(join(dir, `log-emmett-inline-${round}.db`), { force: true });
    }
    log('projection: Emmett default consumer');
    projection.default = await runEmmettConsumer(
      emmettPath,
      { setup: 'default' },
      'docs_default',
      eventTypes,
      Math.min(events.length, options.defaultEvents),
    );
    log(
      `  ${projection.default.events.toLocaleString('en-US')} events in ${(projection.default.ms / 1000).toFixed(2)} s`,
    );
    const documents = compareDocuments(emmettPath, 'docs_best_0', chronicle.readModels());
    load.end = loadAverage();

    const profiles = options.profile ? await profileChronicle(options, dir, chronicle, logPath, facts, log) : undefined;

    return {
      command,
      startedAt,
      totalMs: now() - started,
      options,
      load,
      machine: machineInfo(tmpdir()),
      versions: {
        emmettSqlite: packageVersion('@event-driven-io/emmett-sqlite'),
        emmett: packageVersion('@event-driven-io/emmett'),
        sqlite3: packageVersion('sqlite3'),
        sqlite3Sqlite: await sqlite3Version(),
      },
      log: {
        events: events.length,
        facts: stats.facts,
        actors: stats.actors,
        topics: stats.topics,
        sources: stats.sources,
        streams: new Set(events.map((e) => e.streamName)).size,
        eventTypes,
        importMs: imported.ms,
        copyMs: copy.ms,
        copyAppends: copy.appends,
      },
      stores,
      readAll,
      projection: { ...projection, default: projection.default, documents },
      consoleLines: quiet.count(),
      consoleMessages: quiet.messages(),
      unhandled: { count: sqlite3Unhandled.count, messages: [...sqlite3Unhandled.messages] },
      ...(profiles ? { profiles } : {}),
    };
  } finally {
    quiet.restore();
    await chronicle.close();
    removeDir();
  }
}

/** `--profile`: Chronicle alone, after the measured run, so the profiles hold nothing of Emmett's. */
async function profileChronicle(
  options: EmmettBenchOptions,
  dir: string,
  chronicle: Awaited<ReturnType<typeof openChronicle>>,
  logPath: string,
  facts: readonly RecordedEvent[],
  log: (m: string) => void,
): Promise<ProfileDigest[]> {
  const profileDir = resolve(options.profile!);
  mkdirSync(profileDir, { recursive: true });
  const profiler = await startProfiler(profileDir);
  try {
    const store = openChronicleStore(join(dir, 'profile-appends.db'), 'full');
    try {
      log(`profiling ${options.appends} Chronicle single appends`);
      await profiler.phase('chronicle-appends', async () => {
        for (let i = 0; i < options.appends; i++)
          await store.append(`fact-profile-${i}`, [toChronicleEvent(facts[i % facts.length]!)]);
      });
    } finally {
      await store.close();
    }
    log('profiling one Chronicle catch-up');
    await profiler.phase('chronicle-catch-up', () => runChronicleCatchUp(chronicle, logPath, 99));
  } finally {
    await profiler.close();
  }
  log(`profiles written to ${profileDir}`);
  return [
    digestProfile(
      join(profileDir, 'chronicle-appends.cpuprofile'),
      `${options.appends} single appends, awaited one by one (synchronous=FULL)`,
    ),
    digestProfile(join(profileDir, 'chronicle-catch-up.cpuprofile'), 'one catch-up over the whole log'),
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const command = benchCommand('emmettBench', ['bench:emmett', 'bench:emmett:quick'], argv);
  const results = await runEmmettBench(options, command);
  const text = renderEmmettResults(results);
  process.stdout.write(`${text}\n`);
  if (options.out) {
    writeEmmettSection(resolve(options.out), text);
    process.stderr.write(`report written to ${options.out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
