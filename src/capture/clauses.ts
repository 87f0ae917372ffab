import type { Mention, Reading } from './reading.ts';
import type { Sentence } from './sentences.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * The clauses of a sentence that hold its events. Between two date phrases of one sentence the
 * clause boundary is the strongest break between them: a semicolon or dash, then a comma with a
 * conjunction, then a conjunction, then a comma.
 */

const BREAKS: readonly RegExp[] = [
  /;\s*|\s+[—–]\s+/gu,
  /,\s+(?:and|but|while|whereas|although|though|y|pero|mientras|aunque|e)\s+/giu,
  /\s+(?:and|but|y|pero|e)\s+/giu,
  /,\s+/gu,
];

/** Strength of the break: 0 strongest … 3 a comma; 4 none. */
function bestBreak(text: string, from: number, to: number): { at: number; length: number; strength: number } | null {
  const gap = text.slice(from, to);
  for (let strength = 0; strength < BREAKS.length; strength += 1) {
    const re = new RegExp((BREAKS[strength] as RegExp).source, (BREAKS[strength] as RegExp).flags);
    let last: RegExpExecArray | null = null;
    let match: RegExpExecArray | null;
    while ((match = re.exec(gap)) !== null) last = match;
    if (last) return { at: from + last.index, length: last[0].length, strength };
  }
  return null;
}

const ANCHORED = new Set(['relative', 'relative-weekday', 'relative-unit']);
export const isAnchored = (r: Reading): boolean => ANCHORED.has(r.kind);

/** One event to record: the phrase whose date it takes, and a relative phrase of the same clause whose relation it keeps. */
export interface EventMention {
  readonly primary: Mention;
  readonly relative: Mention | null;
  readonly clause: TextSpan;
  readonly sentence: Sentence;
}

/**
 * The events of one sentence. A date stated in the same clause as a relative phrase ("in
 * February, less than a year after the licence was granted") makes one event: the stated date
 * wins, the relation is kept.
 */
export function eventsOfSentence(text: string, sentence: Sentence, mentions: readonly Mention[]): EventMention[] {
  const groups: Mention[][] = [];
  const starts: number[] = [sentence.start];
  const ends: number[] = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (!previous) {
      groups.push([m]);
      return;
    }
    const cut = bestBreak(text, previous.end, m.start);
    const group = groups.at(-1) as Mention[];
    // Only side by side ("in February, less than a year after …", "The next day, 11 March, …", "about 20
    // months after it was signed, in February 2019").
    const adjacent = /^\s*[,(—–]?\s*(?:(?:in|on|en|el)\s+)?$/iu.test(text.slice(previous.end, m.start));
    const mergeable =
      group.length === 1 && adjacent && isAnchored(previous.reading) !== isAnchored(m.reading) && !previous.eventDated;
    if (mergeable) group.push(m);
    else {
      groups.push([m]);
      ends.push(cut ? cut.at : m.start);
      starts.push(cut ? cut.at + cut.length : m.start);
    }
  });
  ends.push(sentence.end);
  return groups.map((group, i) => {
    const relative = group.find((m) => isAnchored(m.reading)) ?? null;
    const primary = group.find((m) => !isAnchored(m.reading)) ?? (relative as Mention);
    const focus = { start: (group[0] as Mention).start, end: (group.at(-1) as Mention).end };
    const clause = narrowed(text, { start: starts[i] as number, end: ends[i] as number }, focus);
    return { primary, relative: primary === relative ? null : relative, clause, sentence };
  });
}

/** The part of `clause` between the strong breaks (";", a dash, ", and", ", but") around `focus`. */
function narrowed(text: string, clause: TextSpan, focus: TextSpan): TextSpan {
  let { start, end } = clause;
  for (const re of BREAKS.slice(0, 2)) {
    for (const m of text.slice(clause.start, clause.end).matchAll(new RegExp(re.source, re.flags))) {
      const at = clause.start + m.index;
      if (at + m[0].length <= focus.start) start = Math.max(start, at + m[0].length);
      else if (at >= focus.end) end = Math.min(end, at);
    }
  }
  return { start, end };
}

/** The clause as a summary: without a leading conjunction or comma, nor trailing punctuation. */
export function summaryOf(text: string, clause: TextSpan, sentence: Sentence): string {
  const raw = text.slice(clause.start, clause.end);
  const words = raw.trim().split(/\s+/).length;
  const source = words < 4 ? text.slice(sentence.start, sentence.end) : raw;
  return source
    .replace(/^[\s,;:—–-]+/u, '')
    .replace(/^(?:and|but|y|pero|e)\s+/iu, '')
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
