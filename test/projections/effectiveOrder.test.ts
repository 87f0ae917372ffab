import { expect } from 'chai';
import { execute } from '../../src/commands/execute.ts';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import type { RelationData } from '../../src/facts/events.ts';
import { readTimeline, type TimelineQuery } from '../../projections/queries/timelineQuery.ts';
import { openDemoChronicle, openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const REPORT = 'state-dept-report-to-sedena'; // ?2022-04-22
const DHS = 'dhs-ia-report-via-us-embassy'; // ?2022-04-22, the same day as the report
const HACK = 'guacamaya-hacks-sedena'; // ../2022-10, after the DHS report
const INSTALLS = 'mexico-installs-nuctech-equipment'; // ../2022-10, no relation

describe('timelines sort on the effective bounds (the stated ones narrowed by the relations)', () => {
  describe('on the demo story', () => {
    let f: ChronicleFixture;
    before(async () => {
      f = await openDemoChronicle();
    });
    after(async () => f.close());
    const ids = (query: TimelineQuery) => readTimeline(f.chronicle.readModels(), query).entries.map((e) => e.factId);

    it('puts the Guacamaya hack (by October 2022, after the 22 April report) after 22 April, in every timeline', () => {
      for (const query of [
        { kind: 'all' },
        { kind: 'actor', id: 'sedena' },
        { kind: 'actor', id: 'guacamaya' },
      ] as const) {
        const order = ids(query);
        expect(order.indexOf(HACK), JSON.stringify(query)).to.be.greaterThan(order.indexOf(DHS));
        if (order.includes(REPORT)) expect(order.indexOf(HACK)).to.be.greaterThan(order.indexOf(REPORT));
      }
    });

    it('orders the whole story: known days first, an open start at its latest day, finer precision first', () => {
      expect(ids({ kind: 'all' })).to.deep.equal([
        REPORT, // 22 April 2022
        DHS, // 22 April 2022, recorded after the report
        HACK, // 22 April – 31 October 2022 given its relations
        'mcci-obtains-sedena-documents', // the same, after the hack: the same span, recorded later
        'mexico-plans-chinese-equipment', // by 2 May 2022 (before the letter): stands on 2 May
        'salazar-letter-to-ebrard', // 2 May 2022: the same day, recorded later
        'mcci-investigation-republished', // October 2022
        INSTALLS, // by October 2022, no relation: stands at the end of October
      ]);
    });

    it('gives the effective bounds beside the stated ones, only where the relations narrow them', () => {
      const entries = readTimeline(f.chronicle.readModels(), { kind: 'all' }).entries;
      const hack = entries.find((e) => e.factId === HACK)!;
      expect(hack.when).to.include({ edtf: '../2022-10', earliest: null, latest: '2022-10-31' });
      expect(hack.when.effective).to.deep.equal({ earliest: '2022-04-22', latest: '2022-10-31' });
      expect(entries.find((e) => e.factId === INSTALLS)!.when).to.not.have.property('effective');
      expect(entries.find((e) => e.factId === REPORT)!.when).to.not.have.property('effective');
    });

    it('keeps in a date window what the effective bounds overlap, an unnarrowed open start in any window before it', () => {
      const before2021 = ids({ kind: 'all', to: '2021' });
      expect(before2021).to.include(INSTALLS); // by October 2022: may be in 2021
      expect(before2021).to.not.include(HACK); // on or after 22 April 2022, given its relations
      expect(ids({ kind: 'all', from: '2022-11' })).to.deep.equal([]);
    });
  });

  describe('when relations, dates and retractions change', () => {
    let f: ChronicleFixture;
    beforeEach(async () => {
      f = await openTestChronicle();
      await run('actor', 'desk', {
        type: 'RegisterActor',
        data: { actorId: 'desk', name: 'Desk', kind: 'organization', aliases: [], notes: null },
      });
      await record('early', '2022-03-01');
      await record('hack', '../2022-10');
      await record('leak', '2022-06-01');
      await record('late', '2022-09-15');
      await f.chronicle.runner.catchUp();
    });
    afterEach(async () => f.close());

    async function run<K extends 'fact' | 'actor'>(kind: K, id: string, command: CommandOf<K>): Promise<void> {
      await execute(f.chronicle.write, kind, id, command, { metadata: { recordedBy: 'ana', reason: 'test' } });
    }
    const fact = (command: CommandOf<'fact'>) => run('fact', (command.data as { factId: string }).factId, command);
    const record = (factId: string, when: string, relations: RelationData[] = []) =>
      fact({
        type: 'RecordFact',
        data: {
          factId,
          summary: factId,
          when,
          place: null,
          notes: null,
          actors: [{ id: 'desk', role: null }],
          topics: [],
          citations: [],
          relations,
        },
      });
    const relate = (factId: string, kind: RelationData['kind'], target: string, offset: string | null = null) =>
      fact({ type: 'AssertRelation', data: { factId, relation: { kind, target, offset } } });
    const head = async () => (await f.chronicle.store.headPosition())!;
    const order = async (query: Omit<TimelineQuery, 'kind'> = {}) => {
      await f.chronicle.runner.catchUp();
      const rm = f.chronicle.readModels();
      const all = readTimeline(rm, { kind: 'all', ...query }).entries.map((e) => e.factId);
      // The same order in the actor's timeline: every timeline the facts appear in moves with them.
      expect(readTimeline(rm, { kind: 'actor', id: 'desk', ...query }).entries.map((e) => e.factId)).to.deep.equal(all);
      return all;
    };

    it('moves a fact when a relation of another fact narrows it, and back when that fact is retracted', async () => {
      expect(await order()).to.deep.equal(['early', 'leak', 'late', 'hack']); // by October: at its end
      const alone = await head();
      await relate('leak', 'before', 'hack'); // the hack is on or after 1 June
      expect(await order()).to.deep.equal(['early', 'leak', 'hack', 'late']);
      const related = await head();
      await fact({ type: 'RetractFact', data: { factId: 'leak' } });
      expect(await order()).to.deep.equal(['early', 'late', 'hack']);
      await fact({ type: 'ReinstateFact', data: { factId: 'leak' } });
      expect(await order()).to.deep.equal(['early', 'leak', 'hack', 'late']);

      // As known then: each page sorts as the timeline sorted at that point.
      expect(await order({ asOf: alone })).to.deep.equal(['early', 'leak', 'late', 'hack']);
      expect(await order({ asOf: related })).to.deep.equal(['early', 'leak', 'hack', 'late']);
    });

    it('moves the facts of a component when a date in it is revised, and when a relation is withdrawn', async () => {
      await relate('hack', 'after', 'leak', 'P10D'); // exactly 11 June 2022
      expect(await order()).to.deep.equal(['early', 'leak', 'hack', 'late']);
      await fact({ type: 'ReviseFactDate', data: { factId: 'leak', when: '2022-02-01' } });
      expect(await order()).to.deep.equal(['leak', 'hack', 'early', 'late']); // 1 and 11 February
      await fact({ type: 'WithdrawRelation', data: { factId: 'hack', kind: 'after', target: 'leak' } });
      expect(await order()).to.deep.equal(['leak', 'early', 'late', 'hack']);
    });

    it('keeps the stated bounds within a contradictory component', async () => {
      await relate('hack', 'after', 'leak'); // on or after 1 June
      expect(await order()).to.deep.equal(['early', 'leak', 'hack', 'late']);
      await relate('hack', 'before', 'early'); // and on or before 1 March: cannot hold with the other
      expect(await order()).to.deep.equal(['early', 'leak', 'late', 'hack']);
      const entry = readTimeline(f.chronicle.readModels(), { kind: 'all' }).entries.find((e) => e.factId === 'hack')!;
      expect(entry.findings.map((x) => x.code)).to.include('relations-inconsistent');
      expect(entry.when).to.not.have.property('effective');
    });

    it('narrows a fact recorded after the fact relating to it (a dangling relation that comes to hold)', async () => {
      await record('report', '2022-08-01', [{ kind: 'before', target: 'dump', offset: null }]);
      await record('dump', '../2022-12');
      expect(await order()).to.deep.equal(['early', 'leak', 'report', 'dump', 'late', 'hack']);
    });

    it('pages through the narrowed order with cursors that stay correct as facts move', async () => {
      await relate('leak', 'before', 'hack');
      const first = readTimeline(f.chronicle.readModels(), { kind: 'all', limit: 2 });
      expect(first.entries.map((e) => e.factId)).to.deep.equal(['early', 'leak']);
      // A fact moves into the part already read: the next page goes on after the cursor's key.
      await record('spring', '2022-04-01');
      await f.chronicle.runner.catchUp();
      const next = readTimeline(f.chronicle.readModels(), { kind: 'all', limit: 2, cursor: first.nextCursor! });
      expect(next.entries.map((e) => e.factId)).to.deep.equal(['hack', 'late']);
      expect(next.nextCursor).to.equal(null);
    });
  });
});
