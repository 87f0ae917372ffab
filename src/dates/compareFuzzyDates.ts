import type { FuzzyDate } from './FuzzyDate.ts';
import { sortKeyOf } from './sortKeyOf.ts';

/**
 * Orders fuzzy dates by earliest day, then latest day, then finer precision first. An open start
 * comes before any date; an open end after any date with the same earliest day. Returns a
 * negative number, zero or a positive number, for `Array.prototype.sort`; callers break the
 * remaining ties themselves (Chronicle: by the global position of the fact's first event).
 *
 * @example
 * ['2022', '2022-04-22', '../2022-10', '2022-04'].map((s) => parseFuzzyDate(s)).sort(compareFuzzyDates)
 * //=> ../2022-10, 2022, 2022-04, 2022-04-22
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const x = sortKeyOf(a);
  const y = sortKeyOf(b);
  return (
    compare(x.earliestDay, y.earliestDay) ||
    compare(x.latestDay, y.latestDay) ||
    compare(x.precisionRank, y.precisionRank)
  );
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
