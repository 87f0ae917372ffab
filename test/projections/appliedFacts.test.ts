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

  it("gives the batch's document to a reader as of the batch's own commit, even once the checkpoint moved on", () => {
    const written = { position: '7', writeToken: 't7', namesToken: 'n' };
    checkpoint = '9';
    facts.note([applied('7', doc('a', 1))], '7', written);
    expect(facts.current('a', written)).to.deep.equal(doc('a', 1));
    expect(facts.current('a', { ...written })).to.equal(undefined);
    expect(facts.current('a')).to.equal(undefined);
    expect(facts.current('b', written)).to.equal(undefined);
  });

  it('forgets the documents of a batch when the next one is noted', () => {
    checkpoint = '8';
    facts.note([applied('7', doc('a', 1))], '7');
    facts.note([], '8');
    expect(facts.current('a')).to.equal(undefined);
  });
});
