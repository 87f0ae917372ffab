import { parseIsoDate, type CalendarDate } from './calendar.ts';

/**
 * Days since 1970-01-01 (negative before it) of a `YYYY-MM-DD` day, by pure arithmetic on the
 * proleptic Gregorian calendar: no `Date`, so it works for any year (`+170000002-01-01`).
 * Throws a `RangeError` when the input is not a calendar day.
 *
 * @example
 * dayNumber('1970-01-01')       //=> 0
 * dayNumber('2022-04-22')       //=> 19104
 * dayNumber('1969-12-31')       //=> -1
 * dayNumber('+170000002-01-01') //=> 62090506203
 */
export function dayNumber(isoDate: string): number {
  return dayOfDate(parseIsoDate(isoDate));
}

/**
 * {@link dayNumber} of a calendar day given by its fields (not checked: the caller's day exists).
 *
 * @example
 * dayOfDate({ year: 2022, month: 4, day: 22 }) //=> 19104
 */
export function dayOfDate({ year, month, day }: CalendarDate): number {
  // Howard Hinnant's days_from_civil: years start on 1 March so the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
