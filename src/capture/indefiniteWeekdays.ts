import { WEEKDAY_PATTERN, weekdayNumber, type Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';
import { quoted, type Resolution } from './resolution.ts';

/**
 * A weekday with an indefinite article ("on a Sunday", "one Sunday", "un domingo") names no week of
 * its own: in the clause of a date coarser than a day ("In 1997 … drove there on a Sunday", "one
 * Sunday in March 1997", "un domingo de 1997") it is that date's stated weekday, not a date apart.
 */

const INDEFINITE: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:on\\s+a|one)\\s+(${WEEKDAY_PATTERN.en})(?![\\p{L}'’])`, 'giu'),
  es: new RegExp(`(?<![\\p{L}])un\\s+(${WEEKDAY_PATTERN.es})(?![\\p{L}])`, 'giu'),
};
/** What ends a clause between the weekday and the date: a sentence's end, a semicolon, a line break. */
const CLAUSE_END = /[.;!?\n]/u;

const coarse = (m: Mention): boolean =>
  m.reading.kind === 'calendar' && m.reading.day === null && m.reading.weekday === null;

/** `list` (in text order) with each indefinite weekday folded into the date coarser than a day beside it in its clause. */
export function indefiniteWeekdays(text: string, list: Mention[], lang: Lang): Mention[] {
  let out = list;
  for (const w of text.matchAll(INDEFINITE[lang])) {
    const start = w.index;
    const end = start + w[0].length;
    const weekday = weekdayNumber(w[1] as string);
    const own = (m: Mention) => m.start < end && start < m.end;
    if (weekday === null || out.some((m) => own(m) && m.reading.kind !== 'weekday')) continue;
    const before = out.filter((m) => m.end <= start).at(-1);
    const after = out.find((m) => m.start >= end);
    const gap = (m: Mention | undefined) =>
      m === undefined || !coarse(m) || CLAUSE_END.test(text.slice(Math.min(m.end, end), Math.max(m.start, start)))
        ? Infinity
        : Math.max(m.start - end, start - m.end);
    const date = gap(after) < gap(before) ? after : gap(before) < Infinity ? before : undefined;
    if (date === undefined || date.reading.kind !== 'calendar') continue;
    const folded: Mention = { ...date, reading: { ...date.reading, weekday }, weekdayAside: w[0] };
    out = out.filter((m) => !own(m)).map((m) => (m === date ? folded : m));
  }
  return out;
}

/** The resolution of `mention` with its rule saying which words of its clause state its weekday. */
export const withWeekdayAside = (mention: Mention, resolution: Resolution): Resolution =>
  mention.weekdayAside === undefined
    ? resolution
    : {
        ...resolution,
        rule: `${resolution.rule.replace(/\.$/, '')}; ${quoted(mention.weekdayAside)} in its clause is its stated weekday.`,
      };
