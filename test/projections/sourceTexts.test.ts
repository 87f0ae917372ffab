import { expect } from 'chai';
import { execute } from '../../src/commands/execute.ts';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { readFact } from '../../projections/queries/factQuery.ts';
import { readRegistryDoc } from '../../projections/queries/registryQuery.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { sourceTextOf, textIndexOf } from '../../projections/sourceTexts.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';

const text = [
  'Border scanners bought despite warnings',
  'An intelligence report sent on April 22 warned that Nuctech’s systems had “deficiencies”.',
  'Ten days after this alert, the ambassador sent a letter.',
].join('\n\n');

const dossier = {
  sources: [{ id: 'yt', title: 'Yucatan Times', reliability: 'C' }],
  facts: [
    {
      id: 'alert',
      summary: 'The report is sent',
      when: '2022-04-22',
      citations: [{ source: 'yt', quote: `Nuctech's systems had "deficiencies"`, locator: 'paragraph 1' }],
    },
    {
      id: 'letter',
      summary: 'The letter is sent',
      when: '2022-05-02',
      citations: [{ source: 'yt', quote: 'the ambassador sent a letter dated May 2' }],
    },
  ],
};

describe('the source-text read models', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openTestChronicle();
    await importDossier(f.chronicle.write, dossier, { metadata });
    await f.chronicle.runner.catchUp();
  });
  afterEach(async () => f.close());

  const attach = async (t: string) => {
    const command: CommandOf<'source'> = { type: 'AttachSourceText', data: { sourceId: 'yt', text: t } };
    await execute(f.chronicle.write, 'source', 'yt', command, { metadata });
    await f.chronicle.runner.catchUp();
  };
  const rm = () => f.chronicle.readModels();
  const citationOf = (factId: string) => readFact(rm(), factId).citations[0]!;
  const quoteFindings = (factId: string) =>
    readFact(rm(), factId).findings.filter((x) => x.code === 'quote-not-in-source');

  it('locate nothing and check no quote while the source holds no text', () => {
    expect(citationOf('alert').location).to.equal(null);
    expect(quoteFindings('letter')).to.deep.equal([]);
    expect(readRegistryDoc(rm(), 'sources', 'yt').text).to.equal(null);
  });

  it('keep the text once, its digest and size on the source, and locate each quote beside the locator as written', async () => {
    await attach(text);
    expect(sourceTextOf(rm(), 'yt')?.text).to.equal(text);
    expect(readRegistryDoc(rm(), 'sources', 'yt').text).to.deep.include({
      characters: text.length,
      paragraphs: 3,
    });
    const citation = citationOf('alert');
    expect(citation.locator).to.equal('paragraph 1');
    expect(citation.location).to.deep.include({ found: true, paragraph: 2, occurrences: 1 });
    const { start, end } = citation.location as { start: number; end: number };
    expect(text.slice(start, end)).to.equal('Nuctech’s systems had “deficiencies”');
  });

  it('report a quote that is not in the text, on the fact and on every timeline that shows it', async () => {
    await attach(text);
    expect(citationOf('letter').location).to.deep.equal({ found: false });
    expect(quoteFindings('letter')).to.deep.equal([
      {
        code: 'quote-not-in-source',
        severity: 'error',
        facts: ['letter'],
        message:
          'The text held for yt does not contain the quote letter cites from it: “the ambassador sent a letter dated May 2”.',
      },
    ]);
    const entry = readTimeline(rm(), { kind: 'all' }).entries.find((e) => e.factId === 'letter')!;
    expect(entry.findings.map((x) => x.code)).to.include('quote-not-in-source');
    expect(quoteFindings('alert')).to.deep.equal([]);
  });

  it('recheck the facts citing the source when another text is attached', async () => {
    await attach(text);
    await attach(`${text.replace('sent a letter.', 'sent a letter dated May 2.')}`);
    expect(quoteFindings('letter')).to.deep.equal([]);
    expect(citationOf('letter').location).to.deep.include({ found: true, paragraph: 3 });
  });

  it('locate a citation added to a fact, and check it', async () => {
    await attach(text);
    await execute(
      f.chronicle.write,
      'fact',
      'letter',
      {
        type: 'CiteSource',
        data: {
          factId: 'letter',
          citation: {
            source: 'yt',
            quote: 'the ambassador sent a letter',
            locator: null,
            statedDate: null,
            statedWeekday: null,
            credibility: null,
          },
        },
      },
      { metadata },
    );
    await f.chronicle.runner.catchUp();
    expect(readFact(rm(), 'letter').citations.map((c) => c.location?.found)).to.have.members([true, false]);
  });

  it('make a text ready for quotes once, for every read until the text changes', async () => {
    await attach(text);
    const index = textIndexOf(rm(), 'yt')!;
    expect(index.text).to.equal(text);
    expect(textIndexOf(rm(), 'yt'), 'the same text, the same index').to.equal(index);
    const corrected = `${text}\n\nIt was dated May 2.`;
    await attach(corrected);
    const next = textIndexOf(rm(), 'yt')!;
    expect(next).to.not.equal(index);
    expect(next.text).to.equal(corrected);
    expect(citationOf('alert').location).to.deep.include({ found: true, paragraph: 2 });
  });

  it('come out the same from a rebuild', async () => {
    await attach(text);
    const before = [readFact(rm(), 'alert'), readFact(rm(), 'letter')];
    await f.chronicle.runner.rebuild();
    expect([readFact(rm(), 'alert'), readFact(rm(), 'letter')]).to.deep.equal(before);
    expect(sourceTextOf(rm(), 'yt')?.text).to.equal(text);
  });
});
