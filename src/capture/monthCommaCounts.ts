import { MONTH_PATTERN, type Lang } from './lexicon.ts';

/**
 * "Between July and September, 11 patients were referred", "By September, 40 nurses had left", "entre julio y
 * septiembre, 11 pacientes": a number after a month's name and a comma, followed by a word in small letters, is a
 * count that opens the clause, neither the month's day nor its year (a year of the 1900s or 2000s, "September,
 * 2025 was", stays the month's). The comma becomes a semicolon, of the same length, in the text given to
 * chrono-node, which then reads the month alone.
 */
const countAfterMonth = (lang: Lang): RegExp =>
  new RegExp(
    `(?<![\\p{L}])((?:${MONTH_PATTERN[lang]})),(?=\\s+(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}\\s+(?!(?:a\\.?m|p\\.?m|h|hrs|horas)(?![\\p{L}]))\\p{Ll})`,
    lang === 'en' ? 'gu' : 'giu',
  );

/** `text` with the comma between a month and a count after it made a semicolon, offsets kept. */
export const countsAfterMonths = (text: string, lang: Lang): string => text.replace(countAfterMonth(lang), '$1;');
