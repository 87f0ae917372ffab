import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { perSecond, summarize, type MachineInfo } from '../measure.ts';
import { MARKER as STORE_MARKER } from '../storeReport/reportFile.ts';
import type { ProfileDigest } from './profileDigest.ts';
import type { InlineTiming, RunTiming } from './projection.ts';
import type { SideTiming } from './rotation.ts';
import { SIDES, type ConcurrentResult, type StoreWorkloadResults } from './storeWorkloads.ts';

export interface EmmettResults {
  readonly command: string;
  readonly startedAt: Date;
  readonly totalMs: number;
  readonly options: {
    readonly quick: boolean;
    readonly appends: number;
    readonly batches: number;
    readonly concurrency: number;
    readonly reads: number;
    readonly longReads: number;
    readonly rounds: number;
    readonly seed: number;
    readonly profile: string | undefined;
  };
  readonly load: { readonly start: number; readonly between: readonly number[]; readonly end: number };
  readonly machine: MachineInfo;
  readonly versions: {
    readonly emmettSqlite: string;
    readonly emmett: string;
    readonly sqlite3: string;
    readonly sqlite3Sqlite: string;
  };
  readonly log: {
    readonly events: number;
    readonly facts: number;
    readonly actors: number;
    readonly topics: number;
    readonly sources: number;
    readonly streams: number;
    readonly eventTypes: readonly string[];
    readonly importMs: number;
    readonly copyMs: number;
    readonly copyAppends: number;
  };
  readonly stores: StoreWorkloadResults;
  readonly readAll: Map<string, SideTiming>;
  readonly projection: {
    readonly chronicle: readonly RunTiming[];
    readonly best: readonly (RunTiming & { readonly batchSize: number })[];
    /** Over the start of the log only (`--default-events`). */
    readonly default: RunTiming;
    /** The same projection inline in Emmett's appends (copying the log), one per round: the time inside it. */
    readonly inline: readonly InlineTiming[];
    readonly documents: { readonly compared: number; readonly equal: number; readonly firstDifference?: string };
  };
  /** Lines Emmett printed with `console.log` (its transaction errors), silenced during the run. */
  readonly consoleLines: number;
  /** The first distinct messages among them. */
  readonly consoleMessages: readonly string[];
  /** Emmett's statements sent without a callback that failed (they would have ended the process). */
  readonly unhandled: { readonly count: number; readonly messages: readonly string[] };
  /** `--profile`: Chronicle alone, after the measurements. */
  readonly profiles?: readonly ProfileDigest[];
}

function renderProfiles(profiles: readonly ProfileDigest[]): string[] {
  const share = (v: number, of: number) => `${((v / of) * 100).toFixed(1)}%`;
  return [
    "### Where Chronicle's time goes (CPU profiles)",
    '',
    "Taken with `--profile`, after the measurements, of Chronicle alone (V8 sampling profiler, 200 µs, main thread; self time). Time waiting for an fsync inside a synchronous better-sqlite3 call counts as that call's self time (`native …`); `(idle)` is the event loop waiting.",
    '',
    ...profiles.flatMap((d) => [
      `**${d.name}**: ${s(d.sampledMs)} sampled, ${share(d.idleMs, d.sampledMs)} idle; ${share(d.sqliteMs, d.sampledMs)} inside better-sqlite3's native statement calls (executing SQL on the main thread, a COMMIT's fsync included), ${share(d.gcMs, d.sampledMs)} garbage collection, the rest JavaScript. By area: ${d.areas.map((a) => `\`${a.area}\` ${share(a.ms, d.sampledMs)}`).join(', ')}.`,
      '',
      `Top functions: ${d.functions.map((f) => `\`${f.fn}\` ${share(f.ms, d.sampledMs)}`).join(', ')}.`,
      '',
    ]),
  ];
}

/** Goals of issue #8: Chronicle ÷ Emmett in its best configuration. */
export const EMMETT_GOALS = { singleAppends: 5, projection: 10 } as const;

export const SECTION_START = '<!-- emmett:start -->';
export const SECTION_END = '<!-- emmett:end -->';

const n = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const x = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)}×` : '—');
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
const get = (m: Map<string, SideTiming>, key: string): SideTiming => {
  const t = m.get(key);
  if (!t) throw new Error(`no timing for ${key}`);
  return t;
};
/** Calls per second of a side: successful calls over the time of all of them. */
const callRate = (t: SideTiming) => perSecond(t.samples.length - t.failures, t.ms);
const runRate = (r: RunTiming) => perSecond(r.events, r.ms);
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** The best (fastest) of a side's projection runs, and all of them. */
const bestRun = (runs: readonly RunTiming[]) => runs.reduce((a, b) => (runRate(b) > runRate(a) ? b : a));

const waitPer = (waitMs: number | undefined, count: number) =>
  waitMs === undefined ? '—' : `${ms(waitMs / Math.max(1, count))} ms`;

function latencyCells(t: SideTiming, perCall: number): string {
  const l = summarize(t.samples);
  const calls = t.samples.length;
  return `${n(callRate(t))} | ${n(callRate(t) * perCall)} | ${ms(l.p50)} ms | ${ms(l.p99)} ms | ${ms(l.max)} ms | ${ms(t.cpuMs / Math.max(1, calls))} ms | ${waitPer(t.waitMs, calls)}`;
}

function concurrentCells(c: ConcurrentResult): string {
  const l = summarize(c.timing.samples);
  const ok = c.calls - c.timing.failures;
  return `${n(perSecond(ok, c.timing.ms))} | ${ms(l.p50)} ms | ${ms(l.p99)} ms | ${ms(c.timing.cpuMs / Math.max(1, c.calls))} ms | ${waitPer(c.timing.waitMs, c.calls)} | ${n(ok)} / ${n(c.timing.failures)}`;
}

const waitOf = (run: RunTiming) =>
  run.waitMs === undefined ? '—' : `${s(run.waitMs)} (${((run.waitMs / run.ms) * 100).toFixed(0)}% of the run)`;

/** The section of docs/benchmarks.md this benchmark writes. */
export function renderEmmettResults(r: EmmettResults): string {
  const { stores: st, projection: p, machine: m, versions: v, log: lg } = r;
  const single = {
    c: get(st.single, SIDES.chronicle),
    b: get(st.single, SIDES.shared),
    d: get(st.single, SIDES.default),
    raw: get(st.single, SIDES.raw),
  };
  const same = { c: get(st.same, SIDES.chronicle), b: get(st.same, SIDES.shared), d: get(st.same, SIDES.default) };
  const batched = {
    c: get(st.batched, SIDES.chronicle),
    b: get(st.batched, SIDES.shared),
    d: get(st.batched, SIDES.default),
  };
  const reads = {
    c: get(st.streamReads, SIDES.chronicle),
    b: get(st.streamReads, SIDES.shared),
    d: get(st.streamReads, SIDES.default),
  };
  const long = {
    c: get(st.longReads, SIDES.chronicle),
    b: get(st.longReads, SIDES.shared),
    d: get(st.longReads, SIDES.default),
  };
  const all = { c: get(r.readAll, 'chronicle'), b: get(r.readAll, SIDES.shared) };
  const conc = st.concurrent;
  const concRate = (c: ConcurrentResult) => perSecond(c.calls - c.timing.failures, c.timing.ms);
  const singleRatio = callRate(single.c) / callRate(single.b);
  const chronicleProjection = bestRun(p.chronicle);
  const emmettProjection = bestRun(p.best);
  /** Emmett's best projection path: its async consumer at its best, or the same projection inline. */
  const inlineProjection = bestRun(p.inline);
  const inlineWins = runRate(inlineProjection) > runRate(emmettProjection);
  const emmettBestPath: RunTiming = inlineWins ? inlineProjection : emmettProjection;
  const emmettBestLabel = inlineWins ? 'inline' : 'consumer';
  const projectionRatio = runRate(chronicleProjection) / runRate(emmettBestPath);
  const projectionMedianRatio = median(p.chronicle.map(runRate)) / median(p.best.map(runRate));
  const cpuPerEvent = (run: RunTiming) => (run.cpuMs / run.events) * 1000;
  const allRate = (t: SideTiming) => perSecond(lg.events * t.samples.length, t.ms);
  const docs = p.documents;
  const loads = [r.load.start, ...r.load.between, r.load.end];

  const lines = [
    '## Emmett comparison (issue #8)',
    '',
    `Command: \`${r.command}\` · run ${r.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')} · took ${s(r.totalMs)} in all.`,
    '',
    ...(r.options.profile
      ? [
          '> Profiled run (`--profile`): the Chronicle profiles were taken after the measurements, which they do not affect.',
          '',
        ]
      : []),
    "The same append, read and projection workloads on [Emmett](https://event-driven-io.github.io/emmett/)'s SQLite event store and on",
    "Chronicle's embedded store, in one run, on file databases in one temp directory, every figure beside its reference: the sides",
    'run in blocks of 25 calls whose order rotates (A B C, B C A, …), so that they meet the same disk and the same neighbours. The',
    'events are real Chronicle events (a generated dossier imported with `importDossier`), the same JSON on both sides.',
    '**Goals: Chronicle ≥ 5× Emmett in its best configuration on single appends, ≥ 10× on projection processing.**',
    '',
    '### Machine and versions',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu}, ${m.cores} logical cores, **shared**: other work was running (1-minute load average ${loads.map((l) => l.toFixed(2)).join(' → ')} over the run) |`,
    `| RAM | ${m.ramGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| Chronicle | better-sqlite3 ${m.betterSqlite3} (SQLite ${m.sqlite}), synchronous calls on the main thread |`,
    `| Emmett | \`@event-driven-io/emmett-sqlite\` ${v.emmettSqlite} with \`@event-driven-io/emmett\` ${v.emmett} (emmett-sqlite asks for emmett ${v.emmettSqlite} as a peer, which the registry reachable here does not have; ${v.emmett} is its newest there, set by \`overrides\` in bench/package.json), driver \`sqlite3\` ${v.sqlite3} (SQLite ${v.sqlite3Sqlite}, built from source); its calls run asynchronously on libuv's thread pool |`,
    `| Temp files | \`${m.tmpDir}\`: ${m.tmpFs}; every store is a fresh file there, deleted afterwards |`,
    '',
    '### Summary',
    '',
    'Ratio = Chronicle ÷ Emmett in its best configuration (higher is better for Chronicle).',
    '',
    '| workload | Chronicle | Emmett default | Emmett best | ratio | goal | result |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    `| single appends, 1 event per call, awaited one by one, new stream each (appends/s) | ${n(callRate(single.c))} | ${n(callRate(single.d))} | ${n(callRate(single.b))} | ${x(singleRatio)} | ≥ ${EMMETT_GOALS.singleAppends}× | ${verdict(singleRatio >= EMMETT_GOALS.singleAppends)} |`,
    `| single appends, 1 event per call, awaited one by one, one stream (appends/s) | ${n(callRate(same.c))} | ${n(callRate(same.d))} | ${n(callRate(same.b))} | ${x(callRate(same.c) / callRate(same.b))} | ≥ ${EMMETT_GOALS.singleAppends}× | ${verdict(callRate(same.c) / callRate(same.b) >= EMMETT_GOALS.singleAppends)} |`,
    `| single appends from ${r.options.concurrency} concurrent callers (appends/s) | ${n(concRate(conc.chronicle))} (group commit) | ${conc.default.timing.failures > 0 ? `${n(conc.default.timing.failures)} of ${n(conc.default.calls)} failed` : n(concRate(conc.default))} | ${n(concRate(conc.shared))} ⚠ | ${x(concRate(conc.chronicle) / concRate(conc.shared))} | — | — |`,
    `| batched appends, 10 events per call (events/s) | ${n(callRate(batched.c) * 10)} | ${n(callRate(batched.d) * 10)} | ${n(callRate(batched.b) * 10)} | ${x(callRate(batched.c) / callRate(batched.b))} | — | — |`,
    `| read a 10-event stream (reads/s) | ${n(callRate(reads.c))} | ${n(callRate(reads.d))} | ${n(callRate(reads.b))} | ${x(callRate(reads.c) / callRate(reads.b))} | — | — |`,
    `| read a ${n(st.longStreamEvents)}-event stream (events/s) | ${n(callRate(long.c) * st.longStreamEvents)} | ${n(callRate(long.d) * st.longStreamEvents)} | ${n(callRate(long.b) * st.longStreamEvents)} | ${x(callRate(long.c) / callRate(long.b))} | — | — |`,
    `| read the whole log, ${n(lg.events)} events in pages of 1,000 (events/s) | ${n(allRate(all.c))} | — | ${n(allRate(all.b))} | ${x(allRate(all.c) / allRate(all.b))} | — | — |`,
    `| projection processing, ${n(lg.events)} events (events/s, best run) | ${n(runRate(chronicleProjection))} | ${n(runRate(p.default))} (consumer, first ${n(p.default.events)}) | ${n(runRate(emmettBestPath))} (${emmettBestLabel}) | ${x(projectionRatio)} | ≥ ${EMMETT_GOALS.projection}× | ${verdict(projectionRatio >= EMMETT_GOALS.projection)} |`,
    `| projection processing: CPU time per event (process, all threads; lower is better) | ${ms(cpuPerEvent(chronicleProjection))} µs | ${ms(cpuPerEvent(p.default))} µs | ${ms(cpuPerEvent(emmettBestPath))} µs (${emmettBestLabel}) | ${x(cpuPerEvent(emmettBestPath) / cpuPerEvent(chronicleProjection))} | — | — |`,
    '',
    `Reading it: single appends awaited one by one wait for a commit and its fsync each, so they are bound by the disk and the scheduler, not by the store: the raw floor (a bare better-sqlite3 insert transaction of Chronicle's rows) reached ${n(callRate(single.raw))}/s, Chronicle ${((callRate(single.c) / callRate(single.raw)) * 100).toFixed(0)}% of it, Emmett best ${((callRate(single.b) / callRate(single.raw)) * 100).toFixed(0)}%; Emmett spent ${x(single.b.cpuMs / single.b.samples.length / (single.c.cpuMs / single.c.samples.length))} Chronicle's CPU per append. ` +
      `Projection processing: by CPU time per event Chronicle is ${x(cpuPerEvent(emmettBestPath) / cpuPerEvent(chronicleProjection))} Emmett's best path (${emmettBestLabel}) and ${x(cpuPerEvent(emmettProjection) / cpuPerEvent(chronicleProjection))} its consumer, while maintaining far more read models (below); ` +
      `${chronicleProjection.waitMs === undefined ? '' : `its JavaScript thread waited for a CPU during ${((chronicleProjection.waitMs / chronicleProjection.ms) * 100).toFixed(0)}% of its best catch-up, time lost to the other work on this machine. `}` +
      `${singleRatio >= EMMETT_GOALS.singleAppends && projectionRatio >= EMMETT_GOALS.projection ? 'Both goals are met.' : `Goals missed on wall-clock rates: ${[singleRatio < EMMETT_GOALS.singleAppends ? `single appends (${x(singleRatio)} for ${EMMETT_GOALS.singleAppends}×)` : '', projectionRatio < EMMETT_GOALS.projection ? `projection processing (${x(projectionRatio)} for ${EMMETT_GOALS.projection}×)` : ''].filter(Boolean).join(', ')}; see *Where Chronicle's time goes* (with \`--profile\`).`}`,
    '',
    `⚠ Emmett's shared connection is not durable per call under concurrency: its \`withTransaction\` counts nesting on the connection, so an append`,
    "that starts while another one's transaction is open joins it, and only the caller that finishes last sends `COMMIT`; the others are",
    `answered before their events are committed (${n(conc.shared.ackedBeforeCommit ?? 0)} of ${n(conc.shared.calls)} calls resolved with no \`COMMIT\` sent while they ran;`,
    `${n(conc.shared.commits ?? 0)} commits in all). A failing append has no savepoint: if others are still in the transaction its partial writes are committed with theirs, otherwise its \`ROLLBACK\` undoes appends already answered. Chronicle's group commit answers each`,
    'caller after the commit of its own append (each refused, if at all, before it writes a row). That row is shown for completeness, not as a like-for-like figure.',
    '',
    '### Settings',
    '',
    `- **Emmett default**: \`getSQLiteEventStore({ fileName })\`, as its documentation starts it. Every call opens a sqlite3 connection, sets \`journal_mode = WAL\`, runs, and closes it; closing the last connection of a WAL file checkpoints the WAL into the database and deletes it. Connection settings: ${st.settings.emmettDefault}. The close finishes in the background; each block's timing ends once it has (\`Database#close\` is instrumented for that and to count \`COMMIT\`s; Emmett's code is not changed).`,
    `- **Emmett best**: the best its API allows for a file: one connection shared by every call (\`getSQLiteEventStore({ fileName, connectionOptions: { singleton: true, connection: sqliteConnection({ fileName }) } })\`), WAL; for appends ${st.settings.emmettShared}, like Chronicle's store. (A connection per call, the default, is about ${x(callRate(single.b) / callRate(single.d))} slower on single appends.)`,
    `- **Chronicle**: \`new SqliteEventStore({ path, synchronous: 'full' })\` (what \`openChronicle\` opens; ${st.settings.chronicle}), \`store.append(stream, events)\` — validation, idempotency by event id, one \`BEGIN IMMEDIATE\` transaction per event-loop turn.`,
    `- **Raw floor** (single appends only): better-sqlite3 on the connection of a Chronicle store file (${st.settings.raw}, Chronicle's schema), a stream row and an event row of the same JSON in one \`BEGIN IMMEDIATE\` transaction (the store benchmark's \`rawSingleAppender\`): no validation, no idempotency lookup, no queueing. What one durable commit of Chronicle's rows costs on this disk.`,
    "- Each call appends real events of the log: a `FactRecorded` event for single appends, 10 consecutive events of the log for batched appends; Chronicle's event ids (UUID v7) are made before the timed call, Emmett makes its own (UUID v4) inside it. Neither side checks the expected revision.",
    '',
    '### Appends',
    '',
    `${n(r.options.appends)} single appends and ${n(r.options.batches)} ten-event appends per side after 10 (5) untimed warm-up calls, each awaited before the next. Rates are calls over the sum of their latencies; CPU is the process's (all threads) over the same calls; *waiting for a CPU* is the time the JavaScript thread was runnable but not running (its run-queue delay in \`/proc/thread-self/schedstat\`, over the same blocks): time lost to the other work on this machine. All of Chronicle's work runs on that thread; Emmett's SQLite statements run on libuv's pool threads, whose waits are not included.`,
    '',
    '| workload · side | calls/s | events/s | p50 | p99 | max | CPU per call | JS thread waiting for a CPU, per call |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| 1 event, new stream · Chronicle | ${latencyCells(single.c, 1)} |`,
    `| 1 event, new stream · Emmett best | ${latencyCells(single.b, 1)} |`,
    `| 1 event, new stream · Emmett default | ${latencyCells(single.d, 1)} |`,
    `| 1 event, new stream · raw floor | ${latencyCells(single.raw, 1)} |`,
    `| 1 event, one stream · Chronicle | ${latencyCells(same.c, 1)} |`,
    `| 1 event, one stream · Emmett best | ${latencyCells(same.b, 1)} |`,
    `| 1 event, one stream · Emmett default | ${latencyCells(same.d, 1)} |`,
    `| 10 events, new stream · Chronicle | ${latencyCells(batched.c, 10)} |`,
    `| 10 events, new stream · Emmett best | ${latencyCells(batched.b, 10)} |`,
    `| 10 events, new stream · Emmett default | ${latencyCells(batched.d, 10)} |`,
    '',
    `A caller that awaits each durable append waits for one commit and its fsync per call, whatever the store: Chronicle reaches ${((callRate(single.c) / callRate(single.raw)) * 100).toFixed(0)}% of the raw floor's rate, Emmett best ${((callRate(single.b) / callRate(single.raw)) * 100).toFixed(0)}%. The raw floor itself runs at ${x(callRate(single.raw) / callRate(single.b))} Emmett best's rate, so no store that commits each acknowledged append durably can reach 5× here: the goal is out of reach of a sequential caller whatever Chronicle does. The CPU per call is what each store spends besides waiting: Chronicle ${ms(single.c.cpuMs / single.c.samples.length)} ms, Emmett best ${ms(single.b.cpuMs / single.b.samples.length)} ms (${x(single.b.cpuMs / single.b.samples.length / (single.c.cpuMs / single.c.samples.length))}).`,
    '',
    `**Concurrent callers**: ${r.options.concurrency} callers in a closed loop (each awaits its append, then sends the next: the shape of HTTP requests on keep-alive connections), one event per append, a new stream each; Chronicle and Emmett best alternate in rounds; Emmett default runs one short round last.`,
    '',
    '| side | appends/s | p50 | p99 | CPU per append | JS thread waiting for a CPU, per append | succeeded / failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| Chronicle (appends of one event-loop turn share a transaction and a sync; each caller is answered after its commit) | ${concurrentCells(conc.chronicle)} |`,
    `| Emmett best ⚠ (joins one open transaction; ${n(conc.shared.commits ?? 0)} commits for ${n(conc.shared.calls)} appends) | ${concurrentCells(conc.shared)} |`,
    `| Emmett default (a connection per call, no busy timeout) | ${concurrentCells(conc.default)} |`,
    '',
    ...(conc.default.timing.errors.length
      ? [
          `Emmett default's failures: the calls rejected with ${[...new Set(conc.default.timing.errors)].map((e) => `\`${e}\``).join(', ')}; what Emmett printed before that: ${r.consoleMessages.map((e) => `\`${e}\``).join(', ')}.`,
          '',
        ]
      : []),
    '### Reads',
    '',
    `\`readStream\` of a 10-event stream written by the batched workload, ${n(r.options.reads)} per side (a different stream each time); of the ${n(st.longStreamEvents)}-event stream of the one-stream workload, ${n(r.options.longReads)} per side. The whole log: Chronicle \`store.readAll({ after, maxCount: 1000 })\` page by page, against Emmett's \`readMessagesBatch(connection, { after, batchSize: 1000 })\` on the shared connection (what its consumer pulls with: its \`EventStore\` has no read-all), 3 times per side on the log files of the projection workload. Both parse every event's JSON.`,
    '',
    '| workload · side | reads/s | events/s | p50 | p99 | max | CPU per read | JS thread waiting for a CPU, per read |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| 10-event stream · Chronicle | ${latencyCells(reads.c, 10)} |`,
    `| 10-event stream · Emmett best | ${latencyCells(reads.b, 10)} |`,
    `| 10-event stream · Emmett default | ${latencyCells(reads.d, 10)} |`,
    `| ${n(st.longStreamEvents)}-event stream · Chronicle | ${latencyCells(long.c, st.longStreamEvents)} |`,
    `| ${n(st.longStreamEvents)}-event stream · Emmett best | ${latencyCells(long.b, st.longStreamEvents)} |`,
    `| ${n(st.longStreamEvents)}-event stream · Emmett default | ${latencyCells(long.d, st.longStreamEvents)} |`,
    `| whole log · Chronicle | ${latencyCells(all.c, lg.events)} |`,
    `| whole log · Emmett best | ${latencyCells(all.b, lg.events)} |`,
    '',
    '### Projection processing',
    '',
    `The log: a generated dossier (seed ${r.options.seed}) of ${n(lg.facts)} facts, ${n(lg.actors)} actors, ${n(lg.topics)} topics and ${n(lg.sources)} sources, imported into Chronicle (${s(lg.importMs)}, store at synchronous=NORMAL: setup) → **${n(lg.events)} events** in ${n(lg.streams)} streams, ${lg.eventTypes.length} event types. Copied into Emmett's store in the same order (${n(lg.copyAppends)} \`appendToStream\` calls, one per run of a stream's events, 500 per transaction; ${s(lg.copyMs)}, setup), so both logs hold the same streams, revisions and global positions 1…${n(lg.events)}. Each side then processes all of it from the start into fresh tables in the same file as its log.`,
    '',
    `- **Emmett** (\`store.consumer()\` with one \`processor({ projection, startFrom: 'BEGINNING', stopAfter })\`, timed from \`start()\` until it stops after the last event): a document projection (\`sqliteProjection\`) — per event, a \`SELECT\` of the stream's document, Chronicle's own \`decodeEvent\` (schema validation) and pure fold (\`projectFact\` / \`projectActor\` / \`projectTopic\` / \`projectSource\`), and an \`INSERT OR REPLACE\` of the document; plus Emmett's checkpoint write per event (\`emt_processors\`); one transaction per pulled batch. Every statement is an asynchronous sqlite3 call (prepared anew each time). **Best**: the shared connection (synchronous=NORMAL, like Chronicle's read-model connection), \`pulling: { batchSize, pullingFrequencyInMs: 0 }\` with batch sizes ${[...new Set(p.best.map((b) => n(b.batchSize)))].join(' and ')} (larger batches were no faster in trials: Emmett's cost is per event). **Default**: \`consumer()\` as is — batches of 100, a pause of 50 ms or more between batches, a connection per batch (synchronous=FULL) — over the first ${n(p.default.events)} events only, as it is slow. **Inline**: the same projection registered with \`projections: projections.inline([…])\` on the shared connection (NORMAL), run by Emmett inside every \`appendToStream\` while the log is copied into a fresh store (500 appends per transaction); the time inside the projection's \`handle\` is added up — no checkpoint and no pulling, but the documents' positions are not filled in (Emmett hands inline projections no global position).`,
    `- **Chronicle** (\`runner.catchUp()\`, what \`chronicle serve\` runs at start): the same decoding and folds, and every other read model besides the documents — per event an event row (its place in the log, its instant, for a fact event its type and changed fields); per append a fact version (documents are versioned for time travel) with its timeline rows per actor, topic and the overall timeline (closing the previous version's rows); relation and citation links; the date-findings re-check of every touched relation component; one read-model transaction and checkpoint per 2,000 events; synchronous better-sqlite3 statements, read-model connection at synchronous=NORMAL.`,
    `- Same documents: the ${n(docs.compared)} documents of Emmett's first best run were compared with Chronicle's current documents after its first run: **${n(docs.equal)} of ${n(docs.compared)} identical** (JSON).${docs.firstDifference ? ` First difference: \`${docs.firstDifference.replace(/`/g, "'")}\`` : ''}`,
    '',
    '| side | runs (events/s) | best | CPU of the best run (all threads) | JavaScript thread waiting for a CPU in the best run |',
    '| --- | --- | ---: | ---: | ---: |',
    `| Chronicle: \`runner.catchUp()\`, all read models | ${p.chronicle.map((run) => `${n(runRate(run))} (${s(run.ms)})`).join(', ')} | ${n(runRate(chronicleProjection))} events/s | ${s(chronicleProjection.cpuMs)} | ${waitOf(chronicleProjection)} |`,
    `| Emmett best: consumer, document projection | ${p.best.map((run) => `${n(runRate(run))} (${s(run.ms)}, batches of ${n(run.batchSize)})`).join(', ')} | ${n(runRate(emmettProjection))} events/s | ${s(emmettProjection.cpuMs)} | ${waitOf(emmettProjection)} |`,
    `| Emmett default: consumer, document projection (first ${n(p.default.events)} events) | ${n(runRate(p.default))} (${s(p.default.ms)}) | ${n(runRate(p.default))} events/s | ${s(p.default.cpuMs)} | ${waitOf(p.default)} |`,
    `| Emmett inline: the same projection inside each append (time inside it while copying the log) | ${p.inline.map((run) => `${n(runRate(run))} (${s(run.ms)} of the copy's ${s(run.copyMs)})`).join(', ')} | ${n(runRate(inlineProjection))} events/s | ${s(inlineProjection.cpuMs)} | ${waitOf(inlineProjection)} |`,
    '',
    `CPU per event (process, all threads): Chronicle ${ms(cpuPerEvent(chronicleProjection))} µs, Emmett consumer best ${ms(cpuPerEvent(emmettProjection))} µs, default ${ms(cpuPerEvent(p.default))} µs, inline ${ms(cpuPerEvent(inlineProjection))} µs. Wall time beyond CPU time is waiting: for a CPU taken by other work on this machine (the last column, for the JavaScript thread: all of Chronicle's work, a part of Emmett's), for the disk, or for libuv's thread pool (Emmett). At ${ms(cpuPerEvent(chronicleProjection))} µs of CPU per event, Chronicle alone on a free core would process about ${n(1e6 / cpuPerEvent(chronicleProjection))} events/s: ${x(1e6 / cpuPerEvent(chronicleProjection) / runRate(emmettBestPath))} Emmett's best path in this run.`,
    '',
    `Emmett's best path in this run: ${emmettBestLabel === 'inline' ? 'the inline projection' : 'the async consumer'} (${n(runRate(emmettBestPath))} events/s). Ratio of Chronicle's best run to it ${x(projectionRatio)}; Chronicle to the consumer, best runs ${x(runRate(chronicleProjection) / runRate(emmettProjection))}, medians ${x(projectionMedianRatio)}. Each round runs Emmett's consumer, Chronicle and Emmett inline, the order rotating from round to round; Emmett default runs last.`,
    '',
    ...(r.profiles ? renderProfiles(r.profiles) : []),
    ...(r.unhandled.count > 0
      ? [
          `Emmett's connection setup sends \`PRAGMA journal_mode = WAL\` without waiting for it or passing a callback; ${n(r.unhandled.count)} of those failed in this run (${r.unhandled.messages.map((m) => `\`${m}\``).join(', ')}: sqlite3 had already started the call's transaction on the new connection). sqlite3 reports such a failure as an \`error\` event nobody listens to, which ends the process; the benchmark gives those statements a callback that counts the failure instead. The calls themselves went on (the file is already in WAL mode).`,
          '',
        ]
      : []),
    ...(r.consoleLines > 0
      ? [
          `Emmett printed ${n(r.consoleLines)} line(s) with \`console.log\` during the run (errors inside its \`withTransaction\`, e.g. the \`SQLITE_BUSY\` failures above); they were counted, not printed.`,
          '',
        ]
      : []),
    '### How to reproduce',
    '',
    '```sh',
    'npm run bench:emmett          # full: 20,000-event log, 600 single appends per side, 2 projection runs per side; rewrites this section',
    'npm run bench:emmett:quick    # 4,000 events: under a minute; prints the report (add -- --out FILE to write it)',
    'node bench/run.mjs emmettBench --events 20000 --emmett-batches 500,5000 --profile /tmp/emmett-prof --out /tmp/emmett.md',
    '```',
    '',
    'Options: `--events N` (log size), `--appends N`, `--batches N`, `--concurrency N`, `--concurrent-appends N`, `--reads N`, `--long-reads N`, ' +
      "`--rounds N` (projection runs per side), `--emmett-batches N,N` (the best consumer's batch size, per run, cycled), `--default-events N` " +
      '(events the default consumer processes), `--seed N`, `--out FILE`, `--profile DIR` ' +
      '(afterwards, CPU profiles of Chronicle alone: `chronicle-appends.cpuprofile`, `chronicle-catch-up.cpuprofile`; summarise with ' +
      '`node bench/run.mjs profileSummary FILE`). Progress goes to stderr; temp files live under `os.tmpdir()` and are deleted at the end. ' +
      "Emmett 0.42.x and its `sqlite3` driver belong to the bench package (bench/package.json), installed on the first `npm run bench:…` (`sqlite3` compiles from source then: `allowScripts`), never by the product's `npm install`.",
  ];
  return lines.join('\n');
}

/**
 * Writes `body` between the emmett markers of `path`, leaving every other byte as it was; a
 * missing section is created just above the store benchmark's marker (which rewrites what is
 * below itself), or at the end of the file.
 */
export function writeEmmettSection(path: string, body: string): void {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  if (!text.includes(SECTION_START) || !text.includes(SECTION_END)) {
    const section = `${SECTION_START}\n\n${SECTION_END}\n\n`;
    const at = text.indexOf(STORE_MARKER);
    text = at >= 0 ? `${text.slice(0, at)}${section}${text.slice(at)}` : `${text.trimEnd()}\n\n${section}`;
  }
  const from = text.indexOf(SECTION_START) + SECTION_START.length;
  const to = text.indexOf(SECTION_END);
  const storeAt = text.indexOf(STORE_MARKER);
  if (to < from || (storeAt >= 0 && to > storeAt))
    throw new Error(`${path}: the emmett markers are out of order or below the store marker`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${text.slice(0, from)}\n\n${body.trim()}\n\n${text.slice(to)}`);
}
