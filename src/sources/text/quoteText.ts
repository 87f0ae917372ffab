/**
 * How quotes are compared with a source's text: runs of whitespace (any Unicode space, line breaks
 * included) are one space and none at either end; curly, low and angle quotation marks, primes,
 * the modifier-letter apostrophe, the grave and acute accents used as apostrophes and full-width
 * quotes are the straight `'` or `"`; soft hyphens, zero-width characters and byte-order marks are
 * nothing. Case, dashes, accents and every other character must match.
 */

const SINGLE = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0x02bc, 0x0060, 0x00b4, 0xff07]);
const DOUBLE = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02]);
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** What a character compares as: a string of one character, or `''` for an invisible one, or `' '` for a space. */
function comparedAs(code: number, char: string): string {
  if (code < 0x80) return code === 0x60 ? "'" : code <= 0x20 && SPACE.has(code) ? ' ' : char;
  if (SPACE.has(code)) return ' ';
  if (INVISIBLE.has(code)) return '';
  if (SINGLE.has(code)) return "'";
  if (DOUBLE.has(code)) return '"';
  return char;
}

/** `text` as quotes are compared, with where each of its characters came from in `text`. */
export interface ComparedText {
  readonly text: string;
  /** `origin[i]`: the offset in the original text of character `i` (a space: its run's first). */
  readonly origin: Int32Array;
}

/**
 * `text` normalised as quotes are compared (see the module's comment), keeping for each character
 * the offset it came from.
 *
 * @example
 * comparedText('  “Nuctech’s”\n\n systems ').text //=> `"Nuctech's" systems`
 */
export function comparedText(text: string): ComparedText {
  const origin = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let space = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const as = comparedAs(text.charCodeAt(i), char);
    if (as === '') continue;
    if (as === ' ') {
      if (n > 0 && space < 0) space = i;
      continue;
    }
    if (space >= 0) {
      parts.push(' ');
      origin[n++] = space;
      space = -1;
    }
    parts.push(as);
    origin[n++] = i;
  }
  return { text: parts.join(''), origin: origin.subarray(0, n) };
}

/** A quote as it is compared (see the module's comment). */
export const comparedQuote = (quote: string): string => comparedText(quote).text;
