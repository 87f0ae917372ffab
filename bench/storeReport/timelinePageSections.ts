import { sizeLabel } from '../sizes.ts';
import { PAGE_SIZE, TARGET_ACTOR_FACTS } from '../workloads/timelinePage.ts';
import type { Derived } from './derived.ts';
import { fewSamples, latency, ms, n, oneLine, verdict } from './formats.ts';
import { GOALS, type BenchResults, type SizeResults } from './results.ts';

/** Section 2's table: the in-process pages of each size, Chronicle read again and after a change beside raw. */
export function inProcessPageTable(sizes: readonly Pick<SizeResults, 'facts' | 'timeline'>[]): string[] {
  return [
    '| facts | actor (facts; as of) | page | Chronicle read again p50 / p99 / max | Chronicle after a change p50 / p99 / max | after a change: CPU per read | raw p50 / p99 / max | ' +
      'Chronicle ÷ raw (p50: again; after a change) | goal (again; after a change) | result (again; after a change) |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...sizes.flatMap(({ facts, timeline: t }) =>
      t.pages.map(
        (p) =>
          `| ${sizeLabel(facts)} | ${n(t.actorFacts)}; ${n(t.asOf.actorFacts)} | ${p.label}${p.entries < PAGE_SIZE ? ` (${p.entries} entries)` : ''}${p.samePage ? '' : ' ⚠ pages differ'} | ` +
          `${latency(p.ours)} | ${p.cold ? latency(p.cold) : '—'} | ${p.coldCpuMs === undefined ? '—' : `${ms(p.coldCpuMs)} ms`} | ${latency(p.raw)} | ` +
          `${(p.ours.p50 / p.raw.p50).toFixed(1)}×; ${p.cold ? `${(p.cold.p50 / p.raw.p50).toFixed(1)}×` : '—'} | ` +
          `p99 ≤ ${GOALS.timelinePageP99Ms} ms; ≤ ${GOALS.timelinePageAfterChangeP99Ms} ms | ` +
          `${verdict(p.ours.p99 <= GOALS.timelinePageP99Ms)}; ${p.cold ? verdict(p.cold.p99 <= GOALS.timelinePageAfterChangeP99Ms) : '—'} |`,
      ),
    ),
  ];
}

/** Sections 2 and 3: the actor's timeline pages in process and over HTTP, beside their references. */
export function timelinePageSections(r: BenchResults, d: readonly Derived[]): string[] {
  const last = d.at(-1)!;
  const t0 = last.size.timeline;
  const h0 = last.size.http;
  return [
    '### 2. Actor timeline page, in process',
    '',
    `At each size the actor whose timeline is nearest ${n(TARGET_ACTOR_FACTS)} facts (the hub actor), 100 entries: the first page and a middle page ` +
      "(reached through the cursors), current and as known at the event halfway through the log (`asOf`: that event's position, so the timeline holds the facts recorded by then). " +
      `${n(t0.pages[0]?.ours.count ?? 0)} reads per page and side after a warm-up, alternating call by call${fewSamples(t0.pages[0]?.ours.count ?? 0)}. ` +
      "Chronicle: `readTimeline(rm, { kind: 'actor', id, limit: 100, cursor, asOf })` (entries: documents parsed, names resolved, findings), twice per round: " +
      'read again with nothing changed (its entries and names from the read cache, `projections/readCache.ts`; an edit of other facts leaves them there), and ' +
      '"after a change": the cache emptied first (`rm.cache.clear()`), so every entry is built from the database, as after a write by another process, a changed name, or an edit of every fact on the page. ' +
      `Raw, on the same file: \`${oneLine(t0.rawSql.page)}\` (limit 101; the middle page adds the keyset condition \`(earliest, latest, precision_rank, first_seq) > (?, ?, ?, ?)\`), ` +
      `then the 100 documents one by one, as text: \`${oneLine(t0.rawSql.doc)}\`. Raw as of: the position's \`seq\` looked up, \`${oneLine(t0.rawSql.asOfPage)}\`, ` +
      `and each document as it was: \`${oneLine(t0.rawSql.asOfDoc)}\`.`,
    '',
    ...inProcessPageTable(r.sizes),
    '',
    '### 3. Actor timeline page over HTTP',
    '',
    "The same four pages from Chronicle's real server, the one section 4 starts: a child process running what `chronicle serve --no-demo` runs " +
      `(\`openChronicle\` + \`startServer\` on 127.0.0.1, port 0, on the benchmark's store file; ${h0.settings.logger ?? 'pino at level info'}; ${h0.settings.limits ?? ''}), ` +
      "so the measuring client never shares the server's thread. " +
      '`GET /api/timelines/actors/:id?limit=100[&cursor=…][&asOf=…]`, one keep-alive connection, requests one at a time; latency = request sent → last byte of the body. ' +
      `Reference: the same child process answers \`GET /page\` on a second port from a bare express 5 app with Chronicle's first page of the actor, serialised once at start (${n(h0.bareBytes)} bytes at ${last.label} facts) — the HTTP floor. ` +
      `The two alternate request by request; ${n(h0.pages[0]?.ours.count ?? 0)} per page and side after a warm-up${fewSamples(h0.pages[0]?.ours.count ?? 0)}.`,
    '',
    '| facts | page | Chronicle p50 / p99 / max | bare express p50 / p99 / max | Chronicle ÷ bare (p50) | body | goal | result |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...d.flatMap((v) =>
      v.size.http.pages.map(
        (p) =>
          `| ${v.label} | ${p.label}${p.samePage ? '' : ' ⚠ not the in-process page'} | ${latency(p.ours)} | ${latency(p.bare)} | ${(p.ours.p50 / p.bare.p50).toFixed(1)}× | ${n(p.bytes)} B | ` +
          `p99 ≤ ${GOALS.timelinePageHttpP99Ms} ms | ${verdict(p.ours.p99 <= GOALS.timelinePageHttpP99Ms)} |`,
      ),
    ),
    '',
  ];
}
