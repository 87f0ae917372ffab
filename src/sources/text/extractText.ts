import { ValidationError } from '../../core/errors.ts';
import { decodeHtml, decodeText } from './decodeText.ts';
import { htmlText } from './htmlText.ts';
import { pdfText } from './pdfText.ts';
import { plainText, type ExtractedText } from './plainText.ts';
import type { TextKind } from './textKind.ts';

/** The largest document read (a PDF or a page is much larger than the text it holds): 32 MiB. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export interface ExtractTextInput {
  /** What the bytes are: `txt`, `md` (read as text), `html` or `pdf`. See {@link textKindOfFile}. */
  readonly kind: TextKind;
  /** The document: bytes as read from a file, or — for `txt`, `md` and `html` — a string already decoded. */
  readonly bytes: Uint8Array | string;
  /** Where errors point (`file`, `html`, `pdf`, `sources[0].textFile`…). Default `text`. */
  readonly field?: string;
}

/**
 * Reads the text of a document, the one way every part of Chronicle does (`chronicle source-text`,
 * `POST /api/sources/:id/text`, the dossier's `textFile`, capture):
 * - `txt`, `md`: UTF-8 (UTF-16 with a byte-order mark) read as is; Markdown is kept as written, its
 *   paragraphs being blank-line separated already;
 * - `html`: the article body found by `@mozilla/readability` on a `linkedom` DOM, headline and
 *   byline first (see `htmlText`);
 * - `pdf`: the text layer, read with unpdf, lines joined into paragraphs (see `pdfText`).
 *
 * The result is normalised as a source's text is stored (`plainText`): paragraphs separated by one
 * blank line, because locators count paragraphs; offsets into `text` are JavaScript string offsets.
 * Pure but for PDF.js's own work (no file, no network); asynchronous only because PDF.js is.
 *
 * Refused with a `ValidationError` naming `field` — nothing is returned, so nothing is written:
 * empty text; binary data (not UTF-8, or mostly control characters); a PDF with no text layer
 * ("this PDF has no text layer; run OCR first"), a password or a broken structure; more than
 * 2 MiB of text (`MAX_TEXT_BYTES`); a document over 32 MiB. An unknown file type is refused
 * earlier, by `textKindOfFile`.
 *
 * @example
 * const { text, title, warnings } = await extractText({ kind: 'html', bytes: await readFile('a.html') });
 * const { text } = await extractText({ kind: 'pdf', bytes: pdfBytes, field: 'pdf' });
 */
export async function extractText(input: ExtractTextInput): Promise<ExtractedText> {
  const field = input.field ?? 'text';
  const { bytes, kind } = input;
  const size = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
  if (size > MAX_DOCUMENT_BYTES)
    throw ValidationError.at(field, `is ${(size / (1024 * 1024)).toFixed(1)} MB; the largest document read is 32 MB`);
  switch (kind) {
    case 'txt':
    case 'md':
      return plainText(typeof bytes === 'string' ? bytes : decodeText(bytes, field), field);
    case 'html':
      return htmlText(typeof bytes === 'string' ? bytes : decodeHtml(bytes, field), field);
    case 'pdf':
      if (typeof bytes === 'string') throw ValidationError.at(field, 'a PDF is read from its bytes, not from a string');
      return pdfText(bytes, field);
    default: {
      const unknown: never = kind;
      throw ValidationError.at(field, `${JSON.stringify(unknown)} is not a kind of text Chronicle reads`);
    }
  }
}
