/**
 * A source's text: reading it from a document (`extractText`), the form it is stored in
 * (`plainText`), its SHA-256, and finding a citation's quote in it (`TextIndex`).
 */
export { extractText, MAX_DOCUMENT_BYTES, type ExtractTextInput } from './extractText.ts';
export { plainText, paragraphCount, MAX_TEXT_BYTES } from './plainText.ts';
export { textKindOfFile } from './textKind.ts';
export { sha256Of } from './sha256.ts';
export { TextIndex, EXCERPT_SIDE, type QuoteLocation } from './locateQuote.ts';
