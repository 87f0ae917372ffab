import type { Lang } from './lexicon.ts';
import type { Paragraph } from './paragraphs.ts';
import type { TextSpan } from './textSpans.ts';

export interface Sentence extends TextSpan {
  /** The paragraph's number (1-based). */
  readonly paragraph: number;
}

/** Titles and abbreviations after which a sentence never ends ("Gen. Smith", "Dr. Ruiz"). */
const TITLES = new Set(
  [
    'gen',
    'gov',
    'sen',
    'rep',
    'dr',
    'dra',
    'mr',
    'mrs',
    'ms',
    'prof',
    'st',
    'sgt',
    'lt',
    'col',
    'capt',
    'cmdr',
    'adm',
    'maj',
    'rev',
    'hon',
    'pres',
    'supt',
    'det',
    'insp',
    'sr',
    'sra',
    'srta',
    'lic',
    'ing',
    'gral',
    'mtro',
    'mtra',
    'arq',
    'no',
    'nos',
    'nº',
    'núm',
    'vs',
    'mt',
    'ft',
    'fig',
    'art',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'ene',
    'abr',
    'ago',
    'dic',
  ].map((w) => `${w}.`),
);

/** Abbreviations that may also end a sentence: a split after them stands unless the next word reads as a continuation. */
const MAYBE_FINAL = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'etc.', 'a.m.', 'p.m.', 'approx.', 'cía.']);

/** Words that open a new sentence after "U.S." or "EE.UU." ("…in the U.S. The …"). */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i in on at by for from to with as but and so then yet this that these those there his her its their our my after before when while since until if el la los las en un una pero y este esta estos estas su sus'.split(
    ' ',
  ),
);

function lastWord(segment: string): string {
  return (segment.trimEnd().split(/\s+/).at(-1) ?? '').replace(/^[(“"'‘]+/, '').toLowerCase();
}

function firstWord(segment: string): string {
  return segment.trimStart().split(/\s+/)[0] ?? '';
}

/** Whether the split between `before` and `after` is one `Intl.Segmenter` makes at an abbreviation. */
function isFalseBreak(before: string, after: string): boolean {
  const last = lastWord(before);
  const next = firstWord(after);
  if (!last.endsWith('.')) return false;
  if (next === '' || /^[a-zà-ÿ0-9]/.test(next)) return true;
  if (TITLES.has(last)) return true;
  if (MAYBE_FINAL.has(last)) return false;
  if (/^(?:[a-z]\.)+$/.test(last)) {
    // An initial ("J.") or an acronym with dots ("U.S.", "EE.UU." is caught below).
    return last.length === 2 || !SENTENCE_OPENERS.has(next.toLowerCase().replace(/[^a-zà-ÿ]/g, ''));
  }
  if (/^(?:[a-z]{1,2}\.){2,}$/.test(last)) return !SENTENCE_OPENERS.has(next.toLowerCase().replace(/[^a-zà-ÿ]/g, ''));
  return false;
}

/**
 * Sentences from `Intl.Segmenter`, paragraph by paragraph, with its breaks after titles,
 * initials, month abbreviations and dotted acronyms undone ("Gen. Smith met U.S. officials on
 * Jan. 5." is one sentence).
 */
export function sentencesOf(text: string, paragraphs: readonly Paragraph[], lang: Lang): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    let current: { start: number; end: number } | null = null;
    // ICU walks a long string more slowly the longer it is: long paragraphs go in pieces cut after a full stop.
    for (const piece of piecesOf(text, p.start, p.end)) {
      for (const { segment, index } of segmenter.segment(text.slice(piece.start, piece.end))) {
        const start = piece.start + index;
        const end = start + segment.length;
        if (current && isFalseBreak(text.slice(current.start, current.end), segment)) current.end = end;
        else {
          if (current) out.push(trimmed(text, current, p.number));
          current = { start, end };
        }
      }
    }
    if (current) out.push(trimmed(text, current, p.number));
  }
  return out.filter((s) => s.end > s.start);
}

/** `[start, end)` in pieces of at most about 4,000 characters, each cut after ". ". */
export function piecesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let from = start; from < end;) {
    let to = end;
    if (end - from > 5000) {
      const cut = text.lastIndexOf('. ', from + 4000);
      to = cut > from + 1000 ? cut + 2 : from + 4000;
    }
    out.push({ start: from, end: to });
    from = to;
  }
  return out;
}

function trimmed(text: string, span: { start: number; end: number }, paragraph: number): Sentence {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  return { start, end, paragraph };
}
