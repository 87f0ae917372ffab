import { dayNumber, parseFuzzyDate, type FuzzyDate } from '../dates/index.ts';

/** A fuzzy date with its bounds as day numbers (days since 1970-01-01); `null` = open. */
export interface DayBounds {
  readonly date: FuzzyDate;
  readonly earliestDay: number | null;
  readonly latestDay: number | null;
}

/**
 * Bounds by EDTF text, frozen, up to a bound (as `parseFuzzyDate` remembers its dates): the checks
 * read the same dates again for every component a fact is checked in and every fact a source is
 * cited by. Only dates that parse are remembered. The bound is above the distinct dates of a large
 * store (about 55,000 in a generated million-fact store); about 100 bytes a date.
 */
const rememberedBounds = new Map<string, DayBounds>();
const MAX_REMEMBERED = 200_000;

/**
 * Reads an EDTF date for the checks. Dates reach the checks already validated; one that somehow
 * does not parse is treated as unknown (both ends open) rather than stopping every other check.
 *
 * @example
 * dayBoundsOf('../2022-10') //=> { date, earliestDay: null, latestDay: 19296 }
 */
export function dayBoundsOf(edtf: string): DayBounds {
  const known = rememberedBounds.get(edtf);
  if (known !== undefined) return known;
  let date: FuzzyDate;
  try {
    date = parseFuzzyDate(edtf);
  } catch {
    return {
      date: {
        edtf,
        earliest: null,
        latest: null,
        precision: 'day',
        approximate: false,
        uncertain: false,
        label: edtf,
      },
      earliestDay: null,
      latestDay: null,
    };
  }
  const bounds = Object.freeze({
    date,
    earliestDay: date.earliest === null ? null : dayNumber(date.earliest),
    latestDay: date.latest === null ? null : dayNumber(date.latest),
  });
  if (rememberedBounds.size >= MAX_REMEMBERED) rememberedBounds.clear();
  rememberedBounds.set(edtf, bounds);
  return bounds;
}

/** Like {@link dayBoundsOf}, or `null` when there is no date or it does not parse. */
export function optionalDayBoundsOf(edtf: string | null): DayBounds | null {
  if (edtf === null) return null;
  const known = rememberedBounds.get(edtf);
  if (known !== undefined) return known;
  try {
    parseFuzzyDate(edtf);
  } catch {
    return null;
  }
  return dayBoundsOf(edtf);
}
