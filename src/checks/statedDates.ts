import { dayNumber, type Weekday } from '../dates/index.ts';
import type { DayBounds } from './dayBounds.ts';
import { yearOfDay } from './dayText.ts';
import { dayMonthOrderOf, numericParts, orderWords, type NumericParts } from './numericDates.ts';
import {
  DAY_PATTERN,
  MONTH_PATTERN,
  monthNamed,
  OF_PATTERN,
  WEEKDAY_PATTERN,
  weekdayNamed,
  YEAR_PATTERN,
} from './statedDateWords.ts';

/** A date as a source writes it: a day, a month or a year, perhaps without the year. */
export interface StatedDate {
  readonly text: string;
  /** `null` when the source leaves the year out (`April 22`). */
  readonly year: number | null;
  /** `null` for a bare year (`2022`). */
  readonly month: number | null;
  /** `null` for a month (`April 2022`, `April`). */
  readonly day: number | null;
  /** A weekday written with the date (`Friday, April 22`). */
  readonly weekday: Weekday | null;
}

/** What a source's stated date says: a date, nothing readable, or one of several dates. */
export type StatedReading =
  | { readonly kind: 'date'; readonly date: StatedDate }
  | { readonly kind: 'unread'; readonly text: string; readonly why: string }
  | { readonly kind: 'ambiguous'; readonly text: string; readonly dates: readonly StatedDate[] };

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'i');
const FORMS: readonly { regex: RegExp; read: (m: RegExpExecArray) => [string?, string?, string?] }[] = [
  { regex: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => [m[1], m[2], m[3]] },
  { regex: /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, read: (m) => [m[1], m[2], m[3]] },
  { regex: /^(\d{4})-(\d{2})$/, read: (m) => [m[1], m[2]] },
  { regex: /^(\d{4})$/, read: (m) => [m[1]] },
  { regex: whole(`${MONTH_PATTERN}\\s+${DAY_PATTERN}${YEAR_PATTERN}`), read: (m) => [m[3], m[1], m[2]] },
  {
    regex: whole(`(?:the\\s+)?${DAY_PATTERN}${OF_PATTERN}${MONTH_PATTERN}${YEAR_PATTERN}`),
    read: (m) => [m[3], m[2], m[1]],
  },
  { regex: whole(`${MONTH_PATTERN}(?:,?\\s+(?:of\\s+|de\\s+)?(\\d{4}))?`), read: (m) => [m[2], m[1]] },
];

/**
 * Reads the date a source states, with no guessing at `early May` or `mid-2022`: those are
 * `unread`. A leading weekday is kept. Numeric forms (`3/13/2019`, `13.3.2019`, `3/13`) are read
 * in the order the source's `locale` writes them; without a locale, a form only one order can read
 * is read that way, and one both can (`3/4/2019`) is `ambiguous`.
 *
 * Forms: `2022-04-22`, `2022/4/22`, `2022-04`, `2022`, `April 22`, `Apr. 22nd, 2022`, `22 April`,
 * `the 22nd of April 2022`, `13 de marzo de 2019`, `April 2022`, `marzo de 2019`, `April`,
 * `3/13/2019`, each optionally after `Friday,`, `miércoles`, `on` or `el`.
 *
 * @example
 * readStatedDate('Friday, April 22', null) //=> { kind: 'date', date: { year: null, month: 4, day: 22, weekday: 'Friday' } }
 * readStatedDate('13/3/2019', 'en-US')     //=> { kind: 'unread', why: 'is not a date as en-US writes dates (month/day/year)' }
 * readStatedDate('3/4/2019', null)         //=> { kind: 'ambiguous', dates: [3 April 2019, 4 March 2019] }
 */
export function readStatedDate(text: string, locale: string | null | undefined): StatedReading {
  const written = text.trim();
  let rest = written
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .replace(/^(?:on|el) /i, '');
  let weekday: Weekday | null = null;
  const lead = new RegExp(`^${WEEKDAY_PATTERN},?\\s+`, 'i').exec(rest);
  if (lead) {
    weekday = weekdayNamed(lead[1] ?? '');
    rest = rest.slice(lead[0].length);
  }
  const numeric = numericParts(rest);
  if (numeric !== null) return readNumeric(written, numeric, weekday, locale);
  for (const { regex, read } of FORMS) {
    const match = regex.exec(rest);
    const date = match ? statedDate(written, read(match), weekday) : null;
    if (date) return { kind: 'date', date };
  }
  return { kind: 'unread', text: written, why: 'could not be read as a date' };
}

/**
 * {@link readStatedDate}'s date, or `null` when there is none or more than one.
 *
 * @example
 * parseStatedDate('Friday, April 22') //=> { year: null, month: 4, day: 22, weekday: 'Friday' }
 * parseStatedDate('early May')        //=> null
 */
export function parseStatedDate(text: string, locale: string | null = null): StatedDate | null {
  const reading = readStatedDate(text, locale);
  return reading.kind === 'date' ? reading.date : null;
}

function readNumeric(
  text: string,
  { first, second, year }: NumericParts,
  weekday: Weekday | null,
  locale: string | null | undefined,
): StatedReading {
  const yyyy = year === null ? undefined : String(year);
  const monthDay = statedDate(text, [yyyy, String(first), String(second)], weekday);
  const dayMonth = statedDate(text, [yyyy, String(second), String(first)], weekday);
  const order = dayMonthOrderOf(locale);
  if (order !== null) {
    const date = order === 'month-day' ? monthDay : dayMonth;
    if (date) return { kind: 'date', date };
    return { kind: 'unread', text, why: `is not a date as ${locale} writes dates (${orderWords(order)})` };
  }
  const dates = first === second ? [monthDay] : [monthDay, dayMonth];
  const valid = dates.filter((date): date is StatedDate => date !== null);
  if (valid.length === 0) return { kind: 'unread', text, why: 'could not be read as a date' };
  if (valid.length === 1) return { kind: 'date', date: valid[0] as StatedDate };
  return { kind: 'ambiguous', text, dates: valid };
}

/** Builds a stated date from matched year, month (number or name) and day; `null` if impossible. */
export function statedDate(
  text: string,
  [year, month, day]: [string?, string?, string?],
  weekday: Weekday | null,
): StatedDate | null {
  const monthNumber = month === undefined ? null : monthNamed(month);
  if (monthNumber === undefined || (monthNumber !== null && (monthNumber < 1 || monthNumber > 12))) return null;
  const stated: StatedDate = {
    text,
    year: year === undefined ? null : Number(year),
    month: monthNumber,
    day: day === undefined ? null : Number(day),
    weekday,
  };
  // A day that no year has (April 31) is not read; February 29 waits for its year.
  if (stated.day !== null && (stated.day < 1 || stated.day > daysIn(stated.year ?? 2000, monthNumber ?? 1)))
    return null;
  return stated;
}

/**
 * The days a stated date covers in `year`, or `null` when it does not exist that year
 * (February 29 of a common year).
 */
export function statedDays(stated: StatedDate, year: number): { earliest: number; latest: number } | null {
  if (stated.month === null) return { earliest: day(year, 1, 1), latest: day(year, 12, 31) };
  const last = daysIn(year, stated.month);
  if (stated.day === null) return { earliest: day(year, stated.month, 1), latest: day(year, stated.month, last) };
  if (stated.day > last) return null;
  const only = day(year, stated.month, stated.day);
  return { earliest: only, latest: only };
}

/**
 * The year a stated date without one is read in: its own year; else the fact's year when the
 * fact's bounds lie in one year; else, for a fact spanning a few years, the one year in which the
 * stated day falls inside the fact's bounds. `'outside'` when no such year exists; `null` when it
 * cannot be told (an open bound, or more than one year fits).
 */
export function yearFor(stated: StatedDate, fact: DayBounds): number | 'outside' | null {
  if (stated.year !== null) return stated.year;
  if (fact.earliestDay === null || fact.latestDay === null) return null;
  const first = yearOfDay(fact.earliestDay);
  const last = yearOfDay(fact.latestDay);
  if (first === last) return first;
  if (last - first > 400) return null;
  const fits: number[] = [];
  for (let year = first; year <= last; year++) {
    const days = statedDays(stated, year);
    if (days && days.latest >= fact.earliestDay && days.earliest <= fact.latestDay) fits.push(year);
  }
  return fits.length === 0 ? 'outside' : fits.length === 1 ? (fits[0] as number) : null;
}

/** Month and day as `MMDD` numbers, to compare stated dates whose year is not known. */
export function monthDaySpan(stated: StatedDate): { earliest: number; latest: number } {
  if (stated.month === null) return { earliest: 101, latest: 1231 };
  if (stated.day === null) return { earliest: stated.month * 100 + 1, latest: stated.month * 100 + 31 };
  return { earliest: stated.month * 100 + stated.day, latest: stated.month * 100 + stated.day };
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function day(year: number, month: number, dayOfMonth: number): number {
  const yyyy =
    year < 0
      ? `-${String(-year).padStart(4, '0')}`
      : year > 9999
        ? `+${String(year).padStart(6, '0')}`
        : String(year).padStart(4, '0');
  return dayNumber(`${yyyy}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
}
