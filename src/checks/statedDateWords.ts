import type { Weekday } from '../dates/index.ts';

/**
 * The words of dates as sources write them, in English and Spanish: weekday and month names and
 * their usual abbreviations, and the regular-expression pieces the readers share.
 */

const ENGLISH_WEEKDAYS: Readonly<Record<string, Weekday>> = {
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

const SPANISH_WEEKDAYS: Readonly<Record<string, Weekday>> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miércoles: 'Wednesday',
  miercoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sábado: 'Saturday',
  sabado: 'Saturday',
  domingo: 'Sunday',
};

const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
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

const SPANISH_MONTHS: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

const WEEKDAYS: Readonly<Record<string, Weekday>> = { ...ENGLISH_WEEKDAYS, ...SPANISH_WEEKDAYS };
const MONTHS: Readonly<Record<string, number>> = { ...ENGLISH_MONTHS, ...SPANISH_MONTHS };

/**
 * Names as an alternation, longest first. English names must be capitalized, as running text
 * writes them (so that "may" and "sat" in a sentence are not dates); Spanish ones, which Spanish
 * writes in lower case, may be either.
 */
const alternation = (english: readonly string[], spanish: readonly string[]) =>
  [
    ...english.map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`),
    ...spanish.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|');

export const WEEKDAY_PATTERN = `(${alternation(Object.keys(ENGLISH_WEEKDAYS), Object.keys(SPANISH_WEEKDAYS))})\\b\\.?`;
export const MONTH_PATTERN = `(${alternation(Object.keys(ENGLISH_MONTHS), Object.keys(SPANISH_MONTHS))})\\b\\.?`;
export const DAY_PATTERN = '(\\d{1,2})(?:st|nd|rd|th|º|°)?\\b';
/** An optional year after a day or month: `, 2022`, ` 2022`, ` de 2022`. */
export const YEAR_PATTERN = '(?:,?\\s+(?:de\\s+)?(\\d{4})\\b)?';
/** Between a day and its month: ` `, ` of `, ` de `. */
export const OF_PATTERN = '(?:\\s+(?:of|de))?\\s+';

/** The weekday a name or abbreviation (`Fri`, `friday`, `miércoles`) stands for. */
export function weekdayNamed(name: string): Weekday | null {
  return WEEKDAYS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** The month (1–12) a name, an abbreviation or a number stands for; `undefined` when none. */
export function monthNamed(name: string): number | undefined {
  return /^\d+$/.test(name) ? Number(name) : MONTHS[name.toLowerCase().replace(/\.$/, '')];
}
