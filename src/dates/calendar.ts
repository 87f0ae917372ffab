/**
 * Proleptic Gregorian calendar arithmetic on plain numbers, so that it works for any year EDTF
 * can write (the JS `Date` stops at ±275 760). Years are astronomical: 0 is 1 BC, -1 is 2 BC.
 */

/** A calendar day; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * @example
 * isLeapYear(2000) //=> true
 * isLeapYear(1900) //=> false
 * isLeapYear(-4)   //=> true (5 BC)
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * @example
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2022, 4) //=> 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The English name of a month (1–12). */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`there is no month ${month}`);
  return name;
}

const ISO_DATE = /^([+-]\d{4,}|\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `YYYY-MM-DD`, also with an ISO expanded year (`+170000002-01-01`, `-0100-03-01`).
 * Throws a `RangeError` for anything else, including days that do not exist.
 *
 * @example
 * parseIsoDate('2022-04-22') //=> { year: 2022, month: 4, day: 22 }
 */
export function parseIsoDate(isoDate: string): CalendarDate {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`${JSON.stringify(isoDate)} is not a YYYY-MM-DD date`);
  const year = Number(match[1]) + 0; // + 0 turns -0 into 0
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!Number.isSafeInteger(year)) throw new RangeError(`${isoDate}: the year is too large`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${isoDate} is not a day of the calendar`);
  }
  return { year, month, day };
}

/**
 * Writes a day as `YYYY-MM-DD`; years outside 0000–9999 as `+YYYYYY` or `-YYYY`.
 *
 * @example
 * formatIsoDate({ year: 2022, month: 4, day: 22 })     //=> '2022-04-22'
 * formatIsoDate({ year: 170000002, month: 1, day: 1 }) //=> '+170000002-01-01'
 * formatIsoDate({ year: -100, month: 3, day: 1 })      //=> '-0100-03-01'
 */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const yyyy = year < 0 ? `-${pad(-year, 4)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
  return `${yyyy}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Moves a day by whole months. A day that does not exist in the target month is clamped to its
 * last day; with `keepMonthEnd`, a last day of a month stays a last day of a month.
 *
 * @example
 * addMonths({ year: 2022, month: 3, day: 31 }, -1)     //=> 2022-02-28
 * addMonths({ year: 2022, month: 4, day: 30 }, 1)      //=> 2022-05-30
 * addMonths({ year: 2022, month: 4, day: 30 }, 1, true) //=> 2022-05-31
 */
export function addMonths(date: CalendarDate, months: number, keepMonthEnd = false): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  const atMonthEnd = date.day === daysInMonth(date.year, date.month);
  const day = keepMonthEnd && atMonthEnd ? last : Math.min(date.day, last);
  return { year, month, day };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
