import { expect } from 'chai';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const letter = 'salazar-letter-to-ebrard';
const alert = 'state-dept-report-to-sedena';

describe('the HTTP API', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  describe('recording a fact', () => {
    const fact = {
      id: 'new-fact',
      summary: 'Sedena received a second warning',
      when: '2022-06',
      actors: [{ id: 'sedena', role: 'recipient' }],
    };

    it('answers 201 with Location, ETag and the fact as recorded', async () => {
      const r = await f.request('POST', '/api/facts', { body: fact });
      expect(r.status).to.equal(201);
      expect(r.headers.get('location')).to.equal('/api/facts/new-fact');
      expect(r.headers.get('etag')).to.equal('"1"');
      expect(r.json).to.deep.include({ factId: 'new-fact', summary: fact.summary, status: 'active', revision: 1 });
      expect(r.json.when).to.deep.include({
        edtf: '2022-06',
        earliest: '2022-06-01',
        latest: '2022-06-30',
        label: 'June 2022',
      });
      expect(r.json.actors).to.deep.equal([
        { id: 'sedena', name: 'Secretariat of National Defense', role: 'recipient' },
      ]);
    });

    it('refuses a whitespace-only place as it refuses a whitespace-only name', async () => {
      const recorded = await f.request('POST', '/api/facts', { body: { ...fact, place: '   ' } });
      expect(recorded.status).to.equal(400);
      expect(recorded.json.issues[0]).to.deep.include({
        path: 'place',
        pointer: '/place',
        message: 'must not be empty',
      });
      const changed = await f.request('POST', '/api/facts/state-dept-report-to-sedena/place', {
        body: { place: '\t \n' },
      });
      expect(changed.status).to.equal(400);
      expect(changed.json.issues[0]).to.deep.include({ pointer: '/place', message: 'must not be empty' });
      const actor = await f.request('POST', '/api/actors', { body: { id: 'blank', name: '   ', kind: 'person' } });
      expect(actor.json.issues[0]).to.deep.include({ pointer: '/name', message: 'must not be empty' });
    });

    it('refuses an invalid date with a problem naming the field', async () => {
      const r = await f.request('POST', '/api/facts', { body: { ...fact, when: '2022-13' } });
      expect(r.status).to.equal(400);
      expect(r.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(r.json).to.deep.include({ type: '/problems/validation', status: 400 });
      expect(r.json.issues[0]).to.deep.include({ path: 'when', pointer: '/when' });
      expect(r.json.issues[0].message).to.match(/2022-13/);
    });

    it('gives every issue of a malformed body with its JSON path', async () => {
      const r = await f.request('POST', '/api/facts', {
        body: { id: 'Bad Id', summary: 7, when: '2022', actors: [{ id: 'x', role: 5 }], extra: 1 },
      });
      expect(r.status).to.equal(400);
      const paths = r.json.issues.map((i: { path: string }) => i.path);
      expect(paths).to.include.members(['id', 'summary', 'actors[0].role']);
      expect(r.json.issues.find((i: { path: string }) => i.path === 'actors[0].role').pointer).to.equal(
        '/actors/0/role',
      );
    });

    it('refuses an actor that is not registered', async () => {
      const r = await f.request('POST', '/api/facts', { body: { ...fact, actors: [{ id: 'nobody', role: null }] } });
      expect(r.status).to.equal(400);
      expect(r.json.issues).to.deep.equal([
        { path: 'actors[0].id', in: 'body', pointer: '/actors/0/id', message: 'no actor nobody is registered' },
      ]);
      expect((await f.request('GET', '/api/facts/new-fact')).status).to.equal(404);
    });

    it('answers 409 for a fact that already exists', async () => {
      await f.request('POST', '/api/facts', { body: fact });
      const r = await f.request('POST', '/api/facts', { body: fact });
      expect(r.status).to.equal(409);
      expect(r.json.type).to.equal('/problems/already-exists');
    });

    it('answers 415 for a body that is not JSON and 413 for one that is too large', async () => {
      const wrongType = await f.request('POST', '/api/facts', {
        raw: 'id=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(wrongType.status).to.equal(415);
      const huge = await f.request('POST', '/api/facts', { body: { ...fact, summary: 'x'.repeat(2 * 1024 * 1024) } });
      expect(huge.status).to.equal(413);
      expect(huge.json.type).to.equal('/problems/too-large');
    });

    it('answers 400 for malformed JSON', async () => {
      const r = await f.request('POST', '/api/facts', {
        raw: '{"id": "x",',
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).to.equal(400);
      expect(r.json.detail).to.match(/not valid JSON/);
    });

    it('returns the first result and appends nothing when a POST is retried with the same Idempotency-Key', async () => {
      const headers = { 'Idempotency-Key': 'retry-1' };
      const first = await f.request('POST', '/api/facts', { body: fact, headers });
      const events = (await f.chronicle.store.readAll({ maxCount: 100_000 })).length;
      const retry = await f.request('POST', '/api/facts', { body: fact, headers });
      expect(retry.status).to.equal(201);
      expect(retry.json).to.deep.equal(first.json);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      expect((await f.chronicle.store.readAll({ maxCount: 100_000 })).length).to.equal(events);
      const reuse = await f.request('POST', '/api/facts', { body: { ...fact, summary: 'another' }, headers });
      expect(reuse.status).to.equal(400);
      expect(reuse.json.issues[0].path).to.equal('Idempotency-Key');
    });
  });

  describe('revising a date', () => {
    it('revises with If-Match, records who and why, and answers with the new ETag', async () => {
      const before = await f.request('GET', `/api/facts/${alert}`);
      const r = await f.request('POST', `/api/facts/${alert}/date`, {
        body: { when: '?2022-04-21', reason: 'the report is dated the 21st' },
        headers: { 'If-Match': before.headers.get('etag')!, 'X-Chronicle-User': 'ana@desk' },
      });
      expect(r.status).to.equal(200);
      expect(r.json.when.edtf).to.equal('?2022-04-21');
      expect(Number(JSON.parse(r.headers.get('etag')!))).to.equal(before.json.revision + 1);
      const history = await f.request('GET', `/api/facts/${alert}/history`);
      expect(history.json.events.at(-1)).to.deep.include({
        type: 'FactDateRevised',
        recordedBy: 'ana@desk',
        reason: 'the report is dated the 21st',
      });
    });

    it('answers 412 with the current ETag for a stale If-Match, and writes nothing', async () => {
      const current = (await f.request('GET', `/api/facts/${alert}`)).headers.get('etag');
      const r = await f.request('POST', `/api/facts/${alert}/date`, {
        body: { when: '2022-04-21', reason: 'r' },
        headers: { 'If-Match': '"1"' },
      });
      expect(r.status).to.equal(412);
      expect(r.headers.get('etag')).to.equal(current);
      expect((await f.request('GET', `/api/facts/${alert}`)).json.when.edtf).to.equal('?2022-04-22');
    });

    it('requires a reason', async () => {
      const r = await f.request('POST', `/api/facts/${alert}/date`, { body: { when: '2022-04-21' } });
      expect(r.status).to.equal(400);
      expect(r.json.issues[0].path).to.equal('reason');
    });

    it('answers 409 for a retracted fact and for the date it already has', async () => {
      expect(
        (await f.request('POST', `/api/facts/${alert}/date`, { body: { when: '?2022-04-22', reason: 'r' } })).status,
      ).to.equal(409);
      await f.request('POST', `/api/facts/${alert}/retraction`, { body: { reason: 'duplicate' } });
      const r = await f.request('POST', `/api/facts/${alert}/date`, { body: { when: '2022-04-21', reason: 'r' } });
      expect(r.status).to.equal(409);
      expect(r.json.detail).to.match(/retracted/);
    });
  });

  describe('the other fact commands', () => {
    it('links and unlinks actors, tags topics, cites and withdraws, relates and retracts', async () => {
      expect(
        (
          await f.request('POST', `/api/facts/${letter}/actors`, { body: { id: 'nuctech', role: 'subject' } })
        ).json.actors.map((a: { id: string }) => a.id),
      ).to.include('nuctech');
      expect(
        (await f.request('DELETE', `/api/facts/${letter}/actors/nuctech?reason=not%20named`)).json.actors.map(
          (a: { id: string }) => a.id,
        ),
      ).to.not.include('nuctech');
      const cited = await f.request('POST', `/api/facts/${letter}/citations`, {
        body: {
          source: 'yucatan-times-nuctech',
          quote: 'In the letter, dated May 2',
          statedDate: 'May 2',
          credibility: 2,
        },
      });
      expect(cited.status).to.equal(200);
      const added = cited.json.citations.at(-1);
      const withdrawn = await f.request('DELETE', `/api/facts/${letter}/citations/${added.citationId}`);
      expect(withdrawn.json.citations.map((c: { citationId: string }) => c.citationId)).to.not.include(
        added.citationId,
      );
      expect((await f.request('DELETE', `/api/facts/${letter}/relations/after/${alert}`)).json.relations).to.deep.equal(
        [],
      );
      const related = await f.request('POST', `/api/facts/${letter}/relations`, {
        body: { type: 'after', fact: alert, offset: 'P10D' },
      });
      expect(related.json.relations).to.deep.equal([{ kind: 'after', fact: alert, offset: 'P10D' }]);
      expect(
        (await f.request('POST', `/api/facts/${letter}/relations`, { body: { type: 'after', fact: letter } })).status,
      ).to.equal(400);
      expect(
        (await f.request('POST', `/api/facts/${letter}/retraction`, { body: { reason: 'test' } })).json.status,
      ).to.equal('retracted');
      expect(
        (await f.request('POST', `/api/facts/${letter}/reinstatement`, { body: { reason: 'test' } })).json.status,
      ).to.equal('active');
    });
    it('relates with calendar offsets, and refuses a range whose ends are the wrong way round', async () => {
      await f.request('DELETE', `/api/facts/${letter}/relations/after/${alert}`);
      for (const offset of ['P5M', 'P1Y2M', 'P3Y~', 'P4M/P5M', '../P5M', 'P5M/..']) {
        const r = await f.request('POST', `/api/facts/${letter}/relations`, {
          body: { type: 'after', fact: alert, offset },
        });
        expect(r.status, offset).to.equal(200);
        expect(r.json.relations, offset).to.deep.equal([{ kind: 'after', fact: alert, offset }]);
      }
      const checks = await f.request('GET', '/api/checks');
      const violated = checks.json.findings.find((x: { code: string }) => x.code === 'relation-violated');
      expect(violated.message).to.match(/is asserted more than 5 months after state-dept-report-to-sedena/);
      const inverted = await f.request('POST', `/api/facts/${letter}/relations`, {
        body: { type: 'after', fact: alert, offset: 'P5M/P4M' },
      });
      expect(inverted.status).to.equal(400);
      expect(inverted.json.issues[0]).to.deep.include({
        path: 'offset',
        message: 'P5M/P4M is not a valid range: its lower end, 5 months, is longer than its upper end, 4 months',
      });
      const days = await f.request('POST', `/api/facts/${letter}/relations`, {
        body: { type: 'after', fact: alert, offset: 'P10' },
      });
      expect(days.status).to.equal(400);
      expect(days.json.issues[0].message).to.match(/^must be an ISO 8601 duration such as P10D, P5M/);
    });
  });

  describe('registries', () => {
    it('registers, lists and renames actors; refuses a duplicate and an unknown merge target', async () => {
      const r = await f.request('POST', '/api/actors', { body: { id: 'lage', name: 'F. Lage', kind: 'person' } });
      expect(r.status).to.equal(201);
      expect(r.headers.get('location')).to.equal('/api/actors/lage');
      expect(
        (await f.request('POST', '/api/actors', { body: { id: 'lage', name: 'F. Lage', kind: 'person' } })).status,
      ).to.equal(409);
      expect(
        (await f.request('POST', '/api/actors/lage/name', { body: { name: 'Francisco Lage' } })).json.name,
      ).to.equal('Francisco Lage');
      const merge = await f.request('POST', '/api/actors/lage/merge', { body: { into: 'ghost' } });
      expect(merge.status).to.equal(400);
      // The words of the rule every way in shares (the import's): "exists" no more.
      expect(merge.json.issues).to.deep.equal([
        { path: 'into', in: 'body', pointer: '/into', message: 'no actor ghost is registered' },
      ]);
      const list = await f.request('GET', '/api/actors');
      expect(list.json.items.map((a: { actorId: string }) => a.actorId)).to.include('lage');
    });

    it('defines topics under existing parents only, and re-grades sources', async () => {
      const orphan = await f.request('POST', '/api/topics', { body: { id: 'x', label: 'X', parent: 'nope' } });
      expect(orphan.status).to.equal(400);
      expect(orphan.json.issues).to.deep.equal([
        { path: 'parent', in: 'body', pointer: '/parent', message: 'no topic nope is defined' },
      ]);
      expect((await f.request('POST', '/api/topics', { body: { id: 'x', label: 'X' } })).status).to.equal(201);
      const graded = await f.request('POST', '/api/sources/yucatan-times-nuctech/reliability', {
        body: { reliability: 'B', reason: 'corroborated' },
      });
      expect(graded.json.reliability).to.equal('B');
      expect((await f.request('GET', '/api/sources/nope')).status).to.equal(404);
    });
  });

  describe('timelines', () => {
    it('serves an actor timeline in order, and the same through the actor filter', async () => {
      const a = await f.request('GET', '/api/timelines/actors/sedena');
      const b = await f.request('GET', '/api/timelines?actor=sedena');
      expect(a.json.entries.map((e: { factId: string }) => e.factId)).to.deep.equal(
        b.json.entries.map((e: { factId: string }) => e.factId),
      );
      expect(a.json.timeline).to.deep.equal({ kind: 'actor', id: 'sedena', name: 'Secretariat of National Defense' });
      expect(a.json.entries.length).to.be.greaterThan(2);
    });

    it('pages with a cursor that stays stable while facts are added', async () => {
      const first = await f.request('GET', '/api/timelines?limit=3');
      expect(first.json.entries).to.have.length(3);
      expect(first.headers.get('link')).to.match(/rel="next"/);
      await f.request('POST', '/api/facts', {
        body: { id: 'early', summary: 'Something much earlier', when: '../1990' },
      });
      const second = await f.request('GET', `/api/timelines?limit=100&cursor=${first.json.nextCursor}`);
      const all = await f.request('GET', '/api/timelines?limit=100');
      const ids = (r: typeof all) => r.json.entries.map((e: { factId: string }) => e.factId);
      expect([...ids(first), ...ids(second)]).to.deep.equal(ids(all).filter((id: string) => id !== 'early'));
    });

    it('filters by date window and text', async () => {
      const may = await f.request('GET', '/api/timelines?from=2022-05&to=2022-05');
      expect(may.json.entries.map((e: { factId: string }) => e.factId))
        .to.include(letter)
        .and.not.include(alert);
      const text = await f.request('GET', '/api/timelines?q=guacamaya');
      expect(text.json.entries.length).to.be.greaterThan(0);
      expect((await f.request('GET', '/api/timelines?from=2022-02-30')).json.issues[0].path).to.equal('from');
      expect((await f.request('GET', '/api/timelines?limit=0')).status).to.equal(400);
      expect((await f.request('GET', '/api/timelines?bogus=1')).status).to.equal(400);
    });

    it('exports CSV safely, Markdown, iCalendar and TimelineJS', async () => {
      await f.request('POST', '/api/facts', {
        body: { id: 'formula', summary: '=cmd|" /C calc"!A0', when: '2022-01-01' },
      });
      const csv = await f.request('GET', '/api/timelines?format=csv');
      expect(csv.headers.get('content-type')).to.match(/^text\/csv/);
      expect(csv.text).to.contain(`"'=cmd|"" /C calc""!A0"`);
      expect((await f.request('GET', '/api/timelines?format=md')).headers.get('content-type')).to.match(
        /^text\/markdown/,
      );
      const ics = await f.request('GET', '/api/timelines/actors/sedena?format=ics');
      expect(ics.text).to.match(/^BEGIN:VCALENDAR\r\n/);
      const tl = await f.request('GET', '/api/timelines?format=timelinejs');
      expect(tl.json.events.length).to.be.greaterThan(0);
      expect(tl.json.events[0].start_date.year).to.be.a('number');
    });

    it('includes a topic’s subtopics unless direct=true, for timelines and checks', async () => {
      const count = async (path: string) => (await f.request('GET', path)).json.entries.length;
      expect(await count('/api/timelines/topics/chinese-influence')).to.equal(7);
      expect(await count('/api/timelines/topics/chinese-influence?direct=true')).to.equal(0);
      expect(await count('/api/timelines?topic=chinese-influence')).to.equal(7);
      expect(await count('/api/timelines?topic=chinese-influence&direct=true')).to.equal(0);
      const checks = await f.request('GET', '/api/checks?topic=chinese-influence&direct=true');
      expect(checks.json.counts).to.deep.equal({ error: 0, warning: 0, info: 0 });
      expect((await f.request('GET', '/api/checks?topic=chinese-influence')).json.counts.info).to.be.above(0);
      const bad = await f.request('GET', '/api/timelines/topics/chinese-influence?direct=yes');
      expect(bad.status).to.equal(400);
      expect(bad.json.issues[0]).to.deep.include({ path: 'query.direct', message: 'must be true or false' });
    });

    it('answers 404 for an unknown actor or topic', async () => {
      expect((await f.request('GET', '/api/timelines/actors/ghost')).status).to.equal(404);
      expect((await f.request('GET', '/api/timelines/topics/ghost')).status).to.equal(404);
    });
  });

  describe('import and operations', () => {
    it('imports a YAML dossier and reports rejected items like the CLI', async () => {
      const yaml =
        'facts:\n  - id: y1\n    summary: From YAML\n    when: 2022-07-01\n  - id: y2\n    summary: Bad\n    when: 2022-07-32\n';
      const r = await f.request('POST', '/api/import?reason=desk%20upload', {
        raw: yaml,
        headers: { 'content-type': 'application/yaml' },
      });
      expect(r.status).to.equal(200);
      expect(r.json.facts).to.deep.include({ created: 1, rejected: 1 });
      expect(r.json.rejected[0].issues[0].path).to.equal('facts[1].when');
      expect((await f.request('GET', '/api/facts/y1')).status).to.equal(200);
    });

    it('reports health with the projection lag', async () => {
      const r = await f.request('GET', '/health');
      expect(r.json).to.deep.include({ status: 'ok', store: 'reachable', projectionLag: 0 });
    });

    it('answers unknown routes with a 404 problem', async () => {
      const r = await f.request('GET', '/api/nothing-here');
      expect(r.status).to.equal(404);
      expect(r.headers.get('content-type')).to.match(/problem\+json/);
    });
  });
});
