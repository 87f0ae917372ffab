import { monthDate, rangeDate } from './capturedDate.ts';
import { monthName } from '../dates/calendar.ts';
import type { PhraseContext } from './narrative.ts';
import type { Reading } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * A quarter or half of a fiscal year. With the month the year ends in stated, its months; without
 * it, every month it may cover: fiscal 2025 ends in some month of 2025, so it began between
 * February 2024 and January 2025, and its second quarter lies within May 2024 – June 2025.
 */

/** Months counted from year 0, to add and take months across years. */
const indexOf = (year: number, month: number) => year * 12 + month - 1;
const monthAt = (index: number) => monthDate(Math.floor(index / 12), (index % 12) + 1);

export function resolveFiscal(
  r: Extract<Reading, { kind: 'fiscal' }>,
  ctx: PhraseContext,
): Omit<Resolution, 'relation'> {
  const length = r.unit === 'quarter' ? 3 : 6;
  const what = `${r.unit} ${r.n} of fiscal ${r.year}`;
  if (r.endMonth !== null) {
    const first = indexOf(r.year, r.endMonth) - 11 + (r.n - 1) * length;
    const date = rangeDate(monthAt(first), monthAt(first + length - 1));
    return {
      date,
      rule: `${quoted(ctx.phrase)} is ${what}, a fiscal year the text says ends in ${monthName(r.endMonth)}: ${labelOf(date)}.`,
      confidence: 0.8,
      weekday: null,
    };
  }
  const earliestStart = indexOf(r.year - 1, 2);
  const latestStart = indexOf(r.year, 1);
  const date = rangeDate(monthAt(earliestStart + (r.n - 1) * length), monthAt(latestStart + r.n * length - 1));
  return {
    date,
    rule: `${quoted(ctx.phrase)} is ${what}; the text does not say in which month of ${r.year} that fiscal year ends, so it spans every month the ${r.unit} may cover: ${labelOf(date)}.`,
    confidence: 0.45,
    weekday: null,
  };
}
