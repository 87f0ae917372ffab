import { ValidationError } from '../../core/errors.ts';

/** The most text a source may hold: 2 MiB of UTF-8 (2,097,152 bytes). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** What a text, once read, holds: the text itself, a title when the format names one, and what was changed on the way. */
export interface ExtractedText {
  /** The text, normalised (see {@link plainText}): paragraphs separated by one blank line. */
  readonly text: string;
  /** The document's own title (HTML `<title>`/Readability, PDF metadata), when it has one. */
  readonly title?: string;
  /** What was dropped or guessed on the way, in sentences (removed control characters, a missing article body…). */
  readonly warnings: readonly string[];
}

/** Raw text this long cannot shrink to the limit by losing whitespace alone: refused before any work. */
const MAX_RAW_BYTES = 8 * MAX_TEXT_BYTES;

// Control characters other than tab and line feed (vertical tab, form feed and carriage return are
// turned into line breaks first), and the replacement character a failed decoding leaves behind.
// eslint-disable-next-line no-control-regex -- these are the characters being looked for
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- idem
const JUNK = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;
/** More junk characters than this share, and the "text" is taken for binary data. */
const MAX_JUNK_SHARE = 0.05;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * A source's text in the one form Chronicle stores: Unicode NFC; no byte-order mark; line breaks
 * `\n` (CR LF, CR, U+2028, vertical tab → one break; U+2029 and form feed → a paragraph break);
 * no control characters but tab and line break; no whitespace at the end of a line; paragraphs
 * separated by exactly one blank line; nothing blank at either end. Applying it twice changes
 * nothing, so a text exported and imported again has the same SHA-256.
 *
 * Refused with a {@link ValidationError} at `field`: empty text, text that is mostly control
 * characters (binary data read as text), more than {@link MAX_TEXT_BYTES}.
 *
 * @example
 * plainText('Title\r\n\r\n\r\nFirst  paragraph.  \r\nStill the first.\n').text
 * //=> 'Title\n\nFirst  paragraph.\nStill the first.'
 */
export function plainText(raw: string, field = 'text'): ExtractedText {
  if (raw.length > MAX_RAW_BYTES) throw tooLong(field, Buffer.byteLength(raw, 'utf8'));
  const junk = raw.match(JUNK)?.length ?? 0;
  if (junk > 0 && junk > raw.length * MAX_JUNK_SHARE) {
    throw ValidationError.at(
      field,
      `looks like binary data, not text (${Math.round((junk / raw.length) * 100)}% of its characters are control characters)`,
    );
  }
  const warnings: string[] = [];
  let text = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|[\u2028\v]/g, '\n')
    .replace(/[\u2029\f]/g, '\n\n');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    warnings.push(`${controls} control character${controls === 1 ? ' was' : 's were'} removed`);
  }
  // NFC once the control characters are gone: one between a letter and its accent kept them apart.
  text = text
    .normalize('NFC')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') throw ValidationError.at(field, 'is empty: there is no text once whitespace is removed');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) throw tooLong(field, bytes);
  return { text, warnings };
}

function tooLong(field: string, bytes: number): ValidationError {
  return ValidationError.at(
    field,
    `is ${megabytes(bytes)} of text; a source holds at most ${megabytes(MAX_TEXT_BYTES)} (split the document into several sources)`,
  );
}

/** How many paragraphs a normalised text has (blocks separated by a blank line). */
export function paragraphCount(text: string): number {
  return text === '' ? 0 : text.split('\n\n').length;
}
