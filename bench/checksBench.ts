import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkAll,
  checkComponent,
  relationComponents,
  type CheckFact,
  type CheckSource,
  type Finding,
} from '../src/checks/index.ts';
import { execute } from '../src/commands/execute.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle, type Chronicle } from '../src/main.ts';
import {
  checkFactOf,
  checkSourceOf,
  recheckComponents,
  type FindingsInputs,
} from '../projections/findingsProjection.ts';
import { readFindings } from '../projections/queries/findingsQuery.ts';
import { listRegistry } from '../projections/queries/registryQuery.ts';
import { benchCommand, positive } from './benchCommand.ts';
import { connectionsOf } from './chronicleHandles.ts';
import { generateChecksDataset, type ChecksDataset } from './checks/generateChecksDossier.ts';
import { pairwiseReference } from './checks/pairwiseReference.ts';
import { renderChecksResults, type ChecksResults, type RecheckSide } from './checks/renderChecks.ts';
import { loadAverage, writePart } from './docSection.ts';
import { machineInfo, now, summarize, timed } from './measure.ts';
import { noProfiler, startProfiler, type Profiler } from './profiler.ts';
import { stderrLog, throttled, type Log } from './progress.ts';
import { pragmasOf, synchronousName } from './rawSqlite.ts';
import { Prng } from '../test/support/generators/prng.ts';

/**
 * The date-check benchmark: a full check of every fact (`checkAll`) and the re-check after one
 * date revision (`execute(ReviseFactDate)` + `runner.catchUp()`, and `recheckComponents` alone),
 * each beside a reference measured in the same run. See docs/benchmarks.md.
 */
export interface ChecksBenchOptions {
  readonly quick: boolean;
  readonly facts: number;
  readonly relations: number;
  /** Timed full checks per side. */
  readonly repeats: number;
  /** Date revisions per side. */
  readonly revisions: number;
  readonly seed: number;
  readonly out: string | undefined;
  readonly profile: string | undefined;
}

const USAGE = `usage: node bench/run.mjs checksBench [--quick] [--facts N] [--relations N] [--repeats N] [--revisions N] [--seed N] [--out FILE] [--profile DIR]
  full (default): 100,000 facts, 20,000 relations, 5 full checks, 50 revisions per side; writes docs/benchmarks.md
  --quick:        10,000 facts, 2,000 relations, 3 full checks, 50 revisions; prints the report (write it with --out FILE)
  --profile DIR:  full-check.cpuprofile and recheck.cpuprofile in DIR (slower; the report is printed, not written)`;

function parseOptions(argv: readonly string[]): ChecksBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      facts: { type: 'string' },
      relations: { type: 'string' },
      repeats: { type: 'string' },
      revisions: { type: 'string' },
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
    facts: positive(values.facts, 'facts', quick ? 10_000 : 100_000, USAGE),
    relations: positive(values.relations, 'relations', quick ? 2_000 : 20_000, USAGE),
    repeats: positive(values.repeats, 'repeats', quick ? 3 : 5, USAGE),
    revisions: positive(values.revisions, 'revisions', 50, USAGE),
    seed: positive(values.seed, 'seed', 20220422, USAGE),
    profile: values.profile,
    out: values.out ?? (quick || values.profile ? undefined : 'docs/benchmarks.md'),
  };
}

interface Timing {
  readonly ms: number;
  /** CPU time of this process (user + system, all threads) over the same call: less sensitive to other work on the machine. */
  readonly cpuMs: number;
}

/** Runs `fn` once; wall-clock and CPU time. */
function withCpu<T>(fn: () => T): Timing & { result: T } {
  const cpu = process.cpuUsage();
  const start = now();
  const result = fn();
  const ms = now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

const countBy = (findings: readonly Finding[], key: (f: Finding) => string) => {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
};

/** Workload 3a: loads every current fact and source from the read models, then `checkAll` and the reference, alternating. */
async function benchFullCheck(
  chronicle: Chronicle,
  repeats: number,
  log: Log,
  profiler: Profiler,
): Promise<ChecksResults['full']> {
  const rm = chronicle.readModels();
  const loaded = await timed(() => ({
    facts: new Map<string, CheckFact>(rm.allFacts().map((d) => [d.factId, checkFactOf(d)])),
    sources: new Map<string, CheckSource>(listRegistry(rm, 'sources').map((s) => [s.sourceId, checkSourceOf(s)])),
  }));
  const { facts, sources } = loaded.result;
  log(
    `full check: loaded ${facts.size.toLocaleString('en-US')} facts and ${sources.size} sources in ${loaded.ms.toFixed(0)} ms; ${repeats} runs per side`,
  );
  const components = relationComponents(facts);
  const single = components.filter((c) => c.length === 1);
  const multi = components.filter((c) => c.length > 1);
  const runs = { ours: [] as Timing[], reference: [] as Timing[], single: [] as Timing[], multi: [] as Timing[] };
  let findings: Finding[] = [];
  let violatedPairs = 0;
  await profiler.phase('full-check', async () => {
    for (let i = 0; i < repeats; i++) {
      const a = withCpu(() => checkAll(facts, sources));
      findings = a.result;
      runs.ours.push(a);
      const b = withCpu(() => pairwiseReference(facts));
      violatedPairs = b.result;
      runs.reference.push(b);
      // Where the time goes: the same checkComponent calls, split into components of one fact and the others.
      runs.single.push(withCpu(() => single.forEach((c) => checkComponent(c, facts, sources))));
      runs.multi.push(withCpu(() => multi.forEach((c) => checkComponent(c, facts, sources))));
      log(
        `full check ${i + 1}/${repeats}: checkAll ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)} ms), reference ${b.ms.toFixed(0)} ms`,
      );
    }
  });
  const readModelFindings = readFindings(rm, { kind: 'all' }).findings.length;
  return {
    loadMs: loaded.ms,
    facts: facts.size,
    sources: sources.size,
    ours: summarize(runs.ours.map((r) => r.ms)),
    oursRuns: runs.ours.map((r) => r.ms),
    oursCpu: summarize(runs.ours.map((r) => r.cpuMs)),
    reference: summarize(runs.reference.map((r) => r.ms)),
    referenceRuns: runs.reference.map((r) => r.ms),
    referenceCpu: summarize(runs.reference.map((r) => r.cpuMs)),
    findings: findings.length,
    bySeverity: countBy(findings, (f) => f.severity),
    byCode: countBy(findings, (f) => f.code),
    violatedPairs,
    components: components.length,
    networkComponents: multi.length,
    split: {
      singleMs: summarize(runs.single.map((r) => r.ms)).p50,
      singleCpuMs: summarize(runs.single.map((r) => r.cpuMs)).p50,
      multiMs: summarize(runs.multi.map((r) => r.ms)).p50,
      multiCpuMs: summarize(runs.multi.map((r) => r.cpuMs)).p50,
      single: single.length,
      multiFacts: multi.reduce((sum, c) => sum + c.length, 0),
    },
    readModelFindings,
  };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Picks `count` facts with a plain day date (a revision then stays a plain day), one per group, in a seeded order. */
function pickTargets(
  rng: Prng,
  groups: readonly (readonly string[])[],
  count: number,
  whenOf: (id: string) => string | undefined,
): string[] {
  const order = [...groups];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: string[] = [];
  for (const group of order) {
    const candidates = group.filter((id) => DAY.test(whenOf(id) ?? ''));
    if (candidates.length === 0) continue;
    out.push(rng.pick(candidates));
    if (out.length === count) break;
  }
  if (out.length < count) throw new Error(`only ${out.length} facts to revise, wanted ${count}`);
  return out;
}

function shifted(when: string, days: number): string {
  return new Date(Date.parse(`${when}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Workload 3b: for each target, `execute(ReviseFactDate)` (by 1–3 days), then `runner.catchUp()`
 * (one event: the read-model transaction, re-check of the touched component included), then
 * `recheckComponents([factId])` alone; a fact in a relation component and a fact in none alternate.
 */
async function benchRecheck(
  chronicle: Chronicle,
  dataset: ChecksDataset,
  revisions: number,
  seed: number,
  log: Log,
  profiler: Profiler,
): Promise<ChecksResults['recheck']> {
  const rm = chronicle.readModels();
  const rng = new Prng(seed ^ 0x5eed);
  const whenOf = (id: string) => rm.fact(id)?.when;
  const warmUp = 5;
  const inComponents = pickTargets(rng, dataset.components, revisions + warmUp, whenOf);
  const alone = pickTargets(
    rng,
    dataset.singletons.map((id) => [id]),
    revisions + warmUp,
    whenOf,
  );
  const inputs: FindingsInputs = {
    fact: (id) => rm.fact(id),
    source: (id) => rm.registryDoc('sources', id),
    relatedFrom: (id) => rm.relatedFrom(id),
  };
  const sides = {
    component: {
      execute: [] as number[],
      catchUp: [] as number[],
      catchUpCpu: [] as number[],
      recheck: [] as number[],
      members: [] as number[],
    },
    singleton: {
      execute: [] as number[],
      catchUp: [] as number[],
      catchUpCpu: [] as number[],
      recheck: [] as number[],
      members: [] as number[],
    },
  };
  log(`re-check: ${warmUp} warm-up + ${revisions} revisions per side, alternating`);
  await profiler.phase('recheck', async () => {
    for (let i = 0; i < revisions + warmUp; i++) {
      for (const [side, factId] of [
        ['component', inComponents[i]!],
        ['singleton', alone[i]!],
      ] as const) {
        const when = shifted(whenOf(factId)!, rng.chance(0.5) ? rng.between(1, 3) : -rng.between(1, 3));
        const revised = await timed(() =>
          execute(
            chronicle.write,
            'fact',
            factId,
            { type: 'ReviseFactDate', data: { factId, when } },
            {
              metadata: { recordedBy: 'bench', reason: 'benchmark: re-date by a few days' },
            },
          ),
        );
        if (revised.result.events.length !== 1)
          throw new Error(`revising ${factId} appended ${revised.result.events.length} events`);
        const cpu = process.cpuUsage();
        const caught = await timed(() => chronicle.runner.catchUp());
        const caughtCpu = process.cpuUsage(cpu);
        if (caught.result !== 1) throw new Error(`catch-up after revising ${factId} applied ${caught.result} events`);
        const alone = await timed(() => recheckComponents([factId], inputs));
        if (i < warmUp) continue;
        const s = sides[side];
        s.execute.push(revised.ms);
        s.catchUp.push(caught.ms);
        s.catchUpCpu.push((caughtCpu.user + caughtCpu.system) / 1000);
        s.recheck.push(alone.ms);
        s.members.push(alone.result[0]?.members.length ?? 0);
      }
    }
  });
  const summary = (s: typeof sides.component): RecheckSide => {
    const slowest = s.catchUp.indexOf(Math.max(...s.catchUp));
    return {
      execute: summarize(s.execute),
      catchUp: summarize(s.catchUp),
      catchUpCpu: summarize(s.catchUpCpu),
      recheck: summarize(s.recheck),
      members: summarize(s.members),
      slowestCatchUp: { ms: s.catchUp[slowest]!, cpuMs: s.catchUpCpu[slowest]!, members: s.members[slowest]! },
    };
  };
  return { revisions, warmUp, component: summary(sides.component), singleton: summary(sides.singleton) };
}

async function runChecksBench(options: ChecksBenchOptions, command: string): Promise<ChecksResults> {
  const started = now();
  const startedAt = new Date();
  const log = stderrLog(started);
  const loadBefore = loadAverage();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-checks-bench-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    removeDir();
    process.exit(130);
  });
  const profiler = options.profile ? await startProfiler(options.profile) : undefined;
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, 'checks.db')}?synchronous=normal` });
  try {
    log(
      `generating ${options.facts.toLocaleString('en-US')} facts with ${options.relations.toLocaleString('en-US')} relations (seed ${options.seed})`,
    );
    const generated = await timed(() =>
      generateChecksDataset({ facts: options.facts, relations: options.relations, seed: options.seed }),
    );
    const dataset = generated.result;
    const imported = await timed(() =>
      importDossier(chronicle.write, dataset.dossier, {
        metadata: { recordedBy: 'bench', reason: 'date-check benchmark dossier' },
        onProgress: throttled(log, 'import'),
      }),
    );
    if (imported.result.rejected.length > 0)
      throw new Error(
        `the import rejected ${imported.result.rejected.length} items, e.g. ${JSON.stringify(imported.result.rejected[0])}`,
      );
    log(
      `imported ${imported.result.appended.toLocaleString('en-US')} events in ${(imported.ms / 1000).toFixed(1)} s; catching up`,
    );
    const progress = throttled(log, 'catch-up');
    const caughtUp = await timed(() => chronicle.runner.catchUp((count) => progress(count, imported.result.appended)));
    log(`caught up ${caughtUp.result.toLocaleString('en-US')} events in ${(caughtUp.ms / 1000).toFixed(1)} s`);
    const full = await benchFullCheck(chronicle, options.repeats, log, profiler ?? noProfiler);
    const recheck = await benchRecheck(
      chronicle,
      dataset,
      options.revisions,
      options.seed,
      log,
      profiler ?? noProfiler,
    );
    const { store, readModels } = connectionsOf(chronicle);
    return {
      command,
      profiled: options.profile !== undefined,
      startedAt,
      totalMs: now() - started,
      seed: options.seed,
      machine: machineInfo(tmpdir()),
      load: { before: loadBefore, after: loadAverage() },
      dataset: { ...dataset.stats, generateMs: generated.ms },
      setup: {
        events: imported.result.appended,
        importMs: imported.ms,
        catchUpMs: caughtUp.ms,
        storeSynchronous: synchronousName(pragmasOf(store).synchronous),
        readModelsSynchronous: synchronousName(pragmasOf(readModels).synchronous),
      },
      full,
      recheck,
    };
  } finally {
    await profiler?.close();
    await chronicle.close();
    removeDir();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const command = benchCommand('checksBench', ['bench:checks', 'bench:checks:quick'], argv);
  const results = renderChecksResults(await runChecksBench(options, command));
  process.stdout.write(`${results}\n`);
  if (options.out) {
    writePart(resolve(options.out), 'checks', results);
    process.stderr.write(`report written to ${options.out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
