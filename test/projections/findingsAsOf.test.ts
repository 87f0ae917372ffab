import { expect } from 'chai';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import type { RelationData } from '../../src/facts/events.ts';
import { NameResolver } from '../../projections/queries/entries.ts';
import { findingsAsOf, recheckFindingsAsOf, storedFindingsAsOf } from '../../projections/queries/findingsAsOf.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { ReadCache } from '../../projections/readCache.ts';
import { aFact } from '../support/builders.ts';
import { eachDemoChronicle, executeFact } from '../support/chronicleFixture.ts';

/** The demo's alert and the letter that relates to it. */
const [alert, letter] = ['state-dept-report-to-sedena', 'salazar-letter-to-ebrard'];

describe('findings as of a past event', () => {
  const demo = eachDemoChronicle();
  const fact = (command: CommandOf<'fact'>) => executeFact(demo(), command);
  const record = (factId: string, when: string) =>
    fact({ type: 'RecordFact', data: aFact({ factId, summary: factId, when }) });
  const relate = (factId: string, kind: RelationData['kind'], target: string) =>
    fact({ type: 'AssertRelation', data: { factId, relation: { kind, target, offset: null } } });
  const seqNow = () => demo().chronicle.readModels().checkpoint().seq;
  const positions = new Map<number, string>();
  const step = () => {
    const { seq, position } = demo().chronicle.readModels().checkpoint();
    positions.set(seq, position!);
    return seq;
  };

  /**
   * A history where a component changes every way a stored finding can stop being the one of an
   * earlier moment: a member revised, a fact pointing at a member withdrawing its relation, the
   * target of a member's relation retracted. Returns the seqs between the steps.
   */
  const history = async (): Promise<number[]> => {
    const seqs = [step()];
    await record('early', '2022-01-10');
    await record('late', '2022-03-10');
    await record('target', '2022-06-01');
    await record('pointer', '2022-05-01');
    seqs.push(step());
    // 'late' after 'early' holds; 'early' after 'late' does not: a violated relation, seen from 'late' only by the relation pointing at it.
    await relate('early', 'after', 'late');
    // 'pointer' after 'target' does not hold either: then 'target' is retracted.
    await relate('pointer', 'after', 'target');
    seqs.push(step());
    await fact({ type: 'WithdrawRelation', data: { factId: 'early', kind: 'after', target: 'late' } });
    seqs.push(step());
    await fact({ type: 'RetractFact', data: { factId: 'target' } });
    seqs.push(step());
    await fact({ type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } });
    await fact({ type: 'ReviseFactDate', data: { factId: letter, when: '2022-05-02' } });
    seqs.push(step());
    return seqs;
  };

  const existingAt = (seq: number) =>
    demo()
      .chronicle.readModels()
      .facts.all()
      .map((d) => d.factId)
      .filter((id) => demo().chronicle.readModels().facts.at(id, seq) !== null)
      .sort();

  it('are, at every event of a history, the findings a re-check of that moment gives', async () => {
    await history();
    const rm = demo().chronicle.readModels();
    for (let seq = 1; seq <= seqNow(); seq++) {
      const ids = existingAt(seq);
      const rechecked = recheckFindingsAsOf(rm, ids, seq);
      const read = findingsAsOf(rm, ids, seq);
      for (const id of ids) {
        const expected = JSON.stringify(rechecked.get(id) ?? []);
        expect(JSON.stringify(read.get(id) ?? []), `${id} at ${seq}`).to.equal(expected);
        // Alone, where no other fact's re-check can fill its findings in.
        expect(JSON.stringify(findingsAsOf(rm, [id], seq).get(id) ?? []), `${id} alone at ${seq}`).to.equal(expected);
      }
    }
  });

  it('read the stored findings of facts whose component has not changed since, and re-check the others', async () => {
    const [, recorded, related, withdrawn, retracted] = await history();
    const rm = demo().chronicle.readModels();
    const stored = (seq: number, ids: string[]) => [...storedFindingsAsOf(rm, ids, seq).keys()].sort();
    // Recorded then, unchanged since, alone then and now.
    expect(stored(recorded!, ['late'])).to.deep.equal(['late']);
    // 'early' changed since; 'late' did not, but 'early' pointed at it then.
    expect(stored(related!, ['early', 'late'])).to.deep.equal([]);
    expect(stored(withdrawn!, ['early', 'late'])).to.deep.equal(['early', 'late']);
    // 'pointer' did not change, but the fact it points at was retracted since.
    expect(stored(related!, ['pointer'])).to.deep.equal([]);
    expect(stored(retracted!, ['pointer', 'target'])).to.deep.equal(['pointer']);
    // The demo's alert and letter were revised since; facts of other components were not.
    const others = existingAt(retracted!).filter((id) => ![alert, letter, 'early', 'pointer', 'target'].includes(id));
    expect(stored(retracted!, [alert, letter])).to.deep.equal([]);
    expect(stored(retracted!, others)).to.have.length.greaterThan(0);
  });

  it('give every as-of page the bytes of one built with every component re-checked', async () => {
    const seqs = await history();
    const rm = demo().chronicle.readModels();
    for (const seq of seqs.slice(1)) {
      const page = readTimeline(rm, { kind: 'all', asOf: positions.get(seq)!, includeRetracted: true });
      const docs = rm.facts.manyAt(
        page.entries.map((e) => e.factId),
        seq,
      );
      // A cache of no capacity: a scope of this query alone, nothing taken from the pages above.
      const names = new NameResolver(rm, new ReadCache(String, () => false, 0).scope());
      const rechecked = recheckFindingsAsOf(rm, [...docs.keys()], seq);
      const built = page.entries.map((e) => names.entryOf(docs.get(e.factId)!, rechecked.get(e.factId) ?? []));
      expect(JSON.stringify(page.entries), `as of ${seq}`).to.equal(JSON.stringify(built));
    }
  });
});
