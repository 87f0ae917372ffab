import { dayNumber, type Weekday } from '../dates/index.ts';
import type { DayBounds } from './dayBounds.ts';
import { yearOfDay } from './dayText.ts';

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

const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  monday: 'Monday',
  mon: 'Monday',
  tuesday: 'Tuesday',
  tues: 'Tuesday',
  tue: 'Tuesday',
  wednesday: 'Wednesday',
  weds: 'Wednesday',
  wed: 'Wednesday',
  thursday: 'Thursday',
  thurs: 'Thursday',
  thur: 'Thursday',
  thu: 'Thursday',
  friday: 'Friday',
  fri: 'Friday',
  saturday: 'Saturday',
  sat: 'Saturday',
  sunday: 'Sunday',
  sun: 'Sunday',
};

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const capitalized = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('|');

/** Weekday and month names, longest first, capitalized (as they are written in running text). */
export const WEEKDAY_PATTERN = `(${capitalized(Object.keys(WEEKDAYS))})\\b\\.?`;
export const MONTH_PATTERN = `(${capitalized(Object.keys(MONTHS))})\\b\\.?`;
export const DAY_PATTERN = '(\\d{1,2})(?:st|nd|rd|th)?\\b';
export const YEAR_PATTERN = '(?:,?\\s+(\\d{4})\\b)?';

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'i');
const FORMS: readonly { regex: RegExp; read: (m: RegExpExecArray) => [string?, string?, string?] }[] = [
  { regex: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => [m[1], m[2], m[3]] },
  { regex: /^(\d{4})-(\d{2})$/, read: (m) => [m[1], m[2]] },
  { regex: /^(\d{4})$/, read: (m) => [m[1]] },
  { regex: whole(`${MONTH_PATTERN}\\s+${DAY_PATTERN}${YEAR_PATTERN}`), read: (m) => [m[3], m[1], m[2]] },
  {
    regex: whole(`(?:the\\s+)?${DAY_PATTERN}(?:\\s+of)?\\s+${MONTH_PATTERN}${YEAR_PATTERN}`),
    read: (m) => [m[3], m[2], m[1]],
  },
  { regex: whole(`${MONTH_PATTERN}(?:,?\\s+(?:of\\s+)?(\\d{4}))?`), read: (m) => [m[2], m[1]] },
];

/**
 * Reads the date a source states, or `null` when it is not one of the plain forms below: no
 * guessing at `early May`, `mid-2022` or `4/5/2022`. A leading weekday is kept.
 *
 * Forms: `2022-04-22`, `2022-04`, `2022`, `April 22`, `Apr. 22nd, 2022`, `22 April`,
 * `the 22nd of April 2022`, `April 2022`, `April`, each optionally after `Friday,` or `on`.
 *
 * @example
 * parseStatedDate('Friday, April 22') //=> { year: null, month: 4, day: 22, weekday: 'Friday' }
 * parseStatedDate('early May')        //=> null
 */
export function parseStatedDate(text: string): StatedDate | null {
  let rest = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '').replace(/^on /i, '');
  let weekday: Weekday | null = null;
  const lead = new RegExp(`^${WEEKDAY_PATTERN},?\\s+`, 'i').exec(rest);
  if (lead) {
    weekday = WEEKDAYS[(lead[1] ?? '').toLowerCase()] ?? null;
    rest = rest.slice(lead[0].length);
  }
  for (const { regex, read } of FORMS) {
    const match = regex.exec(rest);
    if (match) return statedDate(text.trim(), read(match), weekday);
  }
  return null;
}

/** Builds a stated date from matched year, month (number or name) and day; `null` if impossible. */
export function statedDate(
  text: string,
  [year, month, day]: [string?, string?, string?],
  weekday: Weekday | null,
): StatedDate | null {
  const monthNumber = month === undefined ? null : /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
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

/** The weekday a name or abbreviation (`Fri`, `friday`) stands for. */
export function weekdayNamed(name: string): Weekday | null {
  return WEEKDAYS[name.toLowerCase().replace(/\.$/, '')] ?? null;
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
