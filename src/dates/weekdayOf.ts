import { dayNumber } from './dayNumber.ts';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The day of the week of a `YYYY-MM-DD` day (proleptic Gregorian, any year).
 * Throws a `RangeError` when the input is not a calendar day.
 *
 * @example
 * weekdayOf('2022-04-22') //=> 'Friday'
 * weekdayOf('2000-02-29') //=> 'Tuesday'
 */
export function weekdayOf(isoDate: string): Weekday {
  // 1970-01-01 was a Thursday, index 3 counting from Monday.
  const index = (((dayNumber(isoDate) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}
