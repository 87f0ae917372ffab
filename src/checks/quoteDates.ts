import { dayMonthOrderOf } from './numericDates.ts';
import { statedDate, type StatedDate } from './statedDates.ts';
import {
  DAY_PATTERN,
  MONTH_PATTERN,
  OF_PATTERN,
  WEEKDAY_PATTERN,
  weekdayNamed,
  YEAR_PATTERN,
} from './statedDateWords.ts';

/** Year, month, day as written; the numeric form needs the source's locale to tell month from day. */
type Fields = [string?, string?, string?];

/**
 * Where a quote states the date of what it tells: a date after `on`, `dated` or `el` (Spanish), or
 * a date with its weekday (`Wednesday, March 13`). Group 1 is the weekday, when one is written.
 */
const PREFIXES = [
  `\\b(?:[Oo]n|[Dd]ated|[Ee]l)\\s+(?:${WEEKDAY_PATTERN},?\\s+)?(?:the\\s+)?`,
  `\\b${WEEKDAY_PATTERN}\\.?,?\\s+(?:the\\s+)?`,
];

/** The date forms after a prefix (groups from 2): month day, day month, ISO, and day/month/year with slashes. */
const FORMS: readonly { source: string; read: (g: (string | undefined)[], locale?: string | null) => Fields[] }[] = [
  { source: `${MONTH_PATTERN}\\s+${DAY_PATTERN}${YEAR_PATTERN}`, read: ([m, d, y]) => [[y, m, d]] },
  { source: `${DAY_PATTERN}${OF_PATTERN}${MONTH_PATTERN}${YEAR_PATTERN}`, read: ([d, m, y]) => [[y, m, d]] },
  { source: '(\\d{4})-(\\d{2})-(\\d{2})\\b', read: ([y, m, d]) => [[y, m, d]] },
  {
    source: '(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b',
    read: ([a, b, y], locale) => {
      const order = dayMonthOrderOf(locale);
      if (order === 'month-day') return [[y, a, b]];
      if (order === 'day-month') return [[y, b, a]];
      return a === b
        ? [[y, a, b]]
        : [
            [y, a, b],
            [y, b, a],
          ];
    },
  },
];

const SCANS = PREFIXES.flatMap((prefix) =>
  FORMS.map((form) => ({ regex: new RegExp(prefix + form.source, 'g'), form })),
);
const INTRODUCTION = /^(?:on|dated|el)\s+/i;

/**
 * The dates a quote states for what it tells, in the order they appear: after `on`, `dated` or
 * `el`, or with their weekday. A weekday alone (`on Friday the ambassador wrote`) is no date, and a
 * date mentioned otherwise (`since April 22`, `the April 22 report`) may be another event's, so
 * neither is taken. A numeric date (`on 3/13/2019`) is read in the source's `locale`; without one,
 * only when a single order makes a date. Each date's `text` is as written, from its weekday.
 *
 * @example
 * datesInQuote('sent on Wednesday, March 13 by the embassy', null)
 * //=> [{ text: 'Wednesday, March 13', year: null, month: 3, day: 13, weekday: 'Wednesday' }]
 */
export function datesInQuote(quote: string, locale: string | null | undefined): StatedDate[] {
  if (!/\d/.test(quote)) return []; // every form has a digit: most quotes need no scan
  const found = new Map<number, { at: number; date: StatedDate }>();
  for (const { regex, form } of SCANS) {
    for (const match of quote.matchAll(regex)) {
      const text = match[0].replace(/[\s,.]+$/, '').replace(INTRODUCTION, '');
      const end = match.index + match[0].length;
      const weekday = weekdayNamed(match[1] ?? '');
      const dates = form
        .read(match.slice(2), locale)
        .map((fields) => statedDate(text, fields, weekday))
        .filter((date): date is StatedDate => date !== null);
      // The same date found by two scans ("on Friday, April 22" and "Friday, April 22") counts once.
      const known = found.get(end);
      if (dates.length !== 1 || (known !== undefined && (known.date.weekday !== null || weekday === null))) continue;
      found.set(end, { at: match.index, date: dates[0] as StatedDate });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map((entry) => entry.date);
}
