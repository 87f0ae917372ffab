import { expect } from 'chai';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { readFindings } from '../../projections/queries/findingsQuery.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { executeFact, openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';

const alert = 'state-dept-report-to-sedena';
const letter = 'salazar-letter-to-ebrard';

describe('the findings read model', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openDemoChronicle();
  });
  afterEach(async () => f.close());

  const fact = (command: CommandOf<'fact'>) => executeFact(f, command);
  const all = () => readFindings(f.chronicle.readModels(), { kind: 'all' });
  const codes = (factId: string) =>
    all()
      .findings.filter((x) => x.facts.includes(factId))
      .map((x) => `${x.severity}:${x.code}`);

  it('finds no error in the demo story: the letter ten days after the alert holds', () => {
    expect(all().counts.error).to.equal(0);
    expect(codes(letter).filter((c) => c.endsWith('relation-violated'))).to.deep.equal([]);
  });

  it('narrows an open date from its relations', () => {
    const narrowed = all().findings.find((x) => x.code === 'date-narrowed' && x.facts[0] === 'guacamaya-hacks-sedena');
    expect(narrowed?.implied).to.deep.equal({ earliest: '2022-04-22', latest: '2022-10-31' });
  });

  it('reports a violated relation once the dates are revised, as an error when both are certain', async () => {
    await fact({ type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } });
    await fact({ type: 'ReviseFactDate', data: { factId: letter, when: '2022-05-02' } });
    const violated = all().findings.filter((x) => x.code === 'relation-violated' && x.severity === 'error');
    expect(violated).to.have.length(1);
    expect(violated[0]).to.deep.include({ severity: 'error', facts: [letter, alert] });
    expect(violated[0]?.message).to.match(/11 days apart/);
    expect(all().counts.error).to.equal(1);
    // the DHS version is asserted same-day and still dated ?2022-04-22: a warning, its date being uncertain
    expect(codes('dhs-ia-report-via-us-embassy')).to.include('warning:relation-violated');
    expect(codes(alert)).to.include('warning:sources-disagree');
  });

  it('downgrades it to a warning while a date is uncertain', async () => {
    await fact({ type: 'ReviseFactDate', data: { factId: alert, when: '?2022-04-21' } });
    expect(codes(letter)).to.include('warning:relation-violated');
  });

  it('attaches findings to the entries of every timeline that shows the facts', async () => {
    await fact({ type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } });
    await fact({ type: 'ReviseFactDate', data: { factId: letter, when: '2022-05-02' } });
    const entries = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' }).entries;
    for (const id of [alert, letter]) {
      expect(
        entries.find((e) => e.factId === id)?.findings.map((x) => x.code),
        id,
      ).to.include('relation-violated');
    }
    expect(readFindings(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' }).counts.error).to.equal(1);
  });

  it('shows the findings as they were in an as-of timeline', async () => {
    const before = await f.chronicle.store.headPosition();
    await fact({ type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } });
    await fact({ type: 'ReviseFactDate', data: { factId: letter, when: '2022-05-02' } });
    const then = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena', asOf: before! });
    expect(then.entries.find((e) => e.factId === letter)?.findings.map((x) => x.code)).to.not.include(
      'relation-violated',
    );
  });

  it('re-checks a relating fact when its dangling target is recorded, and again when the target is retracted', async () => {
    await fact({
      type: 'RecordFact',
      data: {
        factId: 'a',
        summary: 'A',
        when: '2022-06-10',
        place: null,
        notes: null,
        actors: [],
        topics: [],
        citations: [],
        relations: [{ kind: 'after', target: 'b', offset: 'P5D' }],
      },
    });
    expect(codes('a')).to.include('warning:dangling-relation');
    await fact({
      type: 'RecordFact',
      data: {
        factId: 'b',
        summary: 'B',
        when: '2022-06-01',
        place: null,
        notes: null,
        actors: [],
        topics: [],
        citations: [],
        relations: [],
      },
    });
    expect(codes('a')).to.not.include('warning:dangling-relation');
    expect(codes('a')).to.include('error:relation-violated');
    await fact({ type: 'RetractFact', data: { factId: 'b' } });
    expect(codes('a')).to.deep.equal(['warning:dangling-relation']);
  });

  it('re-checks the facts citing a source when its publication date changes', async () => {
    const source = demoDossier().sources.find((s: { id: string }) => s.id === 'yucatan-times-nuctech');
    await importDossier(f.chronicle.write, { sources: [{ ...source, publishedOn: '2022-03' }] }, { metadata });
    await f.chronicle.runner.catchUp();
    expect(codes(letter)).to.include('warning:after-publication');
  });
});
