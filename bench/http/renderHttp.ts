import type { MachineInfo } from '../measure.ts';
import type { FeedSide } from './liveFeedLoad.ts';
import type { LoadRun } from './recordFactLoad.ts';

/** Goals from the issue. */
export const HTTP_GOALS = { recordFactRatio: 0.5, feedP99Ms: 100 } as const;

export interface HttpResults {
  readonly command: string;
  readonly startedAt: Date;
  readonly totalMs: number;
  readonly profiled: boolean;
  readonly machine: MachineInfo;
  /** 1-minute load averages: at the start, between the workloads, at the end. */
  readonly load: { readonly before: number; readonly between: number; readonly after: number };
  readonly options: {
    readonly connections: number;
    readonly seconds: number;
    readonly rounds: number;
    readonly warmUpSeconds: number;
  };
  readonly record:
    | {
        readonly runs: readonly LoadRun[];
        readonly chronicleSettings: Readonly<Record<string, string>>;
        readonly bareSettings: Readonly<Record<string, string>>;
        /** Events in Chronicle's log at the end (demo dossier + every recorded fact). */
        readonly chronicleEvents: number;
        /** The diagnostic side's settings, when it ran. */
        readonly normalSettings: Readonly<Record<string, string>> | undefined;
      }
    | undefined;
  readonly feed:
    | {
        readonly sides: readonly FeedSide[];
        readonly chronicleSettings: Readonly<Record<string, string>>;
        readonly warmUp: number;
      }
    | undefined;
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(1));
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const times = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)}×`;
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
/** The median of an even count is the mean of the middle two (nearest-rank would pick the lower one). */
const mid = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(half)]! : (sorted[half - 1]! + sorted[half]!) / 2;
};

function machine(r: HttpResults): string[] {
  const m = r.machine;
  return [
    '#### Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu}, ${m.cores} logical cores, **shared**: other work was running on this machine (1-minute load average ${r.load.before} at the start, ${r.load.between} between the workloads, ${r.load.after} at the end) |`,
    `| RAM | ${m.ramGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} (servers and client alike) |`,
    `| SQLite | ${m.sqlite} (better-sqlite3 ${m.betterSqlite3}) |`,
    `| Processes | each server in its own child process (through tsx); the load generator (autocannon) and the SSE subscribers in the benchmark process; all of them on the same ${m.cores} cores |`,
    `| Temp files | \`${m.tmpDir}\`: ${m.tmpFs}; Chronicle's store is created there and deleted afterwards |`,
    '',
  ];
}

function recordSection(r: HttpResults): string[] {
  const rec = r.record;
  if (!rec) return [];
  const { connections, seconds, rounds, warmUpSeconds } = r.options;
  const side = (server: string) => rec.runs.filter((run) => run.server === server);
  const ours = side('chronicle');
  const bare = side('bare');
  const normal = side('chronicle-normal');
  const rps = { ours: mid(ours.map((x) => x.rps)), bare: mid(bare.map((x) => x.rps)) };
  const p50 = { ours: mid(ours.map((x) => x.latency.p50)), bare: mid(bare.map((x) => x.latency.p50)) };
  const p99 = { ours: mid(ours.map((x) => x.latency.p99)), bare: mid(bare.map((x) => x.latency.p99)) };
  const max = { ours: Math.max(...ours.map((x) => x.latency.max)), bare: Math.max(...bare.map((x) => x.latency.max)) };
  /** Server CPU per answered request, and the share of the run's wall time the server was on a CPU. */
  const cpu = (runs: readonly LoadRun[]) => ({
    perRequest: mid(runs.map((x) => x.serverCpuMs / Math.max(1, x.ok))),
    busy: mid(runs.map((x) => x.serverCpuMs / (x.seconds * 1000))),
  });
  const cpuOf = { ours: cpu(ours), bare: cpu(bare) };
  const failures = (runs: readonly LoadRun[]) => runs.reduce((sum, x) => sum + x.non2xx + x.errors + x.timeouts, 0);
  const total = (runs: readonly LoadRun[]) => runs.reduce((sum, x) => sum + x.ok, 0);
  const ratio = rps.ours / rps.bare;
  return [
    `#### 1. Record-fact requests: \`POST /api/facts\`, ${connections} connections`,
    '',
    `autocannon, ${connections} keep-alive connections (each sends its next request once the previous one is answered), ${seconds} s per run; ` +
      `a ${warmUpSeconds} s warm-up per server, then ${rounds} rounds of bare, Chronicle${normal.length > 0 ? ', Chronicle NORMAL (a diagnostic, below)' : ''}; figures are the median of the ${rounds} runs per side. ` +
      'Every request is a small valid fact with its own id and one actor (`{ id, summary, when, actors: [{ id: "nuctech", role: "subject" }] }`, about 150 bytes).',
    '',
    `- Chronicle: \`startServer\` from \`src/http/server.ts\` on ${rec.chronicleSettings.store}; read models: ${rec.chronicleSettings.readModels}; ` +
      `seeded with ${rec.chronicleSettings.seeded}; ${rec.chronicleSettings.logger}; ${rec.chronicleSettings.auth}. Each answer is the 201 after the read models include the fact ("read your writes"). ` +
      `The store grows over the run (${n(rec.chronicleEvents)} events at the end).`,
    `- Reference: ${rec.bareSettings.app}.`,
    '',
    '| | Chronicle | bare express 5 + zod | ratio | goal | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| requests/s (median of ${rounds}) | ${n(rps.ours)} | ${n(rps.bare)} | ${pct(ratio)} | ≥ ${pct(HTTP_GOALS.recordFactRatio)} | ${verdict(ratio >= HTTP_GOALS.recordFactRatio)} |`,
    `| latency p50 | ${ms(p50.ours)} ms | ${ms(p50.bare)} ms | ${times(p50.ours / p50.bare)} | — | — |`,
    `| latency p99 | ${ms(p99.ours)} ms | ${ms(p99.bare)} ms | ${times(p99.ours / p99.bare)} | — | — |`,
    `| latency max (all runs) | ${ms(max.ours)} ms | ${ms(max.bare)} ms | | | |`,
    `| server CPU per request | ${ms(cpuOf.ours.perRequest)} ms | ${ms(cpuOf.bare.perRequest)} ms | ${times(cpuOf.ours.perRequest / cpuOf.bare.perRequest)} | — | — |`,
    `| server on a CPU, share of the run | ${pct(cpuOf.ours.busy)} | ${pct(cpuOf.bare.busy)} | | | |`,
    `| 2xx answers / failures (all runs) | ${n(total(ours))} / ${n(failures(ours))} | ${n(total(bare))} / ${n(failures(bare))} | | | |`,
    '',
    ...(normal.length > 0 ? normalRows(normal, rps.bare, rounds, rec.normalSettings) : []),
    `Runs in order (requests/s, p50 / p99 ms): ${rec.runs.map((x) => `${x.server} ${n(x.rps)} (${ms(x.latency.p50)} / ${ms(x.latency.p99)})`).join(' · ')}.`,
    '',
  ];
}

/** The diagnostic side: the same server with its store at synchronous=NORMAL, in the same rotation. */
function normalRows(
  runs: readonly LoadRun[],
  bareRps: number,
  rounds: number,
  settings: Readonly<Record<string, string>> | undefined,
): string[] {
  const rps = mid(runs.map((x) => x.rps));
  return [
    `Diagnostic, not a goal figure: the same Chronicle server with its store opened \`?synchronous=normal\` (${settings?.store ?? 'synchronous=NORMAL'}; a commit is not fsynced, so the last ones may be lost on power loss), ` +
      `a third side in the same rotation (bare, Chronicle, Chronicle NORMAL), median of ${rounds}: ` +
      `**${n(rps)} requests/s = ${pct(rps / bareRps)} of bare**, p50 ${ms(mid(runs.map((x) => x.latency.p50)))} ms, p99 ${ms(mid(runs.map((x) => x.latency.p99)))} ms.`,
    '',
  ];
}

function feedSection(r: HttpResults): string[] {
  const feed = r.feed;
  if (!feed) return [];
  const ours = feed.sides.find((x) => x.server === 'chronicle')!;
  const bare = feed.sides.find((x) => x.server === 'bare')!;
  const ok = ours.receipts.p99 <= HTTP_GOALS.feedP99Ms;
  const everyone = (x: FeedSide) =>
    x.missing === 0 && x.duplicates === 0 && x.non201 === 0 && x.otherEvents === 0 && x.received === x.expected;
  const check = (x: FeedSide) =>
    `${n(x.received)} of ${n(x.expected)} (${x.complete}/${x.appends} appends reached every subscriber; ${n(x.missing)} missing, ${n(x.duplicates)} duplicates, ` +
    `${n(x.further)} further messages about a fact already announced, ${n(x.otherEvents)} events other than \`entry-added\`, ${x.dropped} streams dropped, ${x.non201} POSTs not 201)`;
  const row = (label: string, a: number, b: number, goal = '—', result = '—') =>
    `| ${label} | ${ms(a)} ms | ${ms(b)} ms | ${times(a / b)} | ${goal} | ${result} |`;
  return [
    `#### 2. Live feed: ${n(ours.subscribers)} subscribers to \`/api/updates?actor=sedena\``,
    '',
    `${n(ours.subscribers)} raw \`http.get\` SSE streams per server (one socket each) are opened in the benchmark process; each server counted ${n(ours.serverCounted)} / ${n(bare.serverCounted)} open. ` +
      `Then ${n(ours.appends)} appends per server through \`POST /api/facts\` (a fact linked to \`sedena\` with no topic, so one \`entry-added\` for every subscriber), ` +
      `one at a time, alternating between the servers append by append, each once every subscriber has the previous one; the first ${feed.warmUp} per server are a warm-up and not counted. ` +
      '**Latency = POST sent → the message (its `id:`/`event:`/`data:` block) complete at a subscriber, on one monotonic clock (`performance.now()`): the same process sends the POSTs and reads the streams.** ' +
      "A socket's data callback only reads the clock and queues the chunk; parsing runs after, so one subscriber's parsing does not delay the next one's timestamp.",
    '',
    `- Chronicle: the server of workload 1 (${feed.chronicleSettings.store}, ${feed.chronicleSettings.logger}), started afresh for this workload.`,
    "- Reference: the bare express server of workload 1, started afresh, with its SSE route: it keeps the subscribers in a Set and, for each accepted fact, serialises one entry once and writes it to every subscriber of the fact's actor before answering the POST.",
    '',
    `| over all ${n(ours.received)} receipts | Chronicle | bare SSE | ratio | goal | result |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
    row('p50', ours.receipts.p50, bare.receipts.p50),
    row('p99', ours.receipts.p99, bare.receipts.p99, `p99 ≤ ${HTTP_GOALS.feedP99Ms} ms`, verdict(ok)),
    row('max', ours.receipts.max, bare.receipts.max),
    row('first subscriber, p50 of appends', ours.first.p50, bare.first.p50),
    row('last subscriber, p50 of appends', ours.last.p50, bare.last.p50),
    row('last subscriber, p99 of appends', ours.last.p99, bare.last.p99),
    row('POST answered, p50', ours.post.p50, bare.post.p50),
    row('POST answered, p99', ours.post.p99, bare.post.p99),
    `| message size (median) | ${n(ours.messageBytes)} bytes | ${n(bare.messageBytes)} bytes | | | |`,
    `| server CPU per append (warm-ups included) | ${ms(ours.serverCpuPerAppend)} ms | ${ms(bare.serverCpuPerAppend)} ms | ${times(ours.serverCpuPerAppend / bare.serverCpuPerAppend)} | | |`,
    '',
    `- Every subscriber received every event: Chronicle ${everyone(ours) ? '**yes**' : '**NO**'} — ${check(ours)}; bare ${everyone(bare) ? 'yes' : 'NO'} — ${check(bare)}.`,
    '',
  ];
}

/** The generated `http` part of the shared section of docs/benchmarks.md. */
export function renderHttpResults(r: HttpResults): string {
  return [
    `### Results: HTTP record-fact requests and live feed`,
    '',
    `Command: \`${r.command}\` · run ${r.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')} · took ${s(r.totalMs)} in all.`,
    '',
    ...(r.profiled ? ["> Profiled run (`--profile`): the server figures include the profiler's overhead.", ''] : []),
    ...machine(r),
    ...recordSection(r),
    ...feedSection(r),
  ].join('\n');
}
