import { comparedQuote, comparedText, type ComparedText } from './quoteText.ts';

/** Where a quote is in a source's text. */
export interface QuoteLocation {
  /** The paragraph the quote starts in, counted from 1 (paragraphs are separated by a blank line). */
  readonly paragraph: number;
  /** The quote's characters in the text are `text.slice(start, end)` (JavaScript string offsets). */
  readonly start: number;
  readonly end: number;
  /** How many times the quote is in the text (it is located at the first). */
  readonly occurrences: number;
  /**
   * The paragraph it is in (the paragraphs, when it runs over several) — at most
   * {@link EXCERPT_SIDE} characters either side of the quote, cut at a space and marked "…" —
   * and where the quote is in that excerpt: `excerpt.text.slice(excerpt.start, excerpt.end)`.
   */
  readonly excerpt: { readonly text: string; readonly start: number; readonly end: number };
}

/** Characters of context kept either side of a quote in its excerpt. */
export const EXCERPT_SIDE = 300;

/** Located quotes a text index remembers (more and it starts again). */
const LOCATED_KEPT = 50_000;

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/**
 * A source's text made ready for quotes to be found in it (see {@link TextIndex.locate}). Building
 * one reads the whole text once; keep it while the text does not change.
 */
export class TextIndex {
  private readonly compared: ComparedText;
  /** For paragraph `i` (0-based): where it starts, and where the blank line after it starts. */
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];
  /** Quotes located already, by their compared form: a text is read for each quote only once. */
  private readonly located = new Map<string, QuoteLocation | null>();

  constructor(readonly text: string) {
    this.compared = comparedText(text);
    for (const match of text.matchAll(BLANK_LINE)) {
      this.ends.push(match.index);
      this.starts.push(match.index + match[0].length);
    }
    this.ends.push(text.length);
  }

  /**
   * Where `quote` is, compared as quotes are (whitespace, quotation marks and apostrophes
   * normalised); `null` when it is not in the text, or is blank.
   *
   * @example
   * new TextIndex('Intro.\n\nHe said “ten  days”.').locate('"ten days"')
   * //=> { paragraph: 2, start: 16, end: 27, occurrences: 1, excerpt: { text: 'He said “ten  days”.', start: 8, end: 19 } }
   */
  locate(quote: string): QuoteLocation | null {
    const wanted = comparedQuote(quote);
    if (wanted === '') return null;
    let location = this.located.get(wanted);
    if (location === undefined) {
      if (this.located.size >= LOCATED_KEPT) this.located.clear();
      location = this.find(wanted);
      this.located.set(wanted, location);
    }
    return location;
  }

  private find(wanted: string): QuoteLocation | null {
    const haystack = this.compared.text;
    const at = haystack.indexOf(wanted);
    if (at < 0) return null;
    let occurrences = 1;
    for (
      let next = haystack.indexOf(wanted, at + wanted.length);
      next >= 0;
      next = haystack.indexOf(wanted, next + wanted.length)
    )
      occurrences += 1;
    const { origin } = this.compared;
    const start = origin[at]!;
    const end = origin[at + wanted.length - 1]! + 1;
    const first = this.paragraphAt(start);
    const last = this.paragraphAt(end - 1);
    return { paragraph: first + 1, start, end, occurrences, excerpt: this.excerpt(start, end, first, last) };
  }

  /** Whether `quote` is in the text (see {@link locate}); located once, for the reads that show it. */
  has(quote: string): boolean {
    return this.locate(quote) !== null;
  }

  /** The 0-based paragraph `offset` falls in. */
  private paragraphAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private excerpt(start: number, end: number, first: number, last: number): QuoteLocation['excerpt'] {
    let from = this.starts[first]!;
    let to = this.ends[last]!;
    let before = '';
    let after = '';
    if (start - from > EXCERPT_SIDE) {
      const space = this.text.indexOf(' ', start - EXCERPT_SIDE);
      from = space >= 0 && space < start ? space + 1 : start - EXCERPT_SIDE;
      before = '…';
    }
    if (to - end > EXCERPT_SIDE) {
      const space = this.text.lastIndexOf(' ', end + EXCERPT_SIDE);
      to = space >= end ? space : end + EXCERPT_SIDE;
      after = '…';
    }
    const text = `${before}${this.text.slice(from, to)}${after}`;
    return { text, start: before.length + start - from, end: before.length + end - from };
  }
}
