import { B, E, scan, yearOf } from './scan.ts';
import { MONTH_PATTERN, monthNumber, type Lang } from './lexicon.ts';
import type { Mention, Reading } from './reading.ts';

/** Runs of days inside one month: "March 3–5", "3-5 March 2024", "entre el 9 y el 18 de enero". */

const day = (year: number | null, month: number, d: number): Reading => ({
  kind: 'calendar',
  year,
  month,
  day: d,
  weekday: null,
  yearHint: year === null ? 'narrative' : 'stated',
});

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

/** The runs of days of `text`. */
export function dayRangeMentions(text: string, lang: Lang): Mention[] {
  const M = `(${MONTH_PATTERN[lang]})`;
  const D = '(\\d{1,2})(?:st|nd|rd|th)?';
  if (lang === 'en') {
    const monthFirst = new RegExp(
      `${B}${M}\\s+${D}\\s*(?:[-–]|to|through|and)\\s*${D}${E}(?:,?\\s+((?:19|20)\\d\\d)${E})?`,
      'u',
    );
    const dayFirst = new RegExp(`${B}${D}\\s*[-–]\\s*${D}\\s+${M}${E}(?:,?\\s+((?:19|20)\\d\\d)${E})?`, 'u');
    return [
      ...scan(text, monthFirst, (m) => range(m, m[1] as string, m[2] as string, m[3] as string, m[4])),
      ...scan(text, dayFirst, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
    ];
  }
  const spanish = new RegExp(
    `${B}(?:entre\\s+el|del|desde\\s+el)\\s+(\\d{1,2})\\s+(?:y\\s+el|al|hasta\\s+el)\\s+(\\d{1,2})\\s+de\\s+${M}${E}(?:\\s+(?:de|del)\\s+((?:19|20)\\d\\d)${E})?`,
    'iu',
  );
  const dashed = new RegExp(
    `${B}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+de\\s+${M}${E}(?:\\s+de\\s+((?:19|20)\\d\\d)${E})?`,
    'iu',
  );
  return [
    ...scan(text, spanish, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
    ...scan(text, dashed, (m) => range(m, m[3] as string, m[1] as string, m[2] as string, m[4])),
  ];
}
