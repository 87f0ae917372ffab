import type * as chrono from 'chrono-node';
import { chronoNode } from './libraries.ts';
import { MONTH_PATTERN, monthNumber, weekdayNumber, type Lang } from './lexicon.ts';
import { countsAfterMonths } from './monthCommaCounts.ts';
import { paragraphsOf } from './paragraphs.ts';
import { piecesOf } from './sentences.ts';
import { calendarReading, type Mention, type Reading } from './reading.ts';

/**
 * Calendar dates found by chrono-node: only to FIND them and read the components the text states
 * (`isCertain`); chrono's guesses for the rest (its implied year, its reference instant) are
 * never used. Results without a stated month — weekdays, times, "next day", "this year" — are left
 * to capture's own rules.
 */

type Component = 'year' | 'month' | 'day' | 'weekday';
type ParsedPart = { isCertain(c: Component): boolean; get(c: Component): number | null };

/** chrono needs a reference instant to run; nothing it derives from it is kept. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 'UTC' };

const MONTH_NAME = new RegExp(`(?:${MONTH_PATTERN.en}|${MONTH_PATTERN.es})`, 'i');

/** An English month's name as a word, in any case. */
const ENGLISH_MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTH_PATTERN.en})(?![\\p{L}])`, 'iu');

/**
 * English capitalises a month's name: written in lowercase with no number beside it, the word is
 * the common noun or verb ("a second march", "they will march"), not a date.
 */
function lowercaseMonthWord(phrase: string): boolean {
  const month = ENGLISH_MONTH_WORD.exec(phrase)?.[0];
  return month !== undefined && month === month.toLowerCase() && !/\d/.test(phrase);
}

/** The source of a numeric date whose day and month could be swapped ("3/4/2019"). */
export const AMBIGUOUS_NUMERIC = 'an ambiguous numeric date';

/** A time of day written with digits: "6 a.m.", "5:30pm", "14:00", "las 9 horas". */
const TIME_OF_DAY = /\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|h(?:oras|rs)?)(?![\p{L}])|\d{1,2}:\d\d/giu;

const stated = (part: ParsedPart, c: Component): number | null => (part.isCertain(c) ? part.get(c) : null);

const DAY_BEFORE_MONTH = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+|de\\s+)?(${MONTH_PATTERN.en}|${MONTH_PATTERN.es})(?![\\p{L}])`,
  'iu',
);
const MONTH_BEFORE_DAY = new RegExp(
  `(?:^|[^\\p{L}])(${MONTH_PATTERN.en})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`,
  'u',
);

/** The day written next to `month`'s name in `text` ("1 July", "July 1st", "1 de julio"), if any. */
function writtenDay(text: string, month: number | null): number | null {
  const a = DAY_BEFORE_MONTH.exec(text);
  if (a && monthNumber(a[2] as string) === month) return Number(a[1]);
  const b = MONTH_BEFORE_DAY.exec(text);
  if (b && monthNumber(b[1] as string) === month) return Number(b[2]);
  return null;
}

function calendarOf(part: ParsedPart): Reading | null {
  const month = stated(part, 'month');
  if (month === null) return null;
  const year = stated(part, 'year');
  const weekday = stated(part, 'weekday');
  // chrono counts weekdays from Sunday = 0; capture from Monday = 0.
  return calendarReading(year, month, stated(part, 'day'), weekday === null ? null : (weekday + 6) % 7);
}

function mentionsIn(parser: chrono.Chrono, strict: chrono.Chrono, text: string, offset: number, lang: Lang): Mention[] {
  const out: Mention[] = [];
  for (const result of parser.parse(text, REFERENCE)) {
    if (lang === 'en' && lowercaseMonthWord(result.text)) continue;
    const index = offset + result.index;
    const tags = [...result.tags()];
    const relative = tags.some((t) => t.startsWith('result/relative'));
    // Words alone ("now", "tonight"), also beside a time of day ("6 a.m. yesterday"), carry no stated
    // date; capture reads those itself.
    const written = /\d/.test(result.text.replace(TIME_OF_DAY, ' ')) || MONTH_NAME.test(result.text);
    let start = relative || !written ? null : calendarOf(result.start as unknown as ParsedPart);
    // "end of October": chrono states day 31, the text only the month (capture reads "the end of").
    let at = index;
    if (start?.kind === 'calendar' && tags.some((t) => t.includes('EndOfPeriod'))) {
      start = { ...start, day: null };
      at = index + Math.max(0, result.text.search(MONTH_NAME));
    }
    if (start === null) {
      // A casual word merged into the result can hide the stated components ("evening of Feb. 27"):
      // the formal parser reads the same characters again.
      if (parser !== strict && MONTH_NAME.test(result.text))
        out.push(...mentionsIn(strict, strict, result.text, index, lang));
      continue;
    }
    // "from 1 June", "since May 3": chrono takes the bound word in; openBounds reads it.
    const bound = result.end ? null : /^(?:from|since|until|till|through|by|desde|hasta)\s+/iu.exec(result.text);
    if (bound && at === index) at = index + bound[0].length;
    // chrono marks the day of "from 1 July" as implied: the digits written beside the month state it.
    if (start?.kind === 'calendar' && start.day === null)
      start = { ...start, day: writtenDay(result.text, start.month) };
    const end = result.end ? calendarOf(result.end as unknown as ParsedPart) : null;
    const trimmed = result.text.replace(/(?:[\s,]+(?:of|de|del))?[\s,]*$/u, '');
    // "April Jones said": a month name alone before a capitalised word is a name.
    if (!end && start.kind === 'calendar' && start.day === null && start.year === null) {
      const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(
        text.slice(result.index + trimmed.length, result.index + trimmed.length + 30),
      )?.[1];
      if (next !== undefined && !MONTH_NAME.test(next) && weekdayNumber(next) === null) continue;
    }
    const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(trimmed);
    const ambiguous =
      numeric !== null && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2];
    out.push({
      start: at,
      end: index + trimmed.length,
      reading: end ? { kind: 'range', from: start, to: end } : start,
      source: ambiguous ? AMBIGUOUS_NUMERIC : 'chrono-node',
    });
  }
  return out;
}

/**
 * The calendar dates chrono-node finds in `text`, in the language's parser, paragraph by
 * paragraph (chrono looks back over the text before each result, so one long text costs it the
 * square of its length).
 */
export function chronoMentions(text: string, lang: Lang): Mention[] {
  const locale = lang === 'es' ? chronoNode().es : chronoNode().en;
  const out: Mention[] = [];
  for (const p of paragraphsOf(text)) {
    for (const piece of piecesOf(text, p.start, p.end)) {
      // "el 1.º de enero": chrono reads the ordinal sign only right after the digits ("1º"); the
      // same number of characters keeps every offset.
      const written = countsAfterMonths(text.slice(piece.start, piece.end).replace(/(\d)\.([º°ª])/gu, '$1$2 '), lang);
      out.push(...mentionsIn(locale.casual, locale.strict, written, piece.start, lang));
    }
  }
  return out;
}
