import { addMonths, daysInMonth, formatIsoDate, parseIsoDate, type CalendarDate } from '../dates/calendar.ts';
import { dayNumber } from '../dates/dayNumber.ts';
import { isoDateOfDay } from '../dates/isoDateOfDay.ts';

/**
 * Days as plain numbers (days since 1970-01-01), the unit capture reasons in: a bound, a
 * reference time and an offset are all counted in days, with calendar arithmetic for months and
 * years.
 */

export type OffsetUnit = 'D' | 'W' | 'M' | 'Y';

export const dayOf = (year: number, month: number, day: number): number =>
  dayNumber(formatIsoDate({ year, month, day }));

export const calendarOf = (day: number): CalendarDate => parseIsoDate(isoDateOfDay(day));

export const isoOf = (day: number): string => isoDateOfDay(day);

export const firstOfMonth = (year: number, month: number): number => dayOf(year, month, 1);

export const lastOfMonth = (year: number, month: number): number => dayOf(year, month, daysInMonth(year, month));

/** 0 = Monday … 6 = Sunday. */
export const weekdayIndexOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * Moves a day by whole units; months and years are calendar months and years, the day clamped to
 * the end of a shorter month (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * addUnits(dayOf(2018, 10, 29), 'M', 5) // 29 March 2019
 */
export function addUnits(day: number, unit: OffsetUnit, count: number): number {
  switch (unit) {
    case 'D':
      return day + count;
    case 'W':
      return day + 7 * count;
    case 'M':
      return dayNumber(formatIsoDate(addMonths(calendarOf(day), count)));
    case 'Y':
      return dayNumber(formatIsoDate(addMonths(calendarOf(day), 12 * count)));
    default: {
      const never: never = unit;
      throw new Error(`unknown unit ${String(never)}`);
    }
  }
}
