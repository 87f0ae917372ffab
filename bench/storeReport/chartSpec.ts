import type { ChartSpec } from '../chart.ts';
import { TARGET_ACTOR_FACTS } from '../workloads/timelinePage.ts';
import { derive, type Derived } from './derived.ts';
import { ms, n, s, us } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

/** The chart of cost against size: import cost per event, and timeline-page latency. */
export function chartSpec(r: BenchResults): ChartSpec {
  const d = r.sizes.map(derive);
  const point = (v: Derived, y: number, label?: string) => ({ x: v.size.facts, y, ...(label ? { label } : {}) });
  /** A latency series: each size's figure in ms, labelled with it. */
  const msSeries = (name: string, color: string, y: (v: Derived) => number, dashed = false) => ({
    name,
    color,
    ...(dashed ? { dashed } : {}),
    points: d.map((v) => point(v, y(v), `${ms(y(v))} ms`)),
  });
  return {
    title: 'Chronicle: cost against store size',
    subtitle: `Run ${r.startedAt.toISOString().slice(0, 10)} on ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, SQLite ${r.machine.sqlite}; both x axes logarithmic`,
    xLabel: 'store size (facts; events below)',
    xTicks: d.map((v) => ({ x: v.size.facts, lines: [`${v.label} facts`, `${n(v.events)} events`] })),
    panels: [
      {
        title: 'Bulk import: cost per event (flat = linear time)',
        yLabel: 'µs per event (wall time ÷ events)',
        series: [
          {
            name: 'Chronicle, end to end (import + projections)',
            color: '#1d4ed8',
            points: d.map((v) => point(v, v.usEndToEnd, `${us(v.usEndToEnd)} · ${s(v.endToEndMs)}`)),
          },
          {
            name: 'Chronicle projections: runner.catchUp()',
            color: '#60a5fa',
            points: d.map((v) => point(v, v.usProject, us(v.usProject))),
          },
          {
            name: 'Chronicle append: importDossier',
            color: '#0891b2',
            points: d.map((v) => point(v, v.usAppend, us(v.usAppend))),
          },
          {
            name: 'raw better-sqlite3, same rows, end to end',
            color: '#6b7280',
            dashed: true,
            points: d.map((v) => point(v, v.usRawEndToEnd, `${us(v.usRawEndToEnd)} · ${s(v.rawEndToEndMs)}`)),
          },
        ],
        note: 'Labels: µs per event · total seconds. Linear growth keeps the lines flat.',
      },
      {
        title: `Actor timeline page: 100 entries (actor with ~${n(TARGET_ACTOR_FACTS)} facts)`,
        yLabel: 'ms per page, worst of 4 pages (log scale)',
        yLog: true,
        series: [
          msSeries('Chronicle over HTTP, p99', '#c2410c', (v) => v.http.p99),
          msSeries('Chronicle over HTTP, p50', '#fb923c', (v) => v.http.p50),
          ...(d.every((v) => Number.isFinite(v.page.coldP99))
            ? [msSeries('Chronicle in process after a change (nothing cached), p99', '#be185d', (v) => v.page.coldP99)]
            : []),
          msSeries('Chronicle in process (readTimeline), p99', '#7e22ce', (v) => v.page.p99),
          msSeries('Chronicle in process (readTimeline), p50', '#c084fc', (v) => v.page.p50),
          msSeries('bare express, fixed 100-entry page, p99', '#9ca3af', (v) => v.http.bareP99, true),
          msSeries('raw SQL keyset query + 100 documents, p99', '#4b5563', (v) => v.page.rawP99, true),
        ],
        goals: [
          {
            y: GOALS.timelinePageHttpP99Ms,
            label: `goal over HTTP: p99 ≤ ${GOALS.timelinePageHttpP99Ms} ms`,
            color: '#c2410c',
          },
          {
            y: GOALS.timelinePageP99Ms,
            label: `goal in process: p99 ≤ ${GOALS.timelinePageP99Ms} ms`,
            color: '#7e22ce',
          },
        ],
        note: 'Pages: first and middle, current and as of the middle of the log; the worst of the four. Read again unchanged unless said.',
      },
    ],
  };
}
