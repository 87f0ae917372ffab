import type { LatencySummary, MachineInfo } from '../measure.ts';
import type { ChecksDatasetStats } from './generateChecksDossier.ts';

/** Goals from the issue. */
export const CHECKS_GOALS = { fullCheckMs: 2000, recheckMs: 50 } as const;

export interface RecheckSide {
  /** `execute(ReviseFactDate)`: the append. */
  readonly execute: LatencySummary;
  /** `runner.catchUp()` of that one event: the read-model transaction with the re-check. */
  readonly catchUp: LatencySummary;
  /** CPU time of this process during each catch-up (the rest of its wall time is waiting: I/O, or other work on the CPUs). */
  readonly catchUpCpu: LatencySummary;
  readonly slowestCatchUp: { readonly ms: number; readonly cpuMs: number; readonly members: number };
  /** `recheckComponents([factId], …)` alone, after the catch-up. */
  readonly recheck: LatencySummary;
  /** Members of the re-checked component. */
  readonly members: LatencySummary;
}

export interface ChecksResults {
  readonly command: string;
  readonly profiled: boolean;
  readonly startedAt: Date;
  readonly totalMs: number;
  readonly seed: number;
  readonly machine: MachineInfo;
  readonly load: { readonly before: number; readonly after: number };
  readonly dataset: ChecksDatasetStats & { readonly generateMs: number };
  readonly setup: {
    readonly events: number;
    readonly importMs: number;
    readonly catchUpMs: number;
    readonly storeSynchronous: string;
    readonly readModelsSynchronous: string;
  };
  readonly full: {
    readonly loadMs: number;
    readonly facts: number;
    readonly sources: number;
    readonly ours: LatencySummary;
    readonly oursRuns: readonly number[];
    readonly oursCpu: LatencySummary;
    readonly reference: LatencySummary;
    readonly referenceRuns: readonly number[];
    readonly referenceCpu: LatencySummary;
    readonly findings: number;
    readonly bySeverity: Readonly<Record<string, number>>;
    readonly byCode: Readonly<Record<string, number>>;
    /** Relations the reference found violated. */
    readonly violatedPairs: number;
    /** Components `relationComponents` finds (singletons included), and those of two or more facts. */
    readonly components: number;
    readonly networkComponents: number;
    /** One `checkComponent` pass over the components of one fact, and one over the others (where the time goes). */
    readonly split: {
      readonly singleMs: number;
      readonly singleCpuMs: number;
      readonly multiMs: number;
      readonly multiCpuMs: number;
      readonly single: number;
      readonly multiFacts: number;
    };
    /** Findings in the read model (`GET /api/checks`) after the catch-up, to compare with `checkAll`. */
    readonly readModelFindings: number;
  };
  readonly recheck: {
    readonly revisions: number;
    readonly warmUp: number;
    readonly component: RecheckSide;
    readonly singleton: RecheckSide;
  };
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const times = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)}×`;
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
const latency = (l: LatencySummary) => `${ms(l.p50)} / ${ms(l.p99)} / ${ms(l.max)} ms`;
const list = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${n(v)} \`${k}\``)
    .join(', ');

/** The generated `checks` part of the shared section of docs/benchmarks.md. */
export function renderChecksResults(r: ChecksResults): string {
  const { dataset: d, setup, full, recheck, machine: m } = r;
  const fullOk = full.ours.max < CHECKS_GOALS.fullCheckMs;
  const c = recheck.component;
  const alone = recheck.singleton;
  const catchUpOk = c.catchUp.p99 < CHECKS_GOALS.recheckMs;
  const recheckOk = c.recheck.p99 < CHECKS_GOALS.recheckMs;
  return [
    `### Results: date checks at ${n(d.facts)} facts / ${n(d.relations)} relations`,
    '',
    `Command: \`${r.command}\` · run ${r.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')} · took ${s(r.totalMs)} in all.`,
    '',
    ...(r.profiled ? ["> Profiled run (`--profile`): the figures include the profiler's overhead.", ''] : []),
    '#### Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu}, ${m.cores} logical cores, **shared**: other work was running on this machine (1-minute load average ${r.load.before} at the start, ${r.load.after} at the end) |`,
    `| RAM | ${m.ramGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| SQLite | ${m.sqlite} (better-sqlite3 ${m.betterSqlite3}) |`,
    `| Temp files | \`${m.tmpDir}\`: ${m.tmpFs}; deleted afterwards |`,
    '',
    '#### Data set and setup',
    '',
    `- Generated (seed ${r.seed}, ${s(d.generateMs)}): ${n(d.facts)} facts and ${n(d.relations)} relations. ${n(d.componentFacts)} facts form ${n(d.components)} components of 2–${d.largestComponent} facts ` +
      `(median ${d.medianComponent}; ${n(d.chains)} chains, the rest trees, ${n(d.cycles)} closed into a cycle by a relation that holds), dated so that their relations hold except ${n(d.brokenOnPurpose)} broken on purpose; ` +
      `relations are 60% \`after\`, 30% \`before\`, 10% \`same-day\`, half of the first two with an offset (\`P1D\`–\`P30D\`). Related facts' dates are 80% days, the rest \`~\`, \`?\`, months and short spans; ` +
      `the other ${n(d.singletons)} facts stand alone with the store benchmark's date mix (70% days, then months, years, \`~\`, \`?\`, spans, \`XX\`, open starts, seasons). ` +
      `${n(d.citations)} facts cite one of ${n(d.sources)} sources (85% published in 2025, after every fact; the rest at an earlier date), some with the date as the source states it or a dated weekday in the quote. No actors or topics: the checks read neither.`,
    `- Setup, not timed against a goal: \`importDossier\` into a fresh store opened \`?synchronous=normal\` (store connection synchronous=${setup.storeSynchronous}, read models ${setup.readModelsSynchronous}; ` +
      `durability does not matter for setup): ${n(setup.events)} events in ${s(setup.importMs)}; then \`runner.catchUp()\` in ${s(setup.catchUpMs)} (this builds the findings read model too: each batch re-checks the components it touched).`,
    `- Findings of the full check: ${n(full.findings)} (${list(full.bySeverity)}): ${list(full.byCode)}. ` +
      `The findings read model holds ${n(full.readModelFindings)} after the catch-up${full.readModelFindings === full.findings ? ' — the same count' : ` — **not the same count as \`checkAll\` (${n(full.findings)})**`}.`,
    '',
    '#### 3a. Full check',
    '',
    `\`checkAll(facts, sources)\` over every current fact and source: ${n(full.facts)} facts in ${n(full.components)} components (${n(full.networkComponents)} of two or more facts), ${n(full.sources)} sources; ` +
      `pure and in memory, ${full.oursRuns.length} runs per side, alternating with the reference. ` +
      "Reference: the least any date check over the same data must do — each fact's EDTF read into day bounds with Chronicle's own `dayBoundsOf` and each relation tested on its own (`relationHolds`); " +
      `no network, no source, weekday or stated-date checks, no messages (it finds ${n(full.violatedPairs)} relations that cannot hold).`,
    '',
    '| | Chronicle: `checkAll` | reference: pairwise only | ratio | goal | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| full check, median (min–max) | ${s(full.ours.p50)} (${s(Math.min(...full.oursRuns))}–${s(full.ours.max)}) | ${s(full.reference.p50)} (${s(Math.min(...full.referenceRuns))}–${s(full.reference.max)}) | ${times(full.ours.p50 / full.reference.p50)} | < ${s(CHECKS_GOALS.fullCheckMs)} | ${verdict(fullOk)}${fullOk ? ' (every run)' : ` (slowest run ${s(full.ours.max)})`} |`,
    `| CPU time of the process over the same runs, median | ${s(full.oursCpu.p50)} | ${s(full.referenceCpu.p50)} | ${times(full.oursCpu.p50 / full.referenceCpu.p50)} | — | — |`,
    `| loading them from the read models | ${s(full.loadMs)} | | | — | — |`,
    '',
    `Where the time goes: in each run, after the two above, the same \`checkComponent\` calls again, split in two (medians, wall / CPU): the ${n(full.split.single)} components of one fact ${s(full.split.singleMs)} / ${s(full.split.singleCpuMs)} ` +
      `(${ms((full.split.singleCpuMs * 1000) / Math.max(1, full.split.single))} µs of CPU each); the ${n(full.networkComponents)} components of two or more facts (${n(full.split.multiFacts)} facts) ${s(full.split.multiMs)} / ${s(full.split.multiCpuMs)} ` +
      `(${ms((full.split.multiCpuMs * 1000) / Math.max(1, full.networkComponents))} µs of CPU each).`,
    '',
    `Loading: \`rm.allFacts()\` (every fact's latest document, parsed) mapped with \`checkFactOf\`, and \`listRegistry(rm, 'sources')\` mapped with \`checkSourceOf\`. Runs: ${full.oursRuns.map((x) => s(x)).join(', ')} (Chronicle); ${full.referenceRuns.map((x) => s(x)).join(', ')} (reference).`,
    '',
    '#### 3b. Re-check after one date revision',
    '',
    `${recheck.revisions} revisions per side after ${recheck.warmUp} warm-ups, each on a different fact (a day-precision date moved by 1–3 days), a fact in a relation component and a fact in none alternating. ` +
      'Each: `execute(ReviseFactDate)` (one event), then `runner.catchUp()` — the one read-model transaction that applies it, re-checks the touched component and replaces its findings — then `recheckComponents([factId], …)` alone over the read models (what the catch-up runs inside). ' +
      `Components re-checked: median ${n(c.members.p50)} facts, largest ${n(c.members.max)}. The reference is the same revision of a fact in no relation (a component of one).`,
    '',
    '| p50 / p99 / max | fact in a component | reference: fact in no relation | ratio (p50) | goal | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| \`runner.catchUp()\` (read-model transaction with the re-check) | ${latency(c.catchUp)} | ${latency(alone.catchUp)} | ${times(c.catchUp.p50 / alone.catchUp.p50)} | p99 < ${CHECKS_GOALS.recheckMs} ms | ${verdict(catchUpOk)} |`,
    `| CPU time during that catch-up | ${latency(c.catchUpCpu)} | ${latency(alone.catchUpCpu)} | ${times(c.catchUpCpu.p50 / alone.catchUpCpu.p50)} | — | — |`,
    `| \`recheckComponents([factId], …)\` alone | ${latency(c.recheck)} | ${latency(alone.recheck)} | ${times(c.recheck.p50 / alone.recheck.p50)} | p99 < ${CHECKS_GOALS.recheckMs} ms | ${verdict(recheckOk)} |`,
    `| \`execute(ReviseFactDate)\` (the append, synchronous=${setup.storeSynchronous}) | ${latency(c.execute)} | ${latency(alone.execute)} | ${times(c.execute.p50 / alone.execute.p50)} | — | — |`,
    '',
    `The slowest catch-up of a fact in a component took ${ms(c.slowestCatchUp.ms)} ms of wall time, of which ${ms(c.slowestCatchUp.cpuMs)} ms on a CPU (component of ${c.slowestCatchUp.members}); ` +
      `the slowest of a fact in no relation ${ms(alone.slowestCatchUp.ms)} ms, ${ms(alone.slowestCatchUp.cpuMs)} ms on a CPU. ` +
      'Wall time beyond the CPU time is waiting: for the disk (a commit that triggers a WAL checkpoint syncs the database file even at synchronous=NORMAL) or for a CPU taken by other work.',
    '',
  ].join('\n');
}
