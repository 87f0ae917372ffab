import type { ReadModelDb } from '../readModelDb.ts';
import { NameResolver } from './entries.ts';

/** How the quotes cited from one source fare against the text it holds. */
export interface SourceQuotes {
  /** Citations whose quote is in the text. */
  readonly found: number;
  /** Citations whose quote is not (each is a `quote-not-in-source` finding of its fact). */
  readonly notFound: readonly { readonly factId: string; readonly citationId: string; readonly quote: string }[];
}

/** The quotes that current facts cite from `sourceId`, located in its text (none counted when no text is held). */
export function readSourceQuotes(rm: ReadModelDb, sourceId: string): SourceQuotes {
  let found = 0;
  const notFound: { factId: string; citationId: string; quote: string }[] = [];
  const factIds = rm.relations.factsCiting(sourceId).sort();
  for (const entry of new NameResolver(rm).entriesOf(factIds)) {
    for (const c of entry.citations) {
      if (c.source.id !== sourceId || c.location === null) continue;
      if (c.location.found) found += 1;
      else notFound.push({ factId: entry.factId, citationId: c.citationId, quote: c.quote ?? '' });
    }
  }
  return { found, notFound };
}
