import { dayNumber, parseFuzzyDate, type FuzzyDate } from '../dates/index.ts';

/** A fuzzy date with its bounds as day numbers (days since 1970-01-01); `null` = open. */
export interface DayBounds {
  readonly date: FuzzyDate;
  readonly earliestDay: number | null;
  readonly latestDay: number | null;
}

/**
 * Reads an EDTF date for the checks. Dates reach the checks already validated; one that somehow
 * does not parse is treated as unknown (both ends open) rather than stopping every other check.
 *
 * @example
 * dayBoundsOf('../2022-10') //=> { date, earliestDay: null, latestDay: 19296 }
 */
export function dayBoundsOf(edtf: string): DayBounds {
  let date: FuzzyDate;
  try {
    date = parseFuzzyDate(edtf);
  } catch {
    date = {
      edtf,
      earliest: null,
      latest: null,
      precision: 'day',
      approximate: false,
      uncertain: false,
      label: edtf,
    };
  }
  return {
    date,
    earliestDay: date.earliest === null ? null : dayNumber(date.earliest),
    latestDay: date.latest === null ? null : dayNumber(date.latest),
  };
}

/** Like {@link dayBoundsOf}, or `null` when there is no date or it does not parse. */
export function optionalDayBoundsOf(edtf: string | null): DayBounds | null {
  if (edtf === null) return null;
  try {
    parseFuzzyDate(edtf);
  } catch {
    return null;
  }
  return dayBoundsOf(edtf);
}
