import { median, perSecond } from '../measure.ts';
import type { StartupRun } from '../workloads/startup.ts';
import type { PageResult } from '../workloads/timelinePage.ts';
import { appendsRatio, growthOf, type Derived } from './derived.ts';
import { mib, ms, ms0, n, pct, us, x } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

/** Sentences for the goals a run missed, from the figures measured beside them. */
export function missedNotes(r: BenchResults, d: readonly Derived[]): string[] {
  const notes: string[] = [];
  for (const v of d) {
    if (v.endToEndRatio < GOALS.bulkImportRatio) {
      notes.push(
        `**Bulk import at ${v.label} facts: ${pct(v.endToEndRatio)} of raw (goal ${pct(GOALS.bulkImportRatio)}).** Chronicle spends ${us(v.usAppend)} per event appending ` +
          `(raw ${us(v.usRawAppend)}) and ${us(v.usProject)} projecting (raw ${us(v.usRawProject)}, which only inserts the finished rows): the projections are ` +
          `${pct(v.size.bulk.project.ms / v.endToEndMs)} of Chronicle's time.`,
      );
    }
  }
  if (d.length > 1) {
    for (const v of d.slice(1)) {
      const ours = growthOf(d, v, (w) => w.usEndToEnd);
      if (ours <= GOALS.growth) continue;
      const raw = growthOf(d, v, (w) => w.usRawEndToEnd);
      notes.push(
        `**Import cost per event at ${v.label} facts: ${x(ours)} the cost at ${d[0]!.label} (goal ≤ ${x(GOALS.growth)}).** Append ${x(growthOf(d, v, (w) => w.usAppend))}, ` +
          `projections ${x(growthOf(d, v, (w) => w.usProject))}; the raw reference grew ${x(raw)} over the same sizes` +
          (raw >= ours * 0.8
            ? " — about as much, so the growth is the database's (deeper B-trees and indexes, pages beyond the page cache), not Chronicle's code."
            : " — less, so most of the growth is Chronicle's own work per event, not the inserts."),
      );
    }
    for (const v of d.slice(1)) {
      const growth = growthOf(d, v, (w) => w.page.p50);
      if (growth <= GOALS.pageGrowth) continue;
      notes.push(
        `**Timeline page at ${v.label} facts: p50 ${x(growth)} the p50 at ${d[0]!.label} (goal ≤ ${x(GOALS.pageGrowth)}).** The actor's timeline has ${n(v.size.timeline.actorFacts)} facts ` +
          `here and ${n(d[0]!.size.timeline.actorFacts)} at ${d[0]!.label}; the raw query's p50 grew ${x(growthOf(d, v, (w) => w.page.rawP50))}.`,
      );
    }
  }
  for (const v of d) {
    const slow = v.size.timeline.pages.filter((p) => p.ours.p99 > GOALS.timelinePageP99Ms);
    const slowCold = v.size.timeline.pages.filter((p) => (p.cold?.p99 ?? 0) > GOALS.timelinePageAfterChangeP99Ms);
    const avg = (pages: readonly PageResult[], f: (p: PageResult) => number) =>
      pages.reduce((sum, p) => sum + f(p), 0) / pages.length;
    const current = v.size.timeline.pages.filter((p) => !p.asOf);
    const asOf = v.size.timeline.pages.filter((p) => p.asOf);
    const rawTail = v.page.rawP99 > 3 * v.page.rawP50;
    const tail = rawTail
      ? `The raw reference's tail is long too (p99 ${ms(v.page.rawP99)} ms against its p50 ${ms(v.page.rawP50)} ms): much of the tail is other work on this shared machine.`
      : `The raw reference's p99 stays at ${ms(v.page.rawP99)} ms: the tail is Chronicle's own (garbage collection of the parsed documents, among others).`;
    if (slow.length > 0) {
      notes.push(
        `**Timeline page in process, read again, at ${v.label} facts: p99 up to ${ms(v.page.p99)} ms (goal ≤ ${GOALS.timelinePageP99Ms} ms; ${slow.length} of ${v.size.timeline.pages.length} pages over).** ` +
          `Unchanged pages come from the read cache (p50 ${ms(avg(v.size.timeline.pages, (p) => p.ours.p50))} ms): what is left is the keyset query over the timeline rows and the cache lookups. ${tail}`,
      );
    }
    if (slowCold.length > 0) {
      const coldOf = (p: PageResult) => p.cold?.p50 ?? Number.NaN;
      notes.push(
        `**Timeline page in process after a change, at ${v.label} facts: p99 up to ${ms(v.page.coldP99)} ms (goal ≤ ${GOALS.timelinePageAfterChangeP99Ms} ms; ${slowCold.length} of ${v.size.timeline.pages.length} pages over).** ` +
          `With the cache emptied, current pages take p50 ${ms(avg(current, coldOf))} ms against the raw query's ${ms(avg(current, (p) => p.raw.p50))} ms, which reads the same rows and documents, so the rest is ` +
          "Chronicle's work per entry (parsing each document, resolving actor, topic and source names, reading the findings, parsing the date, building the entry). " +
          `As-of pages: p50 ${ms(avg(asOf, coldOf))} ms (raw ${ms(avg(asOf, (p) => p.raw.p50))} ms): besides the documents as they were, the findings as they were ` +
          '(`findingsAsOf`: the stored findings of facts whose relation component has not changed since, one re-check of the components of the others). ' +
          tail,
      );
    }
    if (v.http.p99 > GOALS.timelinePageHttpP99Ms) {
      const added = v.size.http.pages
        .map((h) => h.ours.p50 - (v.size.timeline.pages.find((p) => p.label === h.label)?.ours.p50 ?? Number.NaN))
        .filter(Number.isFinite);
      const bareP50 = Math.max(...v.size.http.pages.map((h) => h.bare.p50));
      notes.push(
        `**Timeline page over HTTP at ${v.label} facts: p99 up to ${ms(v.http.p99)} ms (goal ≤ ${GOALS.timelinePageHttpP99Ms} ms).** ` +
          (v.page.p99 > GOALS.timelinePageHttpP99Ms
            ? `In process the same pages already reach p99 ${ms(v.page.p99)} ms (above). `
            : '') +
          `Page by page, HTTP adds from ${ms(Math.min(...added))} to ${ms(Math.max(...added))} ms to the in-process p50 (routing, zod's query parsing, pino-http's log line, ` +
          `serialising the page of about ${n(v.size.http.pages[0]?.bytes ?? 0)} bytes, the loopback socket). The bare route in the same process, sending a page of the same size, ` +
          `answers with p50 ${ms(bareP50)} ms and p99 ${ms(v.http.bareP99)} ms: the HTTP floor on this machine at the time.`,
      );
    }
    if (v.startupMs > GOALS.startupMs) {
      const runs = v.size.startup.serve;
      const med = (f: (run: StartupRun) => number) => median(runs.map(f));
      const tsx = (v.size.startup.runtime ?? 'tsx') === 'tsx';
      notes.push(
        `**Start-up at ${v.label} facts: ${ms0(v.startupMs)} to the first /health (goal ≤ ${ms0(GOALS.startupMs)}).** Median split: ${ms0(med((t) => t.entered))} until the entry ` +
          `module runs (node boots${tsx ? ', tsx registers its loader' : ''}), ${ms0(med((t) => t.modulesLoaded - t.entered))} loading Chronicle's modules${tsx ? ' through tsx' : ' (compiled)'}, ${ms0(med((t) => t.opened - t.modulesLoaded))} ` +
          `opening the store, ${ms0(med((t) => t.listening - t.opened))} starting the runner and the port, ${ms0(med((t) => t.health - t.listening))} to the /health answer; ` +
          `${n(Math.max(...runs.map((t) => t.replayed)))} events replayed. The bare express child, started the same way, answers its /health after ${ms0(v.bareStartupMs)}.`,
      );
    }
    if (v.maxRss > GOALS.rssBytes) {
      const served = v.size.startup.serve.map((t) => t.memoryServed ?? t.memoryStarted);
      notes.push(
        `**Memory at ${v.label} facts: peak RSS ${mib(v.maxRss)} (goal ≤ ${mib(GOALS.rssBytes)}).** The JavaScript heap used ${mib(median(served.map((m) => m.heapUsed)))} after the pages; ` +
          `the rest is native: SQLite's page caches (store connection cache_size ${v.size.bulk.chronicleSettings.store.cache_size}, read models ${v.size.bulk.chronicleSettings.readModels.cache_size}; negative = KiB), ` +
          `code and buffers. The bare child's RSS: ${mib(median(v.size.startup.bare.map((t) => t.memoryStarted.rss)))}.`,
      );
    }
  }
  const last = d.at(-1)!;
  if (r.appends && appendsRatio(r.appends) < GOALS.singleAppendsRatio) {
    const a = r.appends;
    notes.push(
      `**Single durable appends at ${last.label} facts: ${pct(appendsRatio(a))} of raw (goal ${pct(GOALS.singleAppendsRatio)}).** ` +
        `At the median a call takes ${ms(a.ours.p50)} ms against raw's ${ms(a.raw.p50)} ms (${pct(a.raw.p50 / a.ours.p50)} of raw's rate at the median): Chronicle reads the ` +
        'new stream, decides, validates and encodes the event before the same two inserts. The rate over all calls is the total time, so the slowest calls weigh most: ' +
        `p99 ${ms(a.ours.p99)} against ${ms(a.raw.p99)} ms, max ${ms(a.ours.max)} against ${ms(a.raw.max)} ms — waits for the disk (one fsync per commit at synchronous=FULL, and the ` +
        'WAL checkpoints of a file of several GiB), which the two sides meet in turn, call by call.',
    );
  }
  if (r.rebuild) {
    const rate = perSecond(r.rebuild.ours.events, r.rebuild.ours.ms);
    const rawRate = perSecond(r.rebuild.raw.events, r.rebuild.raw.ms);
    if (rate < GOALS.rebuildEventsPerSecond) {
      notes.push(
        `**Rebuild at ${last.label} facts: ${n(rate)} events/s (goal ${n(GOALS.rebuildEventsPerSecond)}).** Raw better-sqlite3, inserting only the rows Chronicle's ` +
          `rebuild wrote — no decoding, no projection, no re-check — reaches ${n(rawRate)} events/s on the same file system: the read model itself (a fact version, ` +
          'timeline rows, an event row with its history and feed JSON, registry, relation, citation and findings rows per event) costs more to write than the goal allows, so ' +
          `the goal needs a read model with far fewer rows per event, not a faster runner. Chronicle reaches ${pct(rate / rawRate)} of that floor.`,
      );
    }
  }
  if (r.profiled)
    notes.push(
      "Profiled run: every Chronicle figure includes the profiler's overhead, so the verdicts above are not results.",
    );
  return notes;
}
