/**
 * The quotation marks of a text read once (`QuoteMarks`) answer exactly as a scan from the start
 * of the position's line does, on random texts of words, line breaks, straight and curly quotes
 * and guillemets, at every position.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { QuoteMarks } from '../../src/capture/quoteMarks.ts';

const SEED = 20_221_207;
const RUNS = 300;

/** The quotation around `at`, scanning its line from the start (the reference the index must match). */
function scannedQuotation(text: string, at: number): { open: number; close: number } | null {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let open = -1;
  for (let i = from; i < at; i += 1) {
    const ch = text[i];
    if (ch === '“' || ch === '«') open = i;
    else if (ch === '”' || ch === '»') open = -1;
    else if (ch === '"') open = open < 0 ? i : -1;
  }
  if (open < 0) return null;
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  for (let i = at; i < end; i += 1) if (/["”»]/u.test(text[i] as string)) return { open, close: i + 1 };
  return { open, close: end };
}

/** Whether `at` is inside quotation marks, counting the marks of its line before it. */
function scannedInside(text: string, at: number): boolean {
  const lead = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const opened = (lead.match(/[“«]/gu) ?? []).length - (lead.match(/[”»]/gu) ?? []).length;
  if (opened > 0) return true;
  return (lead.match(/"/gu) ?? []).length % 2 === 1;
}

const texts = fc
  .array(fc.constantFrom('a', 'word ', 'Ana said', ', ', '. ', '\n', '\n\n', '"', '“', '”', '«', '»', ' '), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe(`quotation marks read once per text (properties, fast-check seed ${SEED})`, function () {
  it('give the quotation around every position that a scan from its line start gives', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quotes = new QuoteMarks(text);
        for (let at = 0; at <= text.length; at += 1) {
          expect(quotes.quotationAround(at), `at ${at} of ${JSON.stringify(text)}`).to.deep.equal(
            scannedQuotation(text, at),
          );
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('tell whether every position is inside quotation marks as counting its line does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quotes = new QuoteMarks(text);
        for (let at = 0; at <= text.length; at += 1) {
          expect(quotes.insideQuote(at), `at ${at} of ${JSON.stringify(text)}`).to.equal(scannedInside(text, at));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('find the start and end of every position’s line, and a closing mark in any stretch, as the string searches do', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const quotes = new QuoteMarks(text);
        for (let at = 0; at <= text.length; at += 1) {
          expect(quotes.lineStart(at)).to.equal(text.lastIndexOf('\n', at - 1) + 1);
          const end = text.indexOf('\n', at);
          expect(quotes.lineEnd(at)).to.equal(end < 0 ? text.length : end);
        }
        const from = a % (text.length + 1);
        const to = b % (text.length + 1);
        expect(quotes.closerWithin(from, to)).to.equal(/["”»]/u.test(text.slice(from, to)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
