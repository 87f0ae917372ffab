import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { readFactHistory } from '../../projections/queries/factQuery.ts';
import { exportDossier } from '../../src/exports/dossierExport.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import type { EventStore } from '../../src/store/port.ts';

describe('importing a dossier', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  const load = async (dossier: unknown) => {
    const report = await importDossier(f.chronicle.write, dossier, { metadata });
    await f.chronicle.runner.catchUp();
    return report;
  };
  const eventCount = async () => (await f.chronicle.store.readAll({ maxCount: 100_000 })).length;

  it('imports the demo dossier whole', async () => {
    const dossier = demoDossier();
    const report = await load(dossier);
    expect(report.rejected).to.deep.equal([]);
    expect(report.facts.created).to.equal(dossier.facts.length);
    expect(report.actors.created).to.equal(dossier.actors.length);
    expect(report.appended).to.equal(await eventCount());
  });

  it('appends nothing when the same dossier is imported twice', async () => {
    await load(demoDossier());
    const before = await eventCount();
    const again = await load(demoDossier());
    expect(again.appended).to.equal(0);
    expect(again.facts.unchanged).to.equal(demoDossier().facts.length);
    expect(await eventCount()).to.equal(before);
  });

  it('appends exactly the revision events of a changed fact, with the import reason', async () => {
    await load(demoDossier());
    const changed = demoDossier();
    const alert = changed.facts.find((x: { id: string }) => x.id === 'state-dept-report-to-sedena');
    alert.when = '?2022-04-21';
    const report = await load(changed);
    expect(report.appended).to.equal(1);
    expect(report.facts.updated).to.equal(1);
    const history = await readFactHistory(f.chronicle.readModels(), f.chronicle.store, 'state-dept-report-to-sedena');
    expect(history.at(-1)).to.deep.include({
      type: 'FactDateRevised',
      recordedBy: 'test-editor',
      reason: 'test import',
    });
    expect(history.at(-1)?.data).to.deep.equal({
      factId: 'state-dept-report-to-sedena',
      when: '?2022-04-21',
      previousWhen: '?2022-04-22',
    });
  });

  it('reports an invalid item with its path and reason, writes nothing of it, and imports the rest', async () => {
    const dossier = demoDossier();
    dossier.facts[1].when = '2022-02-30';
    dossier.facts[2].actors.push({ id: 'nobody-at-all', role: null });
    const report = await load(dossier);
    expect(report.rejected.map((r) => r.path)).to.deep.equal(['facts[1]', 'facts[2]']);
    expect(report.rejected[0]?.issues[0]?.path).to.equal('facts[1].when');
    expect(report.rejected[0]?.issues[0]?.message).to.match(/2022-02-30/);
    expect(report.rejected[1]?.issues[0]).to.deep.equal({
      path: `facts[2].actors[${dossier.facts[2].actors.length - 1}].id`,
      message: 'no actor nobody-at-all is registered',
    });
    expect(report.facts.created).to.equal(dossier.facts.length - 2);
    expect(await f.chronicle.store.readStream(`fact-${dossier.facts[1].id}`)).to.deep.equal([]);
    expect(await f.chronicle.store.readStream(`fact-${dossier.facts[2].id}`)).to.deep.equal([]);
  });

  it('refuses unknown keys, wrong types and ids given twice, item by item', async () => {
    const report = await load({
      sources: [{ id: 'a', title: 'A', reliability: 'Z' }],
      actors: [
        { id: 'x', name: 'X', kind: 'person' },
        { id: 'x', name: 'X again', kind: 'person' },
        { id: 'y', name: 'Y', kind: 'person', nickname: 'Y' },
      ],
      topics: [{ id: 'Bad Id', label: 'T' }],
      facts: [{ id: 'f', summary: 42, when: '2022' }],
    });
    expect(report.rejected.map((r) => r.issues[0]?.path)).to.deep.equal([
      'sources[0].reliability',
      'actors[1].id',
      'actors[2]',
      'topics[0].id',
      'facts[0].summary',
    ]);
    expect(report.rejected[2]?.issues[0]?.message).to.match(/nickname/);
    expect(report.actors.created).to.equal(1);
  });

  it('checks each fact when its batch is written, in the batches a check of every fact first would make', async () => {
    const store = f.chronicle.write.store;
    const batches: string[][] = [];
    const deps = {
      ...f.chronicle.write,
      store: {
        ...store,
        appendBatch: (requests: Parameters<EventStore['appendBatch']>[0]) => {
          batches.push(requests.map((r) => r.stream));
          return store.appendBatch(requests);
        },
      } as EventStore,
    };
    /** The number of batches written when each fact's summary was first read. */
    const readAfter = new Map<string, number>();
    const fact = (id: string, summary: unknown) =>
      Object.defineProperties({ id, when: '2022' } as Record<string, unknown>, {
        summary: {
          enumerable: true,
          get: () => {
            if (!readAfter.has(id)) readAfter.set(id, batches.length);
            return summary;
          },
        },
      });
    const facts = [fact('a', 'A'), fact('b', 'B'), fact('bad', 42), fact('a', 'A again'), fact('c', 'C')];
    const report = await importDossier(
      deps,
      { facts: [...facts, fact('d', 'D'), fact('e', 'E')] },
      { metadata, batchSize: 2 },
    );
    expect(batches).to.deep.equal([['fact-a', 'fact-b'], ['fact-c', 'fact-d'], ['fact-e']]);
    expect([...readAfter]).to.deep.equal([
      ['a', 0],
      ['b', 0],
      ['bad', 1],
      ['c', 1],
      ['d', 1],
      ['e', 2],
    ]);
    expect(report.rejected.map((r) => [r.path, r.issues[0]?.message])).to.deep.equal([
      ['facts[2]', report.rejected[0]?.issues[0]?.message],
      ['facts[3]', 'a is already given at facts[0]'],
    ]);
    expect(report.rejected[0]?.issues[0]?.path).to.equal('facts[2].summary');
  });

  it('refuses a dossier that is not an object of lists as a whole', async () => {
    try {
      await load({ facts: 'none' });
      expect.fail('expected a ValidationError');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).to.equal('facts');
    }
  });

  it('shows a merged actor’s facts in the surviving actor’s timeline under the surviving name', async () => {
    await load({
      actors: [
        { id: 'sedena', name: 'Secretariat of National Defense', kind: 'government-body' },
        { id: 'defensa', name: 'Defensa', kind: 'government-body', mergedInto: 'sedena' },
      ],
      facts: [
        { id: 'a', summary: 'A', when: '2022-04-22', actors: [{ id: 'defensa', role: 'recipient' }] },
        { id: 'b', summary: 'B', when: '2022-04-20', actors: [{ id: 'sedena', role: 'sender' }] },
      ],
    });
    const timeline = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' });
    expect(timeline.entries.map((e) => e.factId)).to.deep.equal(['b', 'a']);
    expect(timeline.entries[1]?.actors).to.deep.equal([
      { id: 'sedena', name: 'Secretariat of National Defense', role: 'recipient' },
    ]);
    const viaMerged = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'defensa' });
    expect(viaMerged.timeline).to.deep.equal({ kind: 'actor', id: 'sedena', name: 'Secretariat of National Defense' });
  });

  it('shows an actor’s new name in its timeline after a rename', async () => {
    const actors = [{ id: 'sedena', name: 'Sedena', kind: 'government-body' }];
    const facts = [{ id: 'a', summary: 'A', when: '2022-04-22', actors: [{ id: 'sedena', role: null }] }];
    await load({ actors, facts });
    await load({ actors: [{ ...actors[0], name: 'Secretariat of National Defense' }], facts });
    const timeline = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' });
    expect(timeline.timeline.name).to.equal('Secretariat of National Defense');
    expect(timeline.entries[0]?.actors[0]?.name).to.equal('Secretariat of National Defense');
  });
  it('takes relation offsets in months and years, about, between, at most and at least, and refuses inverted ranges', async () => {
    const report = await load({
      facts: [
        { id: 'crash', summary: 'Crash', when: '2018-10-29' },
        {
          id: 'grounding',
          summary: 'Grounding',
          when: '2019-03-13',
          relations: [{ type: 'after', fact: 'crash', offset: '../P5M' }],
        },
        {
          id: 'report',
          summary: 'Report',
          when: '2021',
          relations: [{ type: 'after', fact: 'crash', offset: 'P3Y~' }],
        },
        {
          id: 'hearing',
          summary: 'Hearing',
          when: '2019',
          relations: [{ type: 'after', fact: 'crash', offset: 'P5M/P4M' }],
        },
      ],
    });
    expect(report.facts.created).to.equal(3);
    expect(report.rejected.map((r) => r.issues[0])).to.deep.equal([
      {
        path: 'facts[3].relations[0].offset',
        message: 'P5M/P4M is not a valid range: its lower end, 5 months, is longer than its upper end, 4 months',
      },
    ]);
    const timeline = readTimeline(f.chronicle.readModels(), { kind: 'all' });
    const grounding = timeline.entries.find((e) => e.factId === 'grounding');
    expect(grounding?.relations).to.deep.equal([{ kind: 'after', fact: 'crash', offset: '../P5M' }]);
    expect(grounding?.findings.filter((x) => x.severity === 'error')).to.deep.equal([]);
  });
  it('projects and orders the far years, sets, quarters and season ends that dates now accept', async () => {
    const dates = ['Y9999999', 'Y-9999999', '[2019,2021]', '2019-34', '2022-21/..', '../2022-36', '156X-12-25', '1XXX'];
    const report = await load({ facts: dates.map((when, i) => ({ id: `d${i}`, summary: when, when })) });
    expect(report.rejected).to.deep.equal([]);
    const timeline = readTimeline(f.chronicle.readModels(), { kind: 'all' });
    // Where an open start sorts is the ordering rule's business, not this test's.
    const order = timeline.entries.map((e) => e.when.edtf);
    expect(order).to.include('../2022-36');
    expect(order.filter((edtf) => edtf !== '../2022-36')).to.deep.equal([
      'Y-9999999',
      '1XXX',
      '156X-12-25',
      '[2019,2021]',
      '2019-34',
      '2022-21/..',
      'Y9999999',
    ]);
    const rejected = await load({ facts: [{ id: 'far', summary: 'Far', when: 'Y99999999999999999' }] });
    expect(rejected.rejected[0]?.issues[0]?.message).to.match(/years are limited to ±9,999,999/);
  });
  it('keeps a source’s locale, reads its numeric dates by it, and refuses one that is not a language tag', async () => {
    const fact = (id: string, source: string) => ({
      id,
      summary: id,
      when: '2019-03-13',
      citations: [{ source, statedDate: '13/3/2019' }],
    });
    const report = await load({
      sources: [
        { id: 'mx', title: 'Diario', locale: 'es-MX' },
        { id: 'us', title: 'Daily', locale: 'en-US' },
        { id: 'bad', title: 'Bad', locale: 'Spanish (Mexico)' },
      ],
      facts: [fact('read-in-mx', 'mx'), fact('read-in-us', 'us')],
    });
    expect(report.rejected.map((r) => r.issues[0])).to.deep.equal([
      { path: 'sources[2].locale', message: 'must be a BCP 47 language tag such as en-US or es-MX' },
    ]);
    const entries = readTimeline(f.chronicle.readModels(), { kind: 'all' }).entries;
    const codes = (id: string) => entries.find((e) => e.factId === id)?.findings.map((x) => x.code);
    expect(codes('read-in-mx')).to.deep.equal([]);
    expect(codes('read-in-us')).to.deep.equal(['stated-date-unread']);
    const exported = exportDossier(f.chronicle.readModels());
    expect(exported.sources.map((x) => [x.id, x.locale])).to.deep.equal([
      ['mx', 'es-MX'],
      ['us', 'en-US'],
    ]);
  });

  describe('the stream reads it makes', () => {
    /** The chronicle's write deps, with every stream read noted. */
    const counting = () => {
      const reads: string[] = [];
      const store = f.chronicle.write.store;
      const counted: EventStore = {
        ...store,
        readStream: (stream, options) => {
          reads.push(stream);
          return store.readStream(stream, options);
        },
      };
      return { deps: { ...f.chronicle.write, store: counted }, reads };
    };

    it('reads no item stream on a first import: one look-up per batch finds them all empty', async () => {
      const { deps, reads } = counting();
      const report = await importDossier(deps, demoDossier(), { metadata });
      expect(report.rejected).to.deep.equal([]);
      // The one item stream read: a parent topic asked for before its round (it may be in the store).
      expect(reads).to.deep.equal(['dossier-main', 'dossier-imports', 'topic-chinese-security-equipment']);
    });

    it('reads each item stream that holds events on a re-import, and decides on what it holds', async () => {
      await load(demoDossier());
      const { deps, reads } = counting();
      const dossier = demoDossier();
      dossier.facts[0].when = '2022-04-01';
      const report = await importDossier(deps, dossier, { metadata });
      expect(report.facts).to.deep.include({ updated: 1, unchanged: dossier.facts.length - 1 });
      const items = dossier.sources.length + dossier.actors.length + dossier.topics.length + dossier.facts.length;
      expect(reads).to.have.length(2 + items + 1);
    });
  });
});
