import { expect } from 'chai';
import { captureText } from '../../src/capture/captureText.ts';
import type { Article, GoldEvent } from '../../eval/goldArticle.ts';
import { sameOffset, scoreArticle } from '../../eval/scoreArticle.ts';

/**
 * The capture evaluation's score of one article (eval/README.md, "Scores"): a short story captured for real, scored
 * against gold chronologies that differ from what it supports in one way each, so every miss lands in its kind.
 */

const TEXT = 'On 3 May 2022 the council met. Two days later the mayor resigned. In June 2022 the auditors arrived.';
const MET: GoldEvent = { id: 'e1', phrase: 'On 3 May 2022', when: '2022-05-03' };
const RESIGNED: GoldEvent = {
  id: 'e2',
  phrase: 'Two days later',
  when: '2022-05-05',
  relation: { type: 'after', to: 'e1', offset: 'P2D' },
};
const ARRIVED: GoldEvent = { id: 'e3', phrase: 'In June 2022', when: '2022-06' };

function scored(events: GoldEvent[]) {
  const article: Article = {
    set: 'test',
    name: 'council',
    text: TEXT,
    gold: { title: 'Council', lang: 'en', publishedOn: '2022-07-01', events, nonEvents: [] },
  };
  const draft = captureText({ text: TEXT, lang: 'en', publishedOn: '2022-07-01' }, { today: '2025-01-01' });
  return scoreArticle(article, draft, 0, new Map());
}

describe('The capture evaluation scores an article', () => {
  it('counts an event dated and related as the gold says as right, with no misses', () => {
    const s = scored([MET, RESIGNED, ARRIVED]);
    expect([s.found, s.datedRight, s.relations, s.relationsRight]).to.deep.equal([3, 3, 1, 1]);
    expect([s.tooPrecise, s.datedWider, s.datedElsewhere]).to.deep.equal([0, 0, 0]);
  });

  it('counts a capture wider than the gold as misdated wider, and one narrower as too precise', () => {
    const s = scored([MET, { ...ARRIVED, when: '2022-06-10' }]);
    expect([s.datedRight, s.datedWider, s.tooPrecise]).to.deep.equal([1, 1, 0]);
    const t = scored([{ ...MET, when: '2022-05' }]);
    expect([t.datedRight, t.tooPrecise, t.datedWider]).to.deep.equal([0, 1, 0]);
  });

  it('counts a date on another day as misdated elsewhere', () => {
    const s = scored([{ ...MET, when: '2022-05-04' }]);
    expect([s.datedRight, s.datedElsewhere, s.datedWider, s.tooPrecise]).to.deep.equal([0, 1, 0, 0]);
  });

  it('tells a relation to the right anchor with another offset from one to another anchor', () => {
    const offset = scored([MET, { ...RESIGNED, relation: { type: 'after', to: 'e1', offset: 'P3D' } }]);
    expect([offset.relationsRight, offset.relationOtherOffset, offset.relationOtherAnchor]).to.deep.equal([0, 1, 0]);
    const anchor = scored([MET, ARRIVED, { ...RESIGNED, relation: { type: 'after', to: 'e3', offset: 'P2D' } }]);
    expect([anchor.relationsRight, anchor.relationOtherAnchor, anchor.relationOtherOffset]).to.deep.equal([0, 1, 0]);
  });

  it('counts an exact offset where the gold gives none as right only when the captured date is the gold date', () => {
    const unstated = { ...RESIGNED, relation: { type: 'after' as const, to: 'e1' } };
    expect(scored([MET, unstated]).relationsRight).to.equal(1);
    const elsewhere = scored([MET, { ...unstated, when: '2022-05-06' }]);
    expect([elsewhere.relationsRight, elsewhere.relationOtherOffset]).to.deep.equal([0, 1]);
  });

  it('takes offsets that say the same distance as the same: weeks in days, exact years in months', () => {
    expect([sameOffset('P1W', 'P7D'), sameOffset('P1Y6M', 'P18M'), sameOffset('../P1Y', '../P12M')]).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect([sameOffset('P1Y6M', 'P17M'), sameOffset('P1Y~', 'P12M~'), sameOffset('P2M', 'P2D')]).to.deep.equal([
      false,
      false,
      false,
    ]);
  });

  it('tells a relation whose anchor was not found, whose event was not found, or that the capture never made', () => {
    const anchorless = scored([
      { id: 'e0', phrase: 'the council', when: '2022' },
      { ...RESIGNED, relation: { type: 'after', to: 'e0' } },
    ]);
    expect(anchorless.relationAnchorMissed).to.equal(1);
    const eventless = scored([MET, { ...RESIGNED, phrase: 'the mayor' }]);
    expect([eventless.found, eventless.relationEventMissed]).to.deep.equal([1, 1]);
    const none = scored([{ ...ARRIVED, relation: { type: 'after', to: 'e1', offset: 'P1M' } }, MET]);
    expect([none.relations, none.relationNone]).to.deep.equal([1, 1]);
  });
});
