import { expect } from 'chai';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { exportDossier } from '../../src/exports/dossierExport.ts';
import { readFindings } from '../../projections/queries/findingsQuery.ts';
import { readFact } from '../../projections/queries/factQuery.ts';
import { readSourceQuotes } from '../../projections/queries/sourceQuotes.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';

const article = 'Border scanners\n\nTen days after this alert, the ambassador sent a letter.';

const dossier = (source: Record<string, unknown>) => ({
  sources: [{ id: 'yt', title: 'Yucatan Times', ...source }],
  facts: [
    {
      id: 'letter',
      summary: 'The letter is sent',
      when: '2022-05-02',
      citations: [{ source: 'yt', quote: 'the ambassador sent a letter' }],
    },
  ],
});

describe('a dossier source’s text', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  const load = async (input: unknown, into = f) => {
    const report = await importDossier(into.chronicle.write, input, { metadata });
    await into.chronicle.runner.catchUp();
    return report;
  };
  const sourceEvents = async () =>
    (await f.chronicle.store.readStream('source-yt')).map((e) => ({ type: e.type, reason: e.metadata.reason }));

  it('is held once, with its digest, and locates the quotes', async () => {
    const report = await load(dossier({ text: `${article}\r\n` }));
    expect(report.rejected).to.deep.equal([]);
    expect(await sourceEvents()).to.deep.equal([
      { type: 'SourceRegistered', reason: 'test import' },
      { type: 'SourceTextAttached', reason: 'test import' },
    ]);
    expect(readFact(f.chronicle.readModels(), 'letter').citations[0]!.location).to.deep.include({ found: true });
  });

  it('appends nothing when the dossier is imported again with the same text, however its lines end', async () => {
    await load(dossier({ text: article }));
    const again = await load(dossier({ text: article.replace(/\n/g, '\r\n') }));
    expect(again.appended).to.equal(0);
    expect(again.sources.unchanged).to.equal(1);
  });

  it('appends one event, with the import’s reason, when the text changed in the file', async () => {
    await load(dossier({ text: article }));
    const changed = await load(dossier({ text: `${article} It was dated May 2.` }));
    expect(changed).to.deep.include({ appended: 1 });
    expect(changed.sources.updated).to.equal(1);
    expect((await sourceEvents()).map((e) => e.type)).to.deep.equal([
      'SourceRegistered',
      'SourceTextAttached',
      'SourceTextAttached',
    ]);
  });

  it('is left as it is by a dossier that gives no text', async () => {
    await load(dossier({ text: article }));
    expect((await load(dossier({}))).appended).to.equal(0);
    expect(exportDossier(f.chronicle.readModels()).sources[0]!.text).to.equal(article);
  });

  it('is refused when empty, binary or over 2 MB, naming the field, and nothing of the source is written', async () => {
    const report = await load(dossier({ text: ' \n ' }));
    expect(report.rejected[0]).to.deep.include({ path: 'sources[0]', id: 'yt' });
    expect(report.rejected[0]!.issues).to.deep.equal([
      { path: 'sources[0].text', message: 'is empty: there is no text once whitespace is removed' },
    ]);
    expect(await sourceEvents()).to.deep.equal([]);
    const binary = await load(dossier({ text: '\u0000\u0001\u0002\u0003PK\u0004' }));
    expect(binary.rejected[0]!.issues[0]!.message).to.match(/^looks like binary data/);
  });

  it('refuses a textFile, which only the command line reads, naming the field', async () => {
    const report = await load(dossier({ textFile: 'article.txt' }));
    expect(report.rejected.map((r) => r.path)).to.deep.equal(['sources[0]', 'facts[0]']);
    expect(report.rejected[0]!.issues).to.deep.equal([
      {
        path: 'sources[0].textFile',
        message:
          'names a file, which only the command line reads (chronicle import FILE, relative to the dossier); here, give the text itself in text',
      },
    ]);
  });

  describe('exported and imported back', () => {
    let other: ChronicleFixture;
    beforeEach(async () => (other = await openTestChronicle()));
    afterEach(async () => other.close());

    for (const [format, roundTrip] of [
      ['JSON', (d: unknown) => JSON.parse(JSON.stringify(d))],
      ['YAML', (d: unknown) => parseYaml(toYaml(d))],
    ] as const) {
      it(`comes back the same through ${format}: into this store nothing is appended, into an empty one the same text`, async () => {
        await load(demoDossier());
        const exported = roundTrip(exportDossier(f.chronicle.readModels()));
        const text = exported.sources.find((s: { id: string }) => s.id === 'yucatan-times-nuctech').text;
        expect(text).to.be.a('string').and.to.contain('Ten days after this alert');
        expect((await load(exported)).appended).to.equal(0);
        const copy = await load(exported, other);
        expect(copy.rejected).to.deep.equal([]);
        expect(roundTrip(exportDossier(other.chronicle.readModels()))).to.deep.equal(exported);
      });
    }
  });

  describe('in the demo dossier', () => {
    it('holds the seed article, in which every quote cited from it is found', async () => {
      await load(demoDossier());
      const rm = f.chronicle.readModels();
      expect(readSourceQuotes(rm, 'yucatan-times-nuctech')).to.deep.equal({ found: 21, notFound: [] });
      const findings = readFindings(rm, { kind: 'all' });
      expect(findings.findings.filter((x) => x.code === 'quote-not-in-source')).to.deep.equal([]);
      expect(findings.counts.error).to.equal(0);
    });

    it('locates the letter’s “ten days after this alert” in its paragraph of the text', async () => {
      await load(demoDossier());
      const letter = readFact(f.chronicle.readModels(), 'salazar-letter-to-ebrard');
      const cited = letter.citations.find((c) => c.quote?.startsWith('Ten days after this alert'))!;
      expect(cited.locator).to.match(/^paragraph 8;/);
      expect(cited.location).to.deep.include({ found: true, paragraph: 11 });
      const { excerpt } = cited.location as { excerpt: { text: string; start: number; end: number } };
      expect(excerpt.text.slice(excerpt.start, excerpt.end)).to.equal(cited.quote);
    });
  });
});
