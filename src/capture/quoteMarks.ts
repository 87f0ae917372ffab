/**
 * Where a text's line breaks and quotation marks are, read once, so that what a scan from a line's
 * start to a position would find — the quotation open there, whether the position is inside quoted
 * words — is answered by binary search: capture asks for every date and name it reads, and a long
 * text in one paragraph (a PDF's text, a pasted report) would otherwise cost the square of its length.
 */

/** The first index of `sorted` whose value is at or after `at` (`sorted.length` when none is). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class QuoteMarks {
  readonly #length: number;
  readonly #newlines: number[] = [];
  /** Every `“ « ” » "`, in text order. */
  readonly #marks: number[] = [];
  /** After each mark, counted from its line's start: the opening mark of the quotation then open (-1: none) … */
  readonly #open: number[] = [];
  /** … the opening curly marks less the closing ones … */
  readonly #balance: number[] = [];
  /** … and the straight double quotes. */
  readonly #straight: number[] = [];
  /** Every `" ” »`: the marks that can close a quotation. */
  readonly #closers: number[] = [];

  constructor(text: string) {
    this.#length = text.length;
    let open = -1;
    let balance = 0;
    let straight = 0;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === '\n') {
        this.#newlines.push(i);
        open = -1;
        balance = 0;
        straight = 0;
        continue;
      }
      if (ch === '“' || ch === '«') {
        open = i;
        balance += 1;
      } else if (ch === '”' || ch === '»') {
        open = -1;
        balance -= 1;
        this.#closers.push(i);
      } else if (ch === '"') {
        open = open < 0 ? i : -1;
        straight += 1;
        this.#closers.push(i);
      } else continue;
      this.#marks.push(i);
      this.#open.push(open);
      this.#balance.push(balance);
      this.#straight.push(straight);
    }
  }

  /** The start of the line holding `at`: just after the last line break before it (`text.lastIndexOf('\n', at - 1) + 1`). */
  lineStart(at: number): number {
    const k = firstAtOrAfter(this.#newlines, Math.max(at, 1));
    return k === 0 ? 0 : (this.#newlines[k - 1] as number) + 1;
  }

  /** The end of the line holding `at`: the first line break at or after it, or the text's end. */
  lineEnd(at: number): number {
    return this.#newlines[firstAtOrAfter(this.#newlines, at)] ?? this.#length;
  }

  /** The last mark of `at`'s line before `at`, or -1. */
  #lastMarkBefore(at: number): number {
    const k = firstAtOrAfter(this.#marks, at) - 1;
    return k >= 0 && (this.#marks[k] as number) >= this.lineStart(at) ? k : -1;
  }

  /** The quotation (opening and closing marks) around `at` in its line, or null outside quotation marks. */
  quotationAround(at: number): { open: number; close: number } | null {
    const k = this.#lastMarkBefore(at);
    const open = k < 0 ? -1 : (this.#open[k] as number);
    if (open < 0) return null;
    const end = this.lineEnd(at);
    const closer = this.#closers[firstAtOrAfter(this.#closers, at)];
    return closer !== undefined && closer < end ? { open, close: closer + 1 } : { open, close: end };
  }

  /** Whether `at` falls inside quotation marks, counted from the start of its line: more curly marks opened than closed, or an odd number of straight ones. */
  insideQuote(at: number): boolean {
    const k = this.#lastMarkBefore(at);
    if (k < 0) return false;
    return (this.#balance[k] as number) > 0 || (this.#straight[k] as number) % 2 === 1;
  }

  /** Whether a mark that can close a quotation (`" ” »`) lies in [from, to). */
  closerWithin(from: number, to: number): boolean {
    const closer = this.#closers[firstAtOrAfter(this.#closers, from)];
    return closer !== undefined && closer < to;
  }
}
