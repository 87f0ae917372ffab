import type { Mention } from './reading.ts';
import { firstFrom } from './textSpans.ts';

/**
 * "worked at the plant for 22 years before retiring last spring", "fell in the months after the story broke in
 * the Courier on Oct. 19, 2023": a date inside the words that name a relative phrase's event dates that event,
 * so the phrase ends before it (and before the preposition that leads to it), and the date is read on its own.
 */

const OWN_DATES = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'deictic', 'holiday', 'weekday']);
const LEAD = /(?:[^\S\n]+(?<preposition>on|in|at|during|el|en|durante))?[^\S\n]*[,;]?[^\S\n]*$/iu;
/** "desde el paro de marzo", "the strike of March": a date after "of" / "de" names the event by its date. */
const MODIFIER = /(?:^|[^\p{L}])(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?$/iu;

/**
 * For a phrase `m` of `list`, the first date of its own that starts after `from` and before `m` ends and ends at most
 * 40 characters after it: the least start, then the first in `list`. Sorted once, looked up by binary search.
 */
export function ownDateFinder(list: readonly Mention[]): (m: Mention, from: number) => Mention | undefined {
  // By start, and in list order among equal starts (the sort is stable).
  const byStart = [...list].sort((a, b) => a.start - b.start);
  return (m, from) => {
    for (let i = firstFrom(byStart, from + 1); i < byStart.length && (byStart[i] as Mention).start < m.end; i += 1) {
      const d = byStart[i] as Mention;
      if (d !== m && OWN_DATES.has(d.reading.kind) && d.end <= m.end + 40) return d;
    }
    return undefined;
  };
}

/** The relative phrases of `list` cut before a date their named event holds; the other mentions as they are. */
export function datesInNamedEvents(text: string, list: readonly Mention[]): Mention[] {
  const innerDate = ownDateFinder(list);
  return list.map((m) => {
    if (m.reading.kind !== 'relative' || m.reading.anchor.kind !== 'named') return m;
    const phrase = text.slice(m.start, m.end);
    const at = phrase.lastIndexOf(m.reading.anchor.words);
    if (at < 0) return m;
    const wordsStart = m.start + at;
    const inner = innerDate(m, wordsStart);
    if (!inner || MODIFIER.test(text.slice(m.start, inner.start))) return m;
    const lead = LEAD.exec(text.slice(m.start, inner.start));
    const kept = text.slice(m.start, inner.start).replace(LEAD, '');
    const end = m.start + kept.length;
    if (end <= wordsStart) return m;
    const words = text.slice(wordsStart, end);
    // "after the story broke … on Oct. 19": the date, led by its preposition, is the named event's own; the
    // phrase stays an event of its own, counted from it.
    const own = lead?.groups?.preposition !== undefined;
    return {
      ...m,
      end,
      reading: { ...m.reading, anchor: { ...m.reading.anchor, words } },
      ...(own ? { eventDated: true } : {}),
    };
  });
}
