import { daysInMonth, monthName } from './calendar.ts';

// A year-month(-day) not inside a longer run of digits; `X` digits are left to edtf.
const DATE = /(?<![\dXY.:])(-?\d{4})-(\d{2})(?:-(\d{2}))?(?![\dX])/g;
const TIME = /(-?\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/g;

/**
 * Explains why an EDTF-shaped input names a day or time that does not exist, or returns `null`.
 * The edtf grammar rejects such input without saying why, and some it even accepts and rolls
 * over (`2021-02-29` becomes 1 March), so the calendar is checked first.
 *
 * @example
 * findCalendarError('2022-02-30')          //=> '2022-02-30 is not a valid date (February 2022 has 28 days)'
 * findCalendarError('2022-13')             //=> '2022-13 is not a valid date (there is no month 13)'
 * findCalendarError('1985-04-12T25:00:00')
 * //=> '1985-04-12T25:00:00 is not a valid time (hours run from 00 to 23)'
 * findCalendarError('2022-04-22~')         //=> null
 */
export function findCalendarError(input: string): string | null {
  const text = input.replace(/[~?%]/g, '');
  for (const [token, yyyy = '', mm = '', dd] of text.matchAll(DATE)) {
    const year = Number(yyyy);
    const month = Number(mm);
    const isSeason = dd === undefined && month >= 21 && month <= 41;
    if (month < 1 || (month > 12 && !isSeason)) {
      return `${token} is not a valid date (there is no month ${mm})`;
    }
    if (dd === undefined || isSeason) continue;
    const day = Number(dd);
    const days = daysInMonth(year, month);
    if (day < 1) return `${token} is not a valid date (there is no day 00)`;
    if (day > days) {
      return `${token} is not a valid date (${monthName(month)} ${yyyy} has ${days} days)`;
    }
  }
  for (const [token, , hh = '', mm = '', ss] of text.matchAll(TIME)) {
    if (Number(hh) > 23) return `${token} is not a valid time (hours run from 00 to 23)`;
    if (Number(mm) > 59) return `${token} is not a valid time (minutes run from 00 to 59)`;
    if (ss !== undefined && Number(ss) > 59) {
      return `${token} is not a valid time (seconds run from 00 to 59)`;
    }
  }
  return null;
}
