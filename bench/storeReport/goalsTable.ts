import { perSecond } from '../measure.ts';
import { appendsRatio, growthOf, type Derived } from './derived.ts';
import { mib, ms, ms0, n, pct, verdict, x } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

/** The goals table: one row per goal, one column per size, each cell its verdict and figure. */
export function goalsTable(r: BenchResults, d: readonly Derived[]): string[] {
  const { appends, rebuild } = r;
  const last = d.at(-1)!;
  const verdictRow = (name: string, cells: readonly string[]) => `| ${name} | ${cells.join(' | ')} |`;
  const growthCell = (v: Derived, i: number, value: (v: Derived) => number, limit: number) =>
    i === 0 ? '(base)' : `${verdict(growthOf(d, v, value) <= limit)} (${x(growthOf(d, v, value))})`;
  return [
    '### Goals',
    '',
    `| goal | ${d.map((v) => `${v.label} facts`).join(' | ')} |`,
    `| --- | ${d.map(() => '---').join(' | ')} |`,
    verdictRow(
      `bulk import end to end ≥ ${pct(GOALS.bulkImportRatio)} of raw events/s`,
      d.map((v) => `${verdict(v.endToEndRatio >= GOALS.bulkImportRatio)} (${pct(v.endToEndRatio)})`),
    ),
    verdictRow(
      `import time linear: µs per event ≤ ${x(GOALS.growth)} the smallest size's`,
      d.map((v, i) => growthCell(v, i, (w) => w.usEndToEnd, GOALS.growth)),
    ),
    verdictRow(
      `timeline page in process, read again, p99 ≤ ${GOALS.timelinePageP99Ms} ms (worst of 4 pages)`,
      d.map((v) => `${verdict(v.page.p99 <= GOALS.timelinePageP99Ms)} (${ms(v.page.p99)} ms)`),
    ),
    ...(d.every((v) => Number.isFinite(v.page.coldP99))
      ? [
          verdictRow(
            `timeline page in process after a change (nothing cached), p99 ≤ ${GOALS.timelinePageAfterChangeP99Ms} ms (worst of 4 pages)`,
            d.map((v) => `${verdict(v.page.coldP99 <= GOALS.timelinePageAfterChangeP99Ms)} (${ms(v.page.coldP99)} ms)`),
          ),
        ]
      : []),
    verdictRow(
      `timeline page over HTTP, p99 ≤ ${GOALS.timelinePageHttpP99Ms} ms (worst of 4 pages)`,
      d.map((v) => `${verdict(v.http.p99 <= GOALS.timelinePageHttpP99Ms)} (${ms(v.http.p99)} ms)`),
    ),
    verdictRow(
      `timeline page does not grow with the store: p50 ≤ ${x(GOALS.pageGrowth)} the smallest size's`,
      d.map((v, i) => growthCell(v, i, (w) => w.page.p50, GOALS.pageGrowth)),
    ),
    verdictRow(
      `start-up on the projected store ≤ ${ms0(GOALS.startupMs)} (fork → first /health, median)`,
      d.map((v) => `${verdict(v.startupMs <= GOALS.startupMs)} (${ms0(v.startupMs)})`),
    ),
    verdictRow(
      `resident memory while serving ≤ ${mib(GOALS.rssBytes)} (${d.every((v) => v.ownPeak) ? 'peak RSS' : 'largest RSS sample'})`,
      d.map((v) => `${verdict(v.maxRss <= GOALS.rssBytes)} (${mib(v.maxRss)})`),
    ),
    ...(appends
      ? [
          verdictRow(
            `single durable appends ≥ ${pct(GOALS.singleAppendsRatio)} of raw appends/s (largest size)`,
            d.map((v) =>
              v === last
                ? `${verdict(appendsRatio(appends) >= GOALS.singleAppendsRatio)} (${pct(appendsRatio(appends))})`
                : '—',
            ),
          ),
        ]
      : []),
    ...(rebuild
      ? [
          verdictRow(
            `rebuild of all read models ≥ ${n(GOALS.rebuildEventsPerSecond)} events/s (largest size)`,
            d.map((v) =>
              v === last
                ? `${verdict(perSecond(rebuild.ours.events, rebuild.ours.ms) >= GOALS.rebuildEventsPerSecond)} (${n(perSecond(rebuild.ours.events, rebuild.ours.ms))} events/s)`
                : '—',
            ),
          ),
        ]
      : []),
    '',
  ];
}
