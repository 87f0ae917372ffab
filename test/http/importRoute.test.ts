import { expect } from 'chai';
import { demoDossier } from '../support/demoDossier.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const REPORT = 'state-dept-report-to-sedena';
const LETTER = 'salazar-letter-to-ebrard';

describe('POST /api/import, re-importing a dossier', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  const factOf = (dossier: any, id: string) => dossier.facts.find((x: { id: string }) => x.id === id);
  const itemOf = (report: any, id: string) =>
    report.items.find((i: { id: string; section: string }) => i.id === id && i.section === 'facts');
  const dateOf = async (id: string) => (await f.request('GET', `/api/facts/${id}`)).json.when.edtf;
  const head = async () => (await f.chronicle.store.headPosition()) ?? null;
  /** The demo with the report's date and the letter's changed in the file, the report's revised over HTTP. */
  async function bothChanged(): Promise<unknown> {
    const revised = await f.request('POST', `/api/facts/${REPORT}/date`, {
      body: { when: '2022-04-21', reason: 'the cable is dated the 21st' },
    });
    expect(revised.status).to.equal(200);
    const changed = demoDossier();
    factOf(changed, REPORT).when = '2022-04-20';
    factOf(changed, LETTER).when = '2022-05-03';
    return changed;
  }

  it('keeps a date revised over HTTP when the unchanged file comes again', async () => {
    await f.request('POST', `/api/facts/${REPORT}/date`, {
      body: { when: '2022-04-21', reason: 'the cable is dated the 21st' },
    });
    const r = await f.request('POST', '/api/import', { body: demoDossier() });
    expect(r.status).to.equal(200);
    expect(itemOf(r.json, REPORT)).to.deep.include({ outcome: 'kept', events: 0 });
    expect(await dateOf(REPORT)).to.equal('2022-04-21');
  });

  it('reports a conflict with both versions and writes nothing of it', async () => {
    const r = await f.request('POST', '/api/import', { body: await bothChanged() });
    expect(r.status).to.equal(200);
    expect(itemOf(r.json, REPORT)).to.deep.include({
      outcome: 'conflict',
      conflict: { resolution: null, fields: [{ field: 'when', file: '2022-04-20', store: '2022-04-21' }] },
    });
    expect(await dateOf(REPORT)).to.equal('2022-04-21');
    expect(await dateOf(LETTER)).to.equal('2022-05-03');
  });

  it('settles the conflict with ?prefer=file', async () => {
    const r = await f.request('POST', '/api/import?prefer=file', { body: await bothChanged() });
    expect(r.status).to.equal(200);
    expect(r.json.prefer).to.equal('file');
    expect(itemOf(r.json, REPORT)).to.deep.include({ outcome: 'updated', events: 1 });
    expect(await dateOf(REPORT)).to.equal('2022-04-20');
  });

  it('writes nothing with ?dryRun=true and answers the same report, with the events it would append', async () => {
    const changed = await bothChanged();
    const before = await head();
    const dry = await f.request('POST', '/api/import?dryRun=true', { body: changed });
    expect(dry.status).to.equal(200);
    expect(await head()).to.equal(before);
    expect(await dateOf(LETTER)).to.equal('?2022-05-02');
    expect(dry.json).to.deep.include({ dryRun: true, appended: 0, recorded: 0 });
    expect(itemOf(dry.json, LETTER)).to.deep.include({
      outcome: 'updated',
      events: 1,
      planned: [{ type: 'FactDateRevised', data: { factId: LETTER, when: '2022-05-03', previousWhen: '?2022-05-02' } }],
    });
    expect(itemOf(dry.json, REPORT)).to.deep.include({ outcome: 'conflict' });

    const real = await f.request('POST', '/api/import', { body: changed });
    const strip = (items: { planned?: unknown }[]) => items.map(({ planned: _planned, ...item }) => item);
    expect(strip(real.json.items)).to.deep.equal(strip(dry.json.items));
  });

  it('refuses a prefer or dryRun it does not know, naming the parameter', async () => {
    for (const [query, param] of [
      ['prefer=mine', 'query.prefer'],
      ['dryRun=yes', 'query.dryRun'],
    ] as const) {
      const r = await f.request('POST', `/api/import?${query}`, { body: demoDossier() });
      expect(r.status, query).to.equal(400);
      expect(r.json.issues[0].path, query).to.equal(param);
    }
  });
});
