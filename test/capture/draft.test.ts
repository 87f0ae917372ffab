import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';
import { capture } from './captureHelpers.ts';

const ARTICLE = [
  'Port regulator licensed terminal days after minister’s email',
  '',
  'By Clara Jensen | 3 October 2023',
  '',
  'An inspection of the site by the Maritime Safety Authority’s engineers followed on 7 March 2022. Ten days after the inspection, Martin Vale emailed Sofia Marin.',
  '',
  'Marin replied the next day. The licence was granted on Monday, 30 May 2022, under the 2010 Ports Act.',
].join('\n');

describe('capture: the draft', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  it('holds the source with its text and publication date, the actors, and one fact per dated event', () => {
    const draft = capture(ARTICLE, { lang: 'en' });
    expect(draft.sources).to.deep.equal([
      {
        id: 'port-regulator-licensed-terminal-days-after-minister-s-email',
        title: 'Port regulator licensed terminal days after minister’s email',
        publishedOn: '2023-10-03',
        text: ARTICLE,
      },
    ]);
    expect(draft.actors.map((a) => a.id)).to.include.members([
      'maritime-safety-authority',
      'martin-vale',
      'sofia-marin',
    ]);
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2022-03-07', '2022-03-17', '2022-03-18', '2022-05-30']);
  });

  it('cites the exact quote with its paragraph and offsets, the date as written and the stated weekday', () => {
    const draft = capture(ARTICLE, { lang: 'en' });
    const licence = draft.facts[3];
    const citation = licence?.citations[0];
    expect(citation?.quote).to.equal('The licence was granted on Monday, 30 May 2022, under the 2010 Ports Act.');
    const [, paragraph, start, end] = /^paragraph (\d+), characters (\d+)–(\d+)$/.exec(citation?.locator ?? '') ?? [];
    expect(paragraph).to.equal('4');
    expect(ARTICLE.slice(Number(start), Number(end))).to.equal(citation?.quote);
    expect(citation?.statedDate).to.equal('on Monday, 30 May 2022');
    expect(citation?.statedWeekday).to.equal('Monday');
    expect(licence?.summary).to.equal('The licence was granted on Monday, 30 May 2022, under the 2010 Ports Act.');
  });

  it('lists one span per fact, with the phrase’s offsets, its rule and a confidence; and what it skipped', () => {
    const draft = capture(ARTICLE, { lang: 'en' });
    expect(draft.capture.spans.map((s) => s.fact)).to.deep.equal(draft.facts.map((f) => f.id));
    for (const span of draft.capture.spans) {
      expect(ARTICLE.slice(span.start, span.end)).to.equal(span.phrase);
      expect(span.rule).to.match(/^'.+'.+\.$/);
      expect(span.confidence).to.be.within(0, 1);
    }
    expect(draft.capture.skipped.map((s) => s.reason)).to.include.members([
      'the byline date',
      'a law or plan named by its year',
    ]);
  });

  it('imports as is: everything created, the capture section ignored, nothing rejected; again, nothing appended', async () => {
    const draft = capture(ARTICLE, { lang: 'en' });
    const first = await importDossier(f.chronicle.write, JSON.parse(JSON.stringify(draft)), { metadata });
    expect(first.rejected).to.deep.equal([]);
    expect(first.facts.created).to.equal(4);
    expect(first.sources.created).to.equal(1);
    expect(first.actors.created).to.equal(draft.actors.length);
    const again = await importDossier(f.chronicle.write, JSON.parse(JSON.stringify(draft)), { metadata });
    expect(again.appended).to.equal(0);
  });

  it('never gives a draft fact the id of a fact already in the store', () => {
    const draft = capture('The board met on 3 May 2022.', {
      context: { factExists: (id) => id === 'the-board-met-on-3-may-2022' },
    });
    expect(draft.facts[0]?.id).to.equal('the-board-met-on-3-may-2022-2');
  });

  it('anchors a relative phrase to a fact already in the store when it names it', () => {
    const draft = capture('Ten days after the inspection, the minister wrote to the regulator.', {
      publishedOn: '2023-10-03',
      context: {
        knownFacts: () => [{ id: 'site-inspection', summary: 'The regulator inspected the site', when: '2022-03-07' }],
      },
    });
    expect(draft.facts[0]?.when).to.equal('2022-03-17');
    expect(draft.facts[0]?.relations).to.deep.equal([{ type: 'after', fact: 'site-inspection', offset: 'P10D' }]);
  });

  it('gives the widest honest date, below 0.5 confidence, to a phrase it cannot resolve', () => {
    const draft = capture('Three days later, the minister resigned.', { publishedOn: '2023-10-03' });
    expect(draft.facts[0]?.when).to.equal('../2023-10-03');
    expect(draft.capture.spans[0]?.confidence).to.be.below(0.5);
  });
});
