import { daysInMonth, formatIsoDate } from './calendar.ts';
import type { Bounds } from './widenBounds.ts';

/** X digits that fit no day of the calendar (`201X-02-3X`, `2022-X3`). */
export class NoMatchingDayError extends Error {}

const DATE_WITH_X = /^(-?)([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?$/;

/** The numbers from `min` to `max` whose two digits match `pattern` (`X` = any digit), ascending. */
function matching(pattern: string, min: number, max: number): number[] {
  const out: number[] = [];
  for (let n = min; n <= max; n++) {
    const digits = String(n).padStart(2, '0');
    if ([...pattern].every((c, i) => c === 'X' || c === digits[i])) out.push(n);
  }
  return out;
}

/** The first (or last) day of `year` whose month and day match the patterns, or null. */
function dayIn(year: number, months: readonly number[], day: string | undefined, last: boolean): string | null {
  const ordered = last ? [...months].reverse() : months;
  for (const month of ordered) {
    const days = day === undefined ? [1, daysInMonth(year, month)] : matching(day, 1, daysInMonth(year, month));
    if (days.length > 0) return formatIsoDate({ year, month, day: (last ? days.at(-1) : days[0])! });
  }
  return null;
}

/**
 * The first and last day a date with unspecified (`X`) digits may fall on, worked out from the
 * digits: the year digits span the years (`-202X` is -2029 to -2020) and only the months and
 * days the digits allow count, in the years where they exist. edtf.js gets these wrong: before
 * year 0 it takes the latest month and day for the earliest bound (`-2022-10-XX` came out as
 * 31 … 1 October), `2022-X0` came out as January to November (only October fits), and
 * `201X-02-29` as 1 March 2010 to 1 March 2019 (2012-02-29 to 2016-02-29).
 * `text` may carry qualifiers (`~ ? %`), which are ignored. Null when `text` is not a
 * `YYYY[-MM[-DD]]` date of digits and `X`; throws {@link NoMatchingDayError} when no day fits.
 *
 * @example
 * unspecifiedBounds('-2022-10-XX') //=> { earliest: '-2022-10-01', latest: '-2022-10-31' }
 * unspecifiedBounds('-202X')       //=> { earliest: '-2029-01-01', latest: '-2020-12-31' }
 * unspecifiedBounds('201X-02-29')  //=> { earliest: '2012-02-29', latest: '2016-02-29' }
 */
export function unspecifiedBounds(text: string): Bounds | null {
  const m = DATE_WITH_X.exec(text.replace(/[~?%]/g, ''));
  if (!m) return null;
  const [, sign, yyyy = '', mm, dd] = m;
  const low = Number(yyyy.replace(/X/g, '0'));
  const high = Number(yyyy.replace(/X/g, '9'));
  const [firstYear, lastYear] = sign ? [-high, -low] : [low, high];
  const months = mm === undefined ? [1, 12] : matching(mm, 1, 12);
  if (months.length === 0) throw new NoMatchingDayError(`no month fits ${mm}`);
  let earliest: string | null = null;
  for (let year = firstYear; year <= lastYear && earliest === null; year++) earliest = dayIn(year, months, dd, false);
  let latest: string | null = null;
  for (let year = lastYear; year >= firstYear && latest === null; year--) latest = dayIn(year, months, dd, true);
  if (earliest === null || latest === null) throw new NoMatchingDayError(`no day of the calendar fits ${text}`);
  return { earliest, latest };
}
