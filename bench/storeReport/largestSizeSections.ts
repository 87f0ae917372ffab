import { perSecond } from '../measure.ts';
import type { Derived } from './derived.ts';
import { ms, n, pct, rate, verdict } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

/** Sections 5 and 6, measured at the largest size only: single durable appends and the rebuild. */
export function largestSizeSections(r: BenchResults, d: readonly Derived[]): string[] {
  const { appends, rebuild } = r;
  const last = d.at(-1)!;
  return [
    `### 5. Single durable appends (${last.label} facts)`,
    '',
    ...(appends
      ? [
          `${n(appends.count)} appends per side, alternating call by call, into the largest stores filled above; synchronous=${appends.synchronous.ours} (Chronicle) / ${appends.synchronous.raw} (raw).`,
          '',
          '| | appends/s | p50 | p99 | max |',
          '| --- | ---: | ---: | ---: | ---: |',
          `| Chronicle: \`execute(RecordFact)\` (1 event) | ${n(perSecond(appends.count, appends.ours.total))} | ${ms(appends.ours.p50)} ms | ${ms(appends.ours.p99)} ms | ${ms(appends.ours.max)} ms |`,
          `| raw: stream row + event row in one transaction | ${n(perSecond(appends.count, appends.raw.total))} | ${ms(appends.raw.p50)} ms | ${ms(appends.raw.p99)} ms | ${ms(appends.raw.max)} ms |`,
          `| ratio (Chronicle ÷ raw appends/s) | ${pct(perSecond(appends.count, appends.ours.total) / perSecond(appends.count, appends.raw.total))} | | | |`,
        ]
      : ['Not run (the figures end before the largest size was finished).']),
    '',
    `### 6. Rebuild (${last.label} facts)`,
    '',
    ...(rebuild
      ? [
          '| | Chronicle: `runner.rebuild()` | raw: scan + insert + swap | ratio | goal | result |',
          '| --- | ---: | ---: | ---: | --- | --- |',
          `| all read models | ${rate(rebuild.ours.events, rebuild.ours.ms)} | ${rate(rebuild.raw.events, rebuild.raw.ms)} | ` +
            `${pct(perSecond(rebuild.ours.events, rebuild.ours.ms) / perSecond(rebuild.raw.events, rebuild.raw.ms))} | ≥ ${n(GOALS.rebuildEventsPerSecond)} events/s | ` +
            `${verdict(perSecond(rebuild.ours.events, rebuild.ours.ms) >= GOALS.rebuildEventsPerSecond)} |`,
        ]
      : [appends ? 'Not run (`--no-rebuild`).' : 'Not run.']),
    '',
  ];
}
