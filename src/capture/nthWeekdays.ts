import { dayOf, lastOfMonth, weekdayIndexOf } from './calendarDays.ts';
import { dayDate, monthDate, type CapturedDate } from './capturedDate.ts';
import { MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN, monthNumber, weekdayNumber, type Lang } from './lexicon.ts';
import type { PhraseContext } from './narrative.ts';
import { calendarReading, type Mention, type Reading } from './reading.ts';
import { quoted, type Resolution } from './resolution.ts';
import { chooseYear } from './yearResolution.ts';
import { B, E, scan, yearOf } from './scan.ts';

/**
 * "on the first Sunday in October", "the last Saturday of August 2025", "el primer domingo de octubre": the nth
 * (or last) such weekday of that month, a day whose date depends on the year (chosen as any date's without one).
 */

const WHICH: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  last: -1,
  final: -1,
  primer: 1,
  primero: 1,
  segundo: 2,
  tercer: 3,
  tercero: 3,
  cuarto: 4,
  quinto: 5,
  último: -1,
  ultimo: -1,
};

const PATTERN: Record<Lang, RegExp> = {
  en: new RegExp(
    `${B}(?<n>first|second|third|fourth|fifth|last|final)\\s+(?<wd>${WEEKDAY_PATTERN.en})\\s+(?:in|of)\\s+(?<m>${MONTH_PATTERN.en})(?:,?\\s+(?<y>(?:19|20)\\d\\d))?${E}`,
    'iu',
  ),
  es: new RegExp(
    `${B}(?<n>primer|primero|segundo|tercer|tercero|cuarto|quinto|último|ultimo)\\s+(?<wd>${WEEKDAY_PATTERN.es})\\s+de\\s+(?<m>${MONTH_PATTERN.es})(?:\\s+de\\s+(?<y>(?:19|20)\\d\\d))?${E}`,
    'iu',
  ),
};

/** The day number of the `nth` (−1: last) `weekday` (0 = Monday) of `month` in `year`, or `null` when there is none. */
export function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): number | null {
  if (nth < 0) {
    const last = lastOfMonth(year, month);
    return last - ((weekdayIndexOf(last) - weekday + 7) % 7);
  }
  const first = dayOf(year, month, 1);
  const day = first + ((weekday - weekdayIndexOf(first) + 7) % 7) + 7 * (nth - 1);
  return day <= lastOfMonth(year, month) ? day : null;
}

/** The nth weekday of a month in `year` ("the first Sunday in October"), or the month when it has no such day. */
function nthDate(year: number, month: number, weekday: number, nth: number, uncertain: boolean): CapturedDate {
  const day = nthWeekdayOf(year, month, weekday, nth);
  return day === null ? monthDate(year, month, uncertain) : dayDate(day, uncertain);
}

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

/** Reads "the first Sunday in October": that day of the year stated, or of the year chosen as a date's without one. */
export function nthCalendar(
  r: Extract<Reading, { kind: 'calendar' }>,
  ctx: PhraseContext,
): Omit<Resolution, 'relation'> {
  const nth = r.nth ?? 1;
  const month = r.month ?? 1;
  const weekday = r.weekday ?? 0;
  const build = (year: number, uncertain: boolean): CapturedDate => nthDate(year, month, weekday, nth, uncertain);
  const which = `${quoted(ctx.phrase)} is the ${nth < 0 ? 'last' : ORDINAL_WORDS[nth]} ${WEEKDAY_NAMES[weekday]} of its month`;
  if (r.year !== null)
    return { date: build(r.year, false), rule: `${which}, in the year it states.`, confidence: 0.95, weekday };
  const choice = chooseYear(r.yearHint, build, ctx);
  return { date: choice.date, rule: `${which}; ${choice.rule}`, confidence: choice.confidence, weekday };
}

/** The nth weekdays of a month in `text`. */
export function nthWeekdayMentions(text: string, lang: Lang): Mention[] {
  return scan(text, PATTERN[lang], (m) => {
    const g = m.groups ?? {};
    const nth = WHICH[(g.n ?? '').toLowerCase()];
    const month = monthNumber(g.m ?? '');
    const weekday = weekdayNumber(g.wd ?? '');
    if (nth === undefined || month === null || weekday === null) return null;
    // English weekdays and months are capitalised ("a second march" is no date).
    if (lang === 'en' && !/^\p{Lu}/u.test(g.wd ?? '')) return null;
    const year = yearOf(g.y);
    return {
      start: m.index,
      end: m.index + m[0].length,
      reading: calendarReading(year, month, null, weekday, nth),
      source: 'the nth weekday of a month',
    } satisfies Mention;
  });
}
