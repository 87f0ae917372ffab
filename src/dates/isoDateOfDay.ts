import { formatIsoDate, type CalendarDate } from './calendar.ts';

/**
 * The `YYYY-MM-DD` day that is `day` days after 1970-01-01: the inverse of {@link dayNumber}.
 * Years outside 0000–9999 come out in ISO expanded form. Throws a `RangeError` for a day that
 * is not a safe integer.
 *
 * @example
 * isoDateOfDay(0)     //=> '1970-01-01'
 * isoDateOfDay(19104) //=> '2022-04-22'
 * isoDateOfDay(-1)    //=> '1969-12-31'
 */
export function isoDateOfDay(day: number): string {
  return formatIsoDate(dateOfDay(day));
}

/**
 * The calendar fields of a day number: the inverse of {@link dayOfDate}.
 *
 * @example
 * dateOfDay(19104) //=> { year: 2022, month: 4, day: 22 }
 */
export function dateOfDay(day: number): CalendarDate {
  if (!Number.isSafeInteger(day)) throw new RangeError(`${day} is not a whole number of days`);
  // Howard Hinnant's civil_from_days.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}
