/**
 * How quotes are compared with a source's text: runs of whitespace (any Unicode space, line breaks
 * included) are one space and none at either end; curly, low and angle quotation marks, primes,
 * the modifier-letter apostrophe, the grave and acute accents used as apostrophes and full-width
 * quotes are the straight `'` or `"`; soft hyphens, zero-width characters and byte-order marks are
 * nothing. Case, dashes, accents and every other character must match.
 */

const SPACE = 1;
const INVISIBLE = 2;

const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
for (let c = 0x2000; c <= 0x200a; c++) SPACES.push(c);
const INVISIBLES = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const SINGLES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0x02bc, 0x0060, 0x00b4, 0xff07];
const DOUBLES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02];

/** The UTF-16 code units that are a space or nothing (0: one character, itself or a straight mark), looked up. */
const KIND = new Uint8Array(0x10000);
for (const c of SPACES) KIND[c] = SPACE;
for (const c of INVISIBLES) KIND[c] = INVISIBLE;

const charClass = (codes: readonly number[]) =>
  `[${codes.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const INVISIBLE_MARK = new RegExp(charClass(INVISIBLES), 'g');
/** A run of spaces other than one plain space (which is left as it is: most gaps are one). */
const SPACE_RUN = new RegExp(` ${charClass(SPACES)}+|[^\\S ]${charClass(SPACES)}*`, 'g');
const SINGLE_MARK = new RegExp(charClass(SINGLES), 'g');
const DOUBLE_MARK = new RegExp(charClass(DOUBLES), 'g');

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
  // The string by regular expressions (fast on megabytes), the origins by one pass of lookups:
  // both follow the same rules (a property test holds them together).
  const compared = text
    .replace(INVISIBLE_MARK, '')
    .replace(SPACE_RUN, ' ')
    .replace(SINGLE_MARK, "'")
    .replace(DOUBLE_MARK, '"')
    .trim();
  const origin = new Int32Array(compared.length);
  let n = 0;
  let space = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind === INVISIBLE) continue;
    if (kind === SPACE) {
      if (n > 0 && space < 0) space = i;
      continue;
    }
    if (space >= 0) {
      origin[n++] = space;
      space = -1;
    }
    origin[n++] = i;
  }
  return { text: compared, origin };
}

/** A quote as it is compared (see the module's comment). */
export const comparedQuote = (quote: string): string => comparedText(quote).text;
