import fc from 'fast-check';

/** Keys that reach an object's prototype when assigned naively (`target[key] = …`). */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'toString',
  'valueOf',
  'toJSON',
  'then',
] as const;

/**
 * Single code points and short sequences that break naive text handling: NUL and other controls,
 * lone surrogates, BOM and non-characters, bidirectional overrides, zero-width characters,
 * combining marks, line and paragraph separators, astral characters and emoji sequences, case
 * mappings that change length, and characters with meaning in JSON, URLs, HTML, CSV and SQL.
 */
export const NASTY_UNITS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\udc00\ud800', // lone and reversed surrogates
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ufffd',
  '\u{10ffff}',
  '\u{1fffe}',
  '\u202e',
  '\u202d',
  '\u202a',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f', // bidi
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u034f', // zero width
  '\u0301',
  '\u0338',
  '\u20dd',
  'e\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357', // combining
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\u1680',
  '\u{1f600}',
  '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
  '\u{1f1fa}\u{1f1f8}',
  '\u{1d54f}',
  '𝕏',
  'ß',
  'İ',
  'ﬃ',
  'ǅ',
  'Ω',
  'Å',
  '\u0130',
  '\u0131',
  '٣',
  '〇',
  '１',
  '²',
  '½',
  '"',
  "'",
  '`',
  '\\',
  '/',
  '%',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '&',
  '=',
  '?',
  '#',
  '+',
  ';',
  ',',
  ':',
  '|',
  '<',
  '>',
  '<script>alert(1)</script>',
  '${',
  '{{',
  '}}',
  '[',
  ']',
  '{',
  '}',
  '*',
  '..',
  '../',
  '~',
  '!',
  '=cmd|',
  '@SUM(1)',
  "'; DROP TABLE events;--",
  '\u0000\u0000',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  ...POLLUTION_KEYS,
] as const;

/** One nasty unit, or any code point (no surrogate halves) or any Latin-1/control character. */
export const nastyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_UNITS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

/** A string built of nasty units. */
export const nastyString = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: nastyUnit, maxLength });

/** A huge string: one unit repeated, between `min` and `max` characters long (roughly). */
export const hugeString = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('x', ' ', '\u0000', '\ud800', 'é', '\u{1f600}', '9', '-', '\u202e', '%'),
      fc.integer({ min, max }),
    )
    .map(([unit, length]) => unit.repeat(Math.max(1, Math.ceil(length / unit.length))));

/** Any hostile text: short nasty strings mostly, long ones (up to `maxHuge` characters) sometimes. */
export const hostileText = (maxHuge = 20_000): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: nastyString() },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
    { weight: 1, arbitrary: hugeString(200, maxHuge) },
  );

/**
 * Percent-encodes every byte of the UTF-8 form (lone surrogates become U+FFFD, as they would on
 * the wire), so the text can go in a URL path or query as one value.
 */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Broken percent-encoding and other raw URL text that a decoder may choke on. */
export const BROKEN_ESCAPES = [
  '%',
  '%%',
  '%E0%A4%A',
  '%E0%A4',
  '%ZZ',
  '%G0',
  '%C0%AF',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%F4%90%80%80',
  '%FF',
  '%80',
  '%00',
  '%u0041',
  '%2',
  '%%30',
  '%25%',
  '%C3%28',
  '%E2%82',
  '%F0%9F%98',
] as const;
