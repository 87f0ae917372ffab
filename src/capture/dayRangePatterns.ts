import { B, E, scan, yearOf } from './scan.ts';
import { MONTH_PATTERN, ORDINAL_PATTERN, monthNumber, ordinalOf, type Lang } from './lexicon.ts';
import { calendarReading, type Mention, type Reading } from './reading.ts';

/**
 * Runs of days inside one month: "March 3–5", "3-5 March 2024", "entre el 9 y el 18 de enero", days
 * joined by "and" before their month as after it ("on 14 and 15 April", "el 14 y 15 de abril", "los días 3
 * y 4 de mayo": from the first to the last, as "April 14 and 15" is), and
 * "the second week of December", "la primera semana de octubre": the Nth seven days of the month
 * (days 8–14), "the last week of June" its last seven (February's, whose last day depends on the year,
 * is late February: days 21 to the end).
 */

const day = (year: number | null, month: number, d: number): Reading => calendarReading(year, month, d);

function range(m: RegExpExecArray, monthWord: string, from: string, to: string, yearText?: string): Mention | null {
  const month = monthNumber(monthWord);
  const a = Number(from);
  const b = Number(to);
  if (month === null || a < 1 || b > 31 || b <= a) return null;
  const year = yearOf(yearText);
  return {
    start: m.index,
    end: m.index + m[0].length,
    reading: { kind: 'range', from: day(year, month, a), to: day(year, month, b) },
    source: 'a run of days',
  };
}

/** The source of "the second week of December": {@link openBounds} wraps it in "by". */
export const WEEK_OF_MONTH = 'a week of a month';

/** Days in a month of a common year: a month's last week is known without its year except February's. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function weekOfMonth(m: RegExpExecArray, which: string, monthWord: string, yearText?: string): Mention | null {
  const month = monthNumber(monthWord);
  if (month === null) return null;
  const n = ordinalOf(which);
  const last = MONTH_DAYS[month - 1] as number;
  const first = n === null ? last - 6 : 7 * n - 6;
  const year = yearOf(yearText);
  const reading: Reading =
    n === null && month === 2
      ? {
          kind: 'part',
          part: 'late',
          of: calendarReading(year, month, null),
        }
      : { kind: 'range', from: day(year, month, first), to: day(year, month, first + 6) };
  return { start: m.index, end: m.index + m[0].length, reading, source: WEEK_OF_MONTH };
}

function weeksOfMonths(text: string, lang: Lang): Mention[] {
  const M = `(${MONTH_PATTERN[lang]})`;
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}the\\s+(${ORDINAL_PATTERN}|last|final)\\s+week\\s+of\\s+${M}${E}(?:,?\\s+((?:19|20)\\d\\d)${E})?`,
          'iu',
        )
      : new RegExp(
          `${B}la\\s+(${ORDINAL_PATTERN}|última)\\s+semana\\s+de\\s+${M}${E}(?:\\s+(?:de|del)\\s+((?:19|20)\\d\\d)${E})?`,
          'iu',
        );
  return scan(text, re, (m) => weekOfMonth(m, m[1] as string, m[2] as string, m[3]));
}

/** The runs of days of `text`. */
export function dayRangeMentions(text: string, lang: Lang): Mention[] {
  const M = `(${MONTH_PATTERN[lang]})`;
  const D = '(\\d{1,2})(?:st|nd|rd|th)?';
  if (lang === 'en') {
    const monthFirst = new RegExp(
      `${B}${M}\\s+${D}\\s*(?:[-–]|to|through|and)\\s*${D}${E}(?:,?\\s+((?:19|20)\\d\\d)${E})?`,
      'u',
    );
    const dayFirst = new RegExp(
      `(?<![Bb]etween\\s{1,3})${B}${D}\\s*(?:[-–]|and)\\s*${D}\\s+${M}${E}(?:,?\\s+((?:19|20)\\d\\d)${E})?`,
      'u',
    );
    return [
      ...scan(text, monthFirst, (m) => range(m, m[1] as string, m[2] as string, m[3] as string, m[4])),
      ...scan(text, dayFirst, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
      ...weeksOfMonths(text, lang),
    ];
  }
  const spanish = new RegExp(
    `${B}(?:entre\\s+el|del|desde\\s+el)\\s+(\\d{1,2})\\s+(?:y(?:\\s+el)?|al|hasta\\s+el)\\s+(\\d{1,2})\\s+de\\s+${M}${E}(?:\\s+(?:de|del)\\s+((?:19|20)\\d\\d)${E})?`,
    'iu',
  );
  const dashed = new RegExp(
    `(?<!(?:entre|del|desde)\\s{1,3}(?:el\\s{1,3})?)${B}(\\d{1,2})\\s*(?:[-–]|y)\\s*(\\d{1,2})\\s+de\\s+${M}${E}(?:\\s+de\\s+((?:19|20)\\d\\d)${E})?`,
    'iu',
  );
  return [
    ...scan(text, spanish, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
    ...scan(text, dashed, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
    ...weeksOfMonths(text, lang),
  ];
}
