import type { Mention } from './reading.ts';
import { firstFrom, overlaps, type TextSpan } from './textSpans.ts';

const isWeekday = (m: Mention) => m.reading.kind === 'weekday';

/**
 * One mention per stretch of text: where mentions overlap, the longest wins ("on Friday, Sept.
 * 10, 2021" over "2021"); a weekday overlapping a calendar date widens the date's span to take
 * it in ("el martes 5 de marzo").
 */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept mentions never overlap one another, sorted by start: only the neighbours of a new one can clash.
  const kept: Mention[] = [];
  for (const m of byLength) {
    const at = firstFrom(kept, m.start);
    const clash = [at - 1, at].find((i) => {
      const k = kept[i];
      return k !== undefined && overlaps(k, m);
    });
    if (clash === undefined) {
      kept.splice(at, 0, m);
      continue;
    }
    const k = kept[clash] as Mention;
    if (isWeekday(m) && k.reading.kind === 'calendar' && k.reading.weekday !== null) {
      kept[clash] = { ...k, start: Math.min(k.start, m.start), end: Math.max(k.end, m.end) };
    }
  }
  return kept;
}

/** Whether `span` overlaps any of `spans` (sorted by start, not overlapping one another). */
export function overlapsAny(spans: readonly TextSpan[], span: TextSpan): boolean {
  const at = firstFrom(spans, span.start);
  return [at - 1, at].some((i) => {
    const s = spans[i];
    return s !== undefined && overlaps(s, span);
  });
}

/**
 * The mentions that no hidden non-event overlaps; a relative phrase whose named event holds one
 * ("less than a year after signing the 2021 accounts") is kept up to it, the count and the words
 * before it, and the non-event stays no date.
 */
export function besideHidden(hidden: readonly TextSpan[], mentions: readonly Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!overlapsAny(hidden, m)) {
      out.push(m);
      continue;
    }
    const named = m.reading.kind === 'relative' && m.reading.anchor.kind === 'named';
    const first = hidden[firstFrom(hidden, m.start)];
    if (!named || !first || first.start <= m.start || overlapsAny(hidden, { start: m.start, end: first.start }))
      continue;
    const end = m.start + text.slice(m.start, first.start).trimEnd().length;
    if (end > m.start) out.push({ ...m, end });
  }
  return out;
}
