import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { execute } from '../../src/commands/execute.ts';
import { openChronicle } from '../../src/main.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { readFact } from '../../projections/queries/factQuery.ts';
import { applyEvents, type AppliedEvent } from '../../projections/applyEvents.ts';
import { countingIds, openTestChronicle, testClock, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { encodeEvent } from '../../src/events/catalog.ts';

describe('the projection runner', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openTestChronicle();
    await importDossier(f.chronicle.write, demoDossier(), { metadata });
  });
  afterEach(async () => f.close());

  it('catches up in batches and records the checkpoint with the documents', async () => {
    const applied = await f.chronicle.runner.catchUp();
    expect(applied).to.equal((await f.chronicle.store.readAll({ maxCount: 10_000 })).length);
    expect(f.chronicle.readModels().checkpoint()).to.deep.equal({
      position: await f.chronicle.store.headPosition(),
      seq: applied,
    });
  });

  it('resumes from its checkpoint after a restart instead of replaying the log', async () => {
    await f.chronicle.runner.catchUp();
    await f.chronicle.close();
    const reopened = await openChronicle({ storeUrl: f.storeUrl, clock: testClock(), newId: countingIds() });
    try {
      expect(await reopened.runner.catchUp()).to.equal(0);
      expect(readTimeline(reopened.readModels(), { kind: 'actor', id: 'sedena' }).entries).to.have.length.greaterThan(
        0,
      );
    } finally {
      await reopened.close();
    }
    f = { ...f, chronicle: await openChronicle({ storeUrl: f.storeUrl }) };
  });

  it('writes nothing, not even a new write token, when handed only events the read models hold', async () => {
    await f.chronicle.runner.catchUp();
    const rm = f.chronicle.readModels();
    const token = rm.writeToken();
    const events = await f.chronicle.store.readAll({ maxCount: 10_000 });
    const compare = (a: string, b: string) => f.chronicle.store.comparePositions(a, b);
    expect(applyEvents(rm, events.slice(-3), compare)).to.deep.equal([]);
    expect(rm.writeToken()).to.equal(token);
  });

  it('follows live appends once started, and reports what changed', async () => {
    const seen: AppliedEvent[] = [];
    let revised: () => void = () => {};
    const changed = new Promise<void>((resolve) => (revised = resolve));
    const onApplied = (applied: readonly AppliedEvent[]) => {
      seen.push(...applied);
      if (applied.some((a) => a.type === 'FactDateRevised')) revised();
    };
    const reopened = await openChronicle({
      storeUrl: f.storeUrl,
      clock: testClock(),
      newId: countingIds(),
      runner: { onApplied },
    });
    try {
      await reopened.runner.start();
      await execute(
        reopened.write,
        'fact',
        'state-dept-report-to-sedena',
        { type: 'ReviseFactDate', data: { factId: 'state-dept-report-to-sedena', when: '?2022-04-21' } },
        { metadata: { recordedBy: 'ana', reason: 'the report is dated the 21st' } },
      );
      await changed;
      const applied = seen.find((a) => a.type === 'FactDateRevised');
      expect(applied?.factBefore?.when).to.equal('?2022-04-22');
      expect(applied?.factAfter?.when).to.equal('?2022-04-21');
      expect(readFact(reopened.readModels(), 'state-dept-report-to-sedena').when.edtf).to.equal('?2022-04-21');
    } finally {
      await reopened.close();
    }
  });

  it('rebuilds into fresh tables that equal the incremental read models', async () => {
    await f.chronicle.runner.catchUp();
    const rm = () => f.chronicle.readModels();
    const snapshot = () =>
      JSON.stringify([
        readTimeline(rm(), { kind: 'all' }),
        readTimeline(rm(), { kind: 'actor', id: 'sedena' }),
        rm().checkpoint(),
      ]);
    const before = snapshot();
    const replayed = await f.chronicle.runner.rebuild();
    expect(replayed).to.equal(rm().checkpoint().seq);
    expect(snapshot()).to.equal(before);
    const tables = rm()
      .db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rb\\_%' ESCAPE '\\'`)
      .all();
    expect(tables).to.deep.equal([]);
  });

  it('keeps its lookup indexes through repeated rebuilds, under the live names', async () => {
    await f.chronicle.runner.catchUp();
    await f.chronicle.runner.rebuild();
    await f.chronicle.runner.rebuild();
    const indexes = f.chronicle
      .readModels()
      .db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    expect(indexes).to.include.members([
      'rm_relations_target',
      'rm_cites_source',
      'rm_fact_findings_component',
      'rm_timeline_order',
    ]);
    expect(indexes.filter((n) => n.startsWith('rb_'))).to.deep.equal([]);
    const plan = f.chronicle
      .readModels()
      .db.prepare(`EXPLAIN QUERY PLAN SELECT fact_id FROM rm_relations WHERE target = ? AND to_seq IS NULL`)
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).to.match(/USING INDEX rm_relations_target/);
  });

  it('passes over the events of a fact or an actor whose first event the log does not hold', async () => {
    const now = new Date('2022-11-01T09:00:00Z');
    await f.chronicle.store.append('fact-ghost', [
      encodeEvent(
        { type: 'FactDateRevised', data: { factId: 'ghost', when: '2022', previousWhen: '2021' } },
        '00000000-0000-4000-8000-0000000000a1',
        { recordedBy: 'elsewhere' },
        now,
      ),
    ]);
    await f.chronicle.store.append('actor-ghost', [
      encodeEvent(
        { type: 'ActorAliasAdded', data: { actorId: 'ghost', alias: 'Ghost' } },
        '00000000-0000-4000-8000-0000000000a2',
        { recordedBy: 'elsewhere' },
        now,
      ),
    ]);
    const applied = await f.chronicle.runner.catchUp();
    expect(applied).to.equal((await f.chronicle.store.readAll({ maxCount: 10_000 })).length);
    const rm = f.chronicle.readModels();
    expect(rm.fact('ghost')).to.equal(null);
    expect(rm.registryDoc('actors', 'ghost')).to.equal(null);
    expect(readTimeline(rm, { kind: 'all' }).entries.map((e) => e.factId)).not.to.include('ghost');
  });
});
