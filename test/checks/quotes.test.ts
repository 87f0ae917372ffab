import { expect } from 'chai';
import { checkAll, type CheckSource } from '../../src/checks/index.ts';
import { TextIndex } from '../../src/sources/text/index.ts';
import { cite, fact, factMap, only } from './support.ts';

const text =
  'Ten days after this alert, the ambassador sent a letter.\n\nIt expressed “the growing concern” of the US.';

/** Sources with a text held (`TextIndex`) or none (`null`). */
const sources = (held: Record<string, string | null>): Map<string, CheckSource> =>
  new Map(
    Object.entries(held).map(([sourceId, t]) => [
      sourceId,
      { sourceId, publishedOn: null, text: t === null ? null : new TextIndex(t) },
    ]),
  );

const quoting = (...quotes: [source: string, quote: string | null][]) =>
  fact('letter', '2022-05-02', { citations: quotes.map(([source, quote]) => cite(source, { quote })) });

describe('quote-not-in-source', () => {
  it('is an error naming the fact, the source and the quote that is not in the source’s text', () => {
    const findings = checkAll(
      factMap([quoting(['yt', 'the ambassador sent a letter dated May 3'])]),
      sources({ yt: text }),
    );
    expect(only(findings, 'quote-not-in-source')).to.deep.equal([
      {
        code: 'quote-not-in-source',
        severity: 'error',
        facts: ['letter'],
        message:
          'The text held for yt does not contain the quote letter cites from it: “the ambassador sent a letter dated May 3”.',
      },
    ]);
  });

  it('is not reported for a quote that is in the text once whitespace and quotation marks are normalised', () => {
    const findings = checkAll(
      factMap([quoting(['yt', 'a letter.  It expressed "the growing concern"'])]),
      sources({ yt: text }),
    );
    expect(only(findings, 'quote-not-in-source')).to.deep.equal([]);
  });

  it('is not reported where there is nothing to compare: no text held, no quote, an unknown source', () => {
    const findings = checkAll(
      factMap([quoting(['untexted', 'anything at all'], ['yt', null], ['yt', '  '], ['unknown', 'anything'])]),
      sources({ yt: text, untexted: null }),
    );
    expect(only(findings, 'quote-not-in-source')).to.deep.equal([]);
  });

  it('is reported once per quote and source, and for each source whose text lacks it', () => {
    const findings = checkAll(
      factMap([quoting(['yt', 'not there'], ['yt', 'not there'], ['other', 'not there'])]),
      sources({ yt: text, other: 'Something else entirely.' }),
    );
    expect(only(findings, 'quote-not-in-source').map((f) => f.message)).to.deep.equal([
      'The text held for other does not contain the quote letter cites from it: “not there”.',
      'The text held for yt does not contain the quote letter cites from it: “not there”.',
    ]);
  });

  it('shortens a long quote in its sentence', () => {
    const long = `${'very '.repeat(40)}long`;
    const [finding] = only(checkAll(factMap([quoting(['yt', long])]), sources({ yt: text })), 'quote-not-in-source');
    expect(finding!.message).to.match(/: “(very ){23}very…”\.$/);
  });

  it('stays an error when the fact’s date is uncertain: the quote is wrong whatever the date', () => {
    const uncertain = fact('letter', '?2022-05-02', { citations: [cite('yt', { quote: 'not there' })] });
    const [finding] = only(checkAll(factMap([uncertain]), sources({ yt: text })), 'quote-not-in-source');
    expect(finding!.severity).to.equal('error');
  });
});
