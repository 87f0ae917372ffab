import type { FuzzyDate } from './FuzzyDate.ts';
import { dayNumber } from './dayNumber.ts';
import { precisionRank } from './precisionRank.ts';

/** Numbers to sort fuzzy dates by, e.g. in a database index. */
export interface SortKey {
  /** Days since 1970-01-01 of the earliest day; `Number.MIN_SAFE_INTEGER` for an open start. */
  earliestDay: number;
  /** Days since 1970-01-01 of the latest day; `Number.MAX_SAFE_INTEGER` for an open end. */
  latestDay: number;
  /** Finer is smaller: time 0, day 1, month 2, season 3, quarter 4, half 5, year 6, decade 7, century 8, millennium 9. */
  precisionRank: number;
}

/**
 * The sort key of a fuzzy date: sorting by its three fields in order gives
 * {@link compareFuzzyDates}.
 *
 * @example
 * sortKeyOf(parseFuzzyDate('2022-04'))
 * //=> { earliestDay: 19083, latestDay: 19112, precisionRank: 2 }
 * sortKeyOf(parseFuzzyDate('../2022-04-22'))
 * //=> { earliestDay: Number.MIN_SAFE_INTEGER, latestDay: 19104, precisionRank: 1 }
 */
export function sortKeyOf(date: FuzzyDate): SortKey {
  return {
    earliestDay: date.earliest === null ? Number.MIN_SAFE_INTEGER : dayNumber(date.earliest),
    latestDay: date.latest === null ? Number.MAX_SAFE_INTEGER : dayNumber(date.latest),
    precisionRank: precisionRank(date.precision),
  };
}
