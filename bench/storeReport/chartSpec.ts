import type { ChartSpec } from '../chart.ts';
import { TARGET_ACTOR_FACTS } from '../workloads/timelinePage.ts';
import { derive, type Derived } from './derived.ts';
import { ms, n, s, us } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

/** The chart of cost against size: import cost per event, and timeline-page latency. */
export function chartSpec(r: BenchResults): ChartSpec {
  const d = r.sizes.map(derive);
  const point = (v: Derived, y: number, label?: string) => ({ x: v.size.facts, y, ...(label ? { label } : {}) });
  const msLabel = (v: number) => `${ms(v)} ms`;
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
          {
            name: 'Chronicle over HTTP, p99',
            color: '#c2410c',
            points: d.map((v) => point(v, v.http.p99, msLabel(v.http.p99))),
          },
          {
            name: 'Chronicle over HTTP, p50',
            color: '#fb923c',
            points: d.map((v) => point(v, v.http.p50, msLabel(v.http.p50))),
          },
          ...(d.every((v) => Number.isFinite(v.page.coldP99))
            ? [
                {
                  name: 'Chronicle in process after a change (nothing cached), p99',
                  color: '#be185d',
                  points: d.map((v) => point(v, v.page.coldP99, msLabel(v.page.coldP99))),
                },
              ]
            : []),
          {
            name: 'Chronicle in process (readTimeline), p99',
            color: '#7e22ce',
            points: d.map((v) => point(v, v.page.p99, msLabel(v.page.p99))),
          },
          {
            name: 'Chronicle in process (readTimeline), p50',
            color: '#c084fc',
            points: d.map((v) => point(v, v.page.p50, msLabel(v.page.p50))),
          },
          {
            name: 'bare express, fixed 100-entry page, p99',
            color: '#9ca3af',
            dashed: true,
            points: d.map((v) => point(v, v.http.bareP99, msLabel(v.http.bareP99))),
          },
          {
            name: 'raw SQL keyset query + 100 documents, p99',
            color: '#4b5563',
            dashed: true,
            points: d.map((v) => point(v, v.page.rawP99, msLabel(v.page.rawP99))),
          },
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
