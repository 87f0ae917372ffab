import { TextIndex, type QuoteLocation } from '../src/sources/text/index.ts';
import type { ReadModelDb } from './readModelDb.ts';

/** The text held for `sourceId` and its SHA-256 (the source-text read model, `readModels/sourceTexts.ts`). */
export function sourceTextOf(rm: ReadModelDb, sourceId: string): { sha256: string; text: string } | null {
  return rm.sourceTexts.of(sourceId);
}

/**
 * Texts made ready for quotes, by SHA-256, the most recently used last: a text is the same text
 * wherever it is held, so an index (and the quotes it has located) serves every read until the
 * text changes, and the megabytes of a text are read again only when its index was let go.
 */
const indexes = new Map<string, TextIndex>();
const INDEXES_KEPT = 4;

/** The held text of `sourceId` made ready for quotes to be found in it; `null` when none is held. */
export function textIndexOf(rm: ReadModelDb, sourceId: string): TextIndex | null {
  const sha256 = rm.sourceTexts.sha256Of(sourceId);
  if (sha256 === undefined) return null;
  let index = indexes.get(sha256);
  if (index) indexes.delete(sha256);
  else {
    const row = sourceTextOf(rm, sourceId)!;
    index = new TextIndex(row.text);
    if (indexes.size >= INDEXES_KEPT) indexes.delete(indexes.keys().next().value!);
  }
  indexes.set(sha256, index);
  return index;
}

/**
 * Where a citation's quote is in its source's text, as the read model shows it beside the
 * citation's own `locator` (which stays as the user wrote it): `found: true` with the paragraph,
 * the offsets and the excerpt (see {@link QuoteLocation}); `found: false` when the text is held
 * and the quote is not in it (the date checks report `quote-not-in-source`).
 */
export type CitationLocation = ({ readonly found: true } & QuoteLocation) | { readonly found: false };

/** `null` when there is nothing to locate: no quote, or no text held. */
export function locateCitation(text: TextIndex | null, quote: string | null): CitationLocation | null {
  if (text === null || quote === null || quote.trim() === '') return null;
  const location = text.locate(quote);
  return location ? { found: true, ...location } : { found: false };
}
