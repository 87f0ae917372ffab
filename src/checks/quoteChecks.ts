import { finding } from './findings.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';

/** Quotes longer than this are shortened in a finding's sentence. */
const SHOWN = 120;

const shown = (quote: string) => {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= SHOWN ? flat : `${flat.slice(0, SHOWN - 1).trimEnd()}…`;
};

/**
 * `quote-not-in-source`, once for each quote a fact cites from a source whose text is held and
 * does not contain it (whitespace, quotation marks and apostrophes normalised, see
 * src/sources/text). A source with no text held, and a citation with no quote, are not checked.
 *
 * @example
 * checkQuotes(letter, sources)
 * //=> [{ code: 'quote-not-in-source', severity: 'error', facts: ['letter'],
 * //      message: 'The text held for yt does not contain the quote letter cites from it: “dated May 3”.' }]
 */
export function checkQuotes(fact: CheckFact, sources: ReadonlyMap<string, CheckSource>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { source, quote } of fact.citations) {
    if (quote === null || quote.trim() === '') continue;
    const text = sources.get(source)?.text;
    const key = JSON.stringify([source, quote]);
    if (!text || seen.has(key) || text.has(quote)) continue;
    seen.add(key);
    findings.push(
      finding(
        'quote-not-in-source',
        [fact.factId],
        `The text held for ${source} does not contain the quote ${fact.factId} cites from it: “${shown(quote)}”.`,
      ),
    );
  }
  return findings;
}
