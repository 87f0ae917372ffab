import { expect } from 'chai';
import { REVIEW_RATES, reviewWorkload } from '../../eval/reviewWorkload.ts';
import { emptyCounts } from '../../eval/scoreArticle.ts';

describe('The review workload of a captured draft', () => {
  it('counts nothing to do for a draft that is the gold, and prices the reading and each card alone', () => {
    const c = { ...emptyCounts(), words: 476, events: 3, found: 3, datedRight: 3, captured: 3 };
    const r = reviewWorkload(c);
    expect([r.dateEdits, r.relationEdits, r.actorEdits, r.additions, r.drops]).to.deep.equal([0, 0, 0, 0, 0]);
    expect(r.readingMinutes).to.equal(2);
    expect(r.actionMinutes).to.equal(0.5);
    expect(r.minutes).to.equal(2.5);
  });

  it('counts a misdated event as a date edit, a missed event as an addition and a spurious fact as a drop', () => {
    const c = { ...emptyCounts(), events: 4, found: 3, datedRight: 2, captured: 5, spurious: 2 };
    const r = reviewWorkload(c);
    expect([r.dateEdits, r.additions, r.drops, r.cards]).to.deep.equal([1, 1, 2, 5]);
    const seconds = 5 * REVIEW_RATES.cardSeconds + REVIEW_RATES.dateEditSeconds + REVIEW_RATES.additionSeconds;
    expect(r.actionMinutes).to.equal(Math.round((seconds / 60) * 10) / 10);
  });

  it('leaves the relation of a missed event to its addition, and counts missing and extra actors as actor edits', () => {
    const c = {
      ...emptyCounts(),
      events: 2,
      found: 1,
      datedRight: 1,
      relations: 2,
      relationsRight: 0,
      relationEventMissed: 1,
      actorPairs: 3,
      actorsLinked: 1,
      actorsExtra: 2,
    };
    const r = reviewWorkload(c);
    expect([r.relationEdits, r.actorEdits, r.additions]).to.deep.equal([1, 4, 1]);
  });
});
