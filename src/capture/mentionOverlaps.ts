import type { Mention } from './reading.ts';
import { overlaps } from './textSpans.ts';

const isWeekday = (m: Mention) => m.reading.kind === 'weekday';

/**
 * One mention per stretch of text: where mentions overlap, the longest wins ("on Friday, Sept.
 * 10, 2021" over "2021"); a weekday overlapping a calendar date widens the date's span to take
 * it in ("el martes 5 de marzo").
 */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of byLength) {
    const clash = kept.findIndex((k) => overlaps(k, m));
    if (clash < 0) {
      kept.push(m);
      continue;
    }
    const k = kept[clash] as Mention;
    if (isWeekday(m) && k.reading.kind === 'calendar' && k.reading.weekday !== null) {
      kept[clash] = { ...k, start: Math.min(k.start, m.start), end: Math.max(k.end, m.end) };
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
