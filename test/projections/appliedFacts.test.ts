import { expect } from 'chai';
import type { AppliedEvent } from '../../projections/applyEvents.ts';
import { AppliedFacts } from '../../projections/appliedFacts.ts';
import type { FactDoc } from '../../projections/documents.ts';

describe('AppliedFacts', () => {
  const doc = (factId: string, revision: number) => ({ factId, revision }) as unknown as FactDoc;
  const applied = (position: string, after: FactDoc | null): AppliedEvent => ({
    seq: Number(position),
    position,
    streamName: `fact-${after?.factId ?? 'x'}`,
    type: 'FactDateRevised',
    factBefore: null,
    factAfter: after,
  });
  let checkpoint: string | undefined;
  let facts: AppliedFacts;
  beforeEach(() => {
    checkpoint = undefined;
    facts = new AppliedFacts(() => checkpoint);
  });

  it("gives a fact's last document of the last batch while the checkpoint is the one that batch left", () => {
    checkpoint = '7';
    facts.note([applied('6', doc('a', 0)), applied('7', doc('a', 1))], '7');
    expect(facts.current('a')).to.deep.equal(doc('a', 1));
  });

  it('gives nothing for a fact the batch did not change, nor once the checkpoint moved on', () => {
    checkpoint = '7';
    facts.note([applied('7', doc('a', 1))], '7');
    expect(facts.current('b')).to.equal(undefined);
    checkpoint = '9';
    expect(facts.current('a')).to.equal(undefined);
  });

  it('takes the checkpoint a writer found instead of reading it again, when given one', () => {
    let reads = 0;
    facts = new AppliedFacts(() => {
      reads += 1;
      return '9';
    });
    facts.note([applied('7', doc('a', 1))], '7');
    expect(facts.current('a', '7')).to.deep.equal(doc('a', 1));
    expect(facts.current('a', '8')).to.equal(undefined);
    expect(reads).to.equal(0);
  });

  it('forgets the documents of a batch when the next one is noted', () => {
    checkpoint = '8';
    facts.note([applied('7', doc('a', 1))], '7');
    facts.note([], '8');
    expect(facts.current('a')).to.equal(undefined);
  });
});
