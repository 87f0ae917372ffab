import type { Lang } from './lexicon.ts';
import type { Mention, YearHint } from './reading.ts';

/**
 * "The following January", "the previous December", "el enero siguiente", "el diciembre anterior":
 * a month named without its year, with a word that orders it against the story, is the first such
 * month after (or the last before) the last date the text established, as "the following spring"
 * is ("next January" without "the" counts from the publication, and stays as it is read).
 */

const ORDER_BEFORE = /(?:^|\s)the\s+(following|next|subsequent|previous|preceding|prior)\s+$/iu;
const ORDER_AFTER = /^\s+(siguiente|posterior|anterior)(?![\p{L}])/iu;

const hintOf = (word: string): YearHint =>
  /^(?:previous|preceding|prior|anterior)$/iu.test(word) ? 'previous' : 'following';

const isYearlessMonth = (m: Mention): boolean =>
  m.reading.kind === 'calendar' && m.reading.year === null && m.reading.month !== null && m.reading.day === null;

/** The mentions of `list` with the month phrases ordered against the story widened and re-read. */
export function followingMonths(text: string, list: Mention[], lang: Lang): Mention[] {
  return list.map((m) => {
    if (!isYearlessMonth(m) || m.reading.kind !== 'calendar') return m;
    if (lang === 'en') {
      const found = ORDER_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
      if (!found) return m;
      const words = found[0].trimStart();
      return { ...m, start: m.start - words.length, reading: { ...m.reading, yearHint: hintOf(found[1] ?? '') } };
    }
    const found = ORDER_AFTER.exec(text.slice(m.end, m.end + 20));
    if (!found) return m;
    return { ...m, end: m.end + found[0].length, reading: { ...m.reading, yearHint: hintOf(found[1] ?? '') } };
  });
}
