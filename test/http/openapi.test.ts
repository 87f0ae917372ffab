import { expect } from 'chai';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { allRoutes } from '../../src/http/createApp.ts';
import { mediaTypeOf as mediaTypeOfHeader, ResponseValidator } from '../support/openapiValidator.ts';
import { startTestServer, type HttpFixture, type HttpResponse } from '../support/httpFixture.ts';

const REPORT = 'state-dept-report-to-sedena';

type Json = any;

/** Express `:id` → OpenAPI `{id}`. */
const templateOf = (expressPath: string) => expressPath.replace(/:([A-Za-z]\w*)/g, '{$1}');

/** The media type of a response, without parameters. */
const mediaTypeOf = (res: HttpResponse) => mediaTypeOfHeader(res.headers.get('content-type'));

/** Every operation of the document, with its method and path. */
const operationsOf = (doc: Json): { method: string; path: string; operation: Json }[] =>
  Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );

/** The body with its first property's value replaced by one no schema of this API accepts there. */
const tampered = (body: Json): Json => {
  const [first] = Object.keys(body);
  expect(first, 'a body to tamper with').to.be.a('string');
  return { ...body, [first!]: { tampered: true } };
};

describe('GET /openapi.json', () => {
  let f: HttpFixture;
  let doc: Json;
  let validator: ResponseValidator;

  beforeEach(async () => {
    f = await startTestServer();
    const res = await f.request('GET', '/openapi.json');
    expect(res.status).to.equal(200);
    doc = res.json;
    validator = new ResponseValidator(doc);
  });
  afterEach(async () => f.close());

  /**
   * Asserts that `res` has the status expected and that its body is valid against the schema the
   * document declares for `method path`, that status and the response's media type — and, so the
   * check can fail, that the same validator rejects a tampered copy of the body.
   */
  function expectDocumented(method: string, path: string, res: HttpResponse, status: number): void {
    expect(res.status, `${method.toUpperCase()} ${path}: ${res.text.slice(0, 500)}`).to.equal(status);
    const validate = validator.validator(method, path, status, mediaTypeOf(res));
    expect(res.json, 'a JSON body').not.to.equal(undefined);
    expect(
      validate(res.json),
      `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(validate.errors, null, 1)}`,
    ).to.equal(true);
    expect(validate(tampered(res.json)), `a tampered ${method.toUpperCase()} ${path} ${status} body`).to.equal(false);
  }

  describe('the document', () => {
    it('is OpenAPI 3.1.0 JSON', async () => {
      const res = await f.request('GET', '/openapi.json');
      expect(mediaTypeOf(res)).to.equal('application/json');
      expect(doc.openapi).to.equal('3.1.0');
      expect(doc.info).to.include({ title: 'Chronicle' });
      expect(doc.info.version).to.be.a('string');
      expect(Object.keys(doc.components.schemas)).to.include.members([
        'Fact',
        'Timeline',
        'TimelineEntry',
        'EntryDate',
        'Problem',
        'Health',
      ]);
    });

    it('lists every route of allRoutes(), with express parameters written {id}, and nothing else', () => {
      const routes = allRoutes().map((r) => `${r.method.toUpperCase()} ${templateOf(r.path)}`);
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
          .map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(routes).to.include.members([
        'GET /api/facts/{id}',
        'DELETE /api/facts/{id}/relations/{type}/{target}',
        'GET /api/updates',
      ]);
      expect(documented).to.have.members(routes);
      expect(documented.filter((d) => d.includes(':'))).to.deep.equal([]);
    });

    it('declares every {parameter} of a path as a required path parameter', () => {
      for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
        const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const [method, operation] of Object.entries(item)) {
          const declared = (operation.parameters ?? []).filter((p: Json) => p.in === 'path');
          expect(
            declared.map((p: Json) => p.name),
            `${method.toUpperCase()} ${path}`,
          ).to.have.members(names);
          for (const p of declared) expect(p.required, `${method.toUpperCase()} ${path} {${p.name}}`).to.equal(true);
        }
      }
    });

    it('documents every route the HTTP API table of docs/design.md lists', () => {
      const design = [
        'POST /api/facts',
        'GET /api/facts/{id}',
        'GET /api/facts/{id}/history',
        'POST /api/facts/{id}/date',
        ...['citations', 'relations', 'actors', 'topics', 'retraction', 'reinstatement'].map(
          (c) => `POST /api/facts/{id}/${c}`,
        ),
        ...['actors', 'topics', 'sources'].flatMap((r) => [`POST /api/${r}`, `GET /api/${r}`, `GET /api/${r}/{id}`]),
        'POST /api/import',
        'GET /api/timelines',
        'GET /api/timelines/actors/{id}',
        'GET /api/timelines/topics/{id}',
        'GET /api/checks',
        'GET /api/dates',
        'GET /api/updates',
        'GET /openapi.json',
        'GET /health',
      ];
      const missing = design.filter((route) => {
        const [method, path] = route.split(' ') as [string, string];
        return !doc.paths[path]?.[method.toLowerCase()];
      });
      expect(missing).to.deep.equal([]);
    });

    it('declares the timeline entry docs/design.md fixes, findings included', () => {
      const entry = doc.components.schemas.TimelineEntry;
      expect(Object.keys(entry.properties)).to.include.members([
        'factId',
        'summary',
        'when',
        'actors',
        'topics',
        'place',
        'citations',
        'status',
        'revision',
        'findings',
      ]);
      expect(Object.keys(doc.components.schemas.EntryDate.properties)).to.have.members([
        'edtf',
        'earliest',
        'latest',
        'precision',
        'approximate',
        'uncertain',
        'label',
        'effective',
      ]);
      expect(doc.components.schemas.EntryDate.required).to.not.include('effective');
    });

    it('declares the relation offset grammar, so a client can check an offset before sending it', () => {
      const body = doc.paths['/api/facts/{id}/relations'].post.requestBody.content['application/json'].schema;
      const offset = body.properties.offset.anyOf[0];
      const pattern = new RegExp(offset.pattern);
      for (const good of ['P10D', 'P2W', 'P5M', 'P1Y2M', 'P3Y~', 'P4M/P5M', '../P5M', 'P5M/..']) {
        expect(pattern.test(good), good).to.equal(true);
      }
      for (const bad of ['P', 'P10', '10D', 'P5M~/P6M', '../..', 'p5m']) expect(pattern.test(bad), bad).to.equal(false);
      expect(offset.examples).to.include('P3Y~');
    });

    it('declares the live feed as a text/event-stream response', () => {
      expect(Object.keys(doc.paths['/api/updates'].get.responses['200'].content ?? {})).to.deep.equal([
        'text/event-stream',
      ]);
    });
  });

  describe('the contract', () => {
    it('passes redocly lint (recommended rules) without an error or a warning', async () => {
      const config = await createConfig({ extends: ['recommended'] });
      const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
      expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).to.deep.equal(
        [],
      );
    });

    it('names every operation with a unique operationId, states its security and sets the servers', () => {
      const operations = operationsOf(doc);
      const ids = operations.map((o) => o.operation.operationId);
      expect(
        ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id)),
        ids.join(),
      ).to.equal(true);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const { method, path, operation } of operations) {
        const open = path === '/health' || path === '/openapi.json' || path === '/api/session';
        expect(operation.security, `${method} ${path}`).to.deep.equal(open ? [] : [{ bearer: [] }, { session: [] }]);
      }
      expect(doc.servers).to.deep.equal([{ url: '/', description: 'The server that serves this document' }]);
      expect(doc.security).to.deep.equal([{ bearer: [] }, { session: [] }]);
    });

    it('documents the response headers and the statuses every API route may answer', () => {
      const headerOf = (response: Json, name: string) => {
        const header = response.headers?.[name];
        return header?.$ref ? doc.components.headers[header.$ref.split('/').at(-1)] : header;
      };
      for (const { method, path, operation } of operationsOf(doc)) {
        const where = `${method.toUpperCase()} ${path}`;
        const statuses = Object.keys(operation.responses);
        expect(statuses, where).to.include.members(['400', '405', '431', '500']);
        if (path.startsWith('/api/')) expect(statuses, where).to.include.members(['429', '503']);
        for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
          expect(headerOf(response, 'X-Request-Id'), `${where} ${status} X-Request-Id`).to.include({ required: true });
          const required =
            {
              '201': ['Location', 'ETag'],
              '401': ['WWW-Authenticate'],
              '405': ['Allow'],
              '412': ['ETag'],
              '429': ['Retry-After'],
            }[status] ?? [];
          for (const name of required)
            expect(headerOf(response, name), `${where} ${status} ${name}`).to.include({ required: true });
          if (method === 'post' && status.startsWith('2'))
            expect(headerOf(response, 'Idempotent-Replayed'), `${where} ${status}`).to.be.an('object');
        }
      }
      const headersOf = (method: string, path: string) =>
        (doc.paths[path][method].parameters as Json[]).filter((p) => p.in === 'header').map((p) => p.name);
      expect(headersOf('post', '/api/facts/{id}/date')).to.include.members([
        'If-Match',
        'Idempotency-Key',
        'X-Chronicle-User',
      ]);
      expect(headersOf('get', '/api/facts/{id}')).to.include('If-None-Match');
      expect(headersOf('get', '/api/updates')).to.include('Last-Event-ID');
      expect(doc.paths['/api/timelines'].get.responses['200'].headers).to.have.property('Link');
    });

    it('states the limits the server applies: a summary of 1 to 2000 characters, a date of at most 100', () => {
      const summary = doc.components.schemas.EditSummary.properties.summary;
      expect(summary).to.include({ minLength: 1, maxLength: 2000 });
      expect(doc.components.schemas.ReviseDate.properties.when).to.include({ minLength: 1, maxLength: 100 });
    });

    it('describes every export format of a timeline', async () => {
      for (const path of ['/api/timelines', '/api/timelines/actors/{id}', '/api/timelines/topics/{id}']) {
        expect(Object.keys(doc.paths[path].get.responses['200'].content), path).to.have.members([
          'application/json',
          'text/csv',
          'text/markdown',
          'text/calendar',
        ]);
      }
      for (const [format, type] of [
        ['json', 'application/json'],
        ['timelinejs', 'application/json'],
        ['csv', 'text/csv'],
        ['md', 'text/markdown'],
        ['ics', 'text/calendar'],
      ] as const) {
        const res = await f.request('GET', `/api/timelines/actors/sedena?format=${format}`);
        expect(mediaTypeOf(res), format).to.equal(type);
        const validate = validator.validator('get', '/api/timelines/actors/{id}', 200, type);
        expect(validate(type === 'application/json' ? res.json : res.text), format).to.equal(true);
        expect(
          validate(type === 'application/json' ? { title: 'tampered' } : '<html></html>'),
          `${format} tampered`,
        ).to.equal(false);
      }
    });
  });

  describe('refusals the document describes', () => {
    it('answers a method a path does not answer with 405 and Allow, not 404', async () => {
      for (const [method, path, allow] of [
        ['DELETE', `/api/facts/${REPORT}`, 'GET, HEAD'],
        ['PUT', '/api/timelines', 'GET, HEAD'],
        ['GET', `/api/facts/${REPORT}/date`, 'POST'],
        ['POST', '/health', 'GET, HEAD'],
        ['PATCH', '/api/actors', 'GET, HEAD, POST'],
      ] as const) {
        const res = await f.request(method, path);
        expect(res.status, `${method} ${path}`).to.equal(405);
        expect(res.headers.get('allow'), `${method} ${path}`).to.equal(allow);
        expect(res.json).to.include({ type: '/problems/method-not-allowed', status: 405 });
      }
      expect((await f.request('GET', '/api/no-such-route')).status).to.equal(404);
    });

    it('names the header, not a body path, when a header is at fault', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ 'If-Match': 'yesterday' }, 'If-Match'],
        [{ 'X-Chronicle-User': '' }, 'X-Chronicle-User'],
        [{ 'Idempotency-Key': 'ü'.repeat(3) }, 'Idempotency-Key'],
      ];
      for (const [headers, name] of cases) {
        const res = await f.request('POST', `/api/facts/${REPORT}/date`, {
          body: { when: '?2022-04-21', reason: 'a header test' },
          headers,
        });
        expect(res.status, name).to.equal(400);
        expect(res.json.issues, name).to.deep.equal([
          { path: name, in: 'header', header: name, message: res.json.issues[0].message },
        ]);
      }
    });

    it('points at /summary when a summary is refused, and names the query parameter at fault', async () => {
      const blank = await f.request('POST', `/api/facts/${REPORT}/summary`, { body: { summary: '   ' } });
      expect(blank.status).to.equal(400);
      expect(blank.json.issues[0]).to.deep.include({ path: 'summary', in: 'body', pointer: '/summary' });
      const long = await f.request('POST', `/api/facts/${REPORT}/summary`, { body: { summary: 'x'.repeat(2001) } });
      expect(long.json.issues[0]).to.deep.include({ pointer: '/summary', message: 'must be at most 2000 characters' });
      const when = await f.request('POST', `/api/facts/${REPORT}/date`, {
        body: { when: '2'.repeat(101), reason: 'r' },
      });
      expect(when.json.issues[0]).to.deep.include({ pointer: '/when', message: 'must be at most 100 characters' });
      const query = await f.request('GET', '/api/timelines?limit=0');
      expect(query.json.issues[0]).to.deep.include({ in: 'query', parameter: 'limit' });
      expect(query.json.issues[0]).not.to.have.property('pointer');
      const asOf = await f.request('GET', '/api/timelines?asOf=nonsense');
      expect(asOf.json.issues[0]).to.deep.include({ path: 'asOf', in: 'query', parameter: 'asOf' });
    });

    it('— and the check every HTTP test runs refuses a response the document does not describe', () => {
      const headers = new Headers({ 'content-type': 'application/json', 'x-request-id': 'r1', etag: '"3"' });
      expect(() =>
        validator.check({ method: 'GET', path: `/api/facts/${REPORT}`, status: 418, headers, text: '{}' }),
      ).to.throw(/declares no 418 response/);
      expect(() =>
        validator.check({ method: 'GET', path: `/api/facts/${REPORT}`, status: 200, headers, text: '{"factId":1}' }),
      ).to.throw(/must have required property|must be string/);
      expect(() =>
        validator.check({ method: 'DELETE', path: `/api/facts/${REPORT}`, status: 404, headers, text: '{}' }),
      ).to.throw(/gets 405/);
      expect(() =>
        validator.check({
          method: 'GET',
          path: '/api/timelines?format=csv',
          status: 200,
          headers: new Headers({ 'content-type': 'text/html', 'x-request-id': 'r1', etag: '"p1"' }),
          text: '<p>',
        }),
      ).to.throw(/declares no text\/html schema/);
      expect(() =>
        validator.check({
          method: 'GET',
          path: '/api/timelines',
          status: 304,
          headers: new Headers({ 'x-request-id': 'r1' }),
          text: '',
        }),
      ).to.throw(/lacks its ETag header/);
    });
  });

  describe('real responses match the schemas the document declares', () => {
    it('GET /api/timelines (JSON)', async () => {
      const res = await f.request('GET', '/api/timelines');
      expect(res.json.entries).to.have.length.greaterThan(0);
      expectDocumented('get', '/api/timelines', res, 200);
    });

    it('GET /api/timelines/actors/{id}', async () => {
      const res = await f.request('GET', '/api/timelines/actors/sedena?limit=2');
      expect(res.json.timeline).to.include({ kind: 'actor', id: 'sedena' });
      expectDocumented('get', '/api/timelines/actors/{id}', res, 200);
    });

    it('GET /api/facts/{id}', async () => {
      expectDocumented('get', '/api/facts/{id}', await f.request('GET', `/api/facts/${REPORT}`), 200);
    });

    it('GET /api/facts/{id}/history', async () => {
      const res = await f.request('GET', `/api/facts/${REPORT}/history`);
      expect(res.json.events).to.have.length.greaterThan(0);
      expectDocumented('get', '/api/facts/{id}/history', res, 200);
    });

    for (const [registry, id] of [
      ['actors', 'sedena'],
      ['topics', 'nuctech-scanners'],
      ['sources', 'yucatan-times-nuctech'],
    ] as const) {
      it(`GET /api/${registry} and /api/${registry}/{id}`, async () => {
        const list = await f.request('GET', `/api/${registry}`);
        expect(list.json.items).to.have.length.greaterThan(0);
        expectDocumented('get', `/api/${registry}`, list, 200);
        expectDocumented('get', `/api/${registry}/{id}`, await f.request('GET', `/api/${registry}/${id}`), 200);
      });
    }

    it('POST /api/facts (201)', async () => {
      const res = await f.request('POST', '/api/facts', {
        body: {
          id: 'sedena-receives-follow-up',
          summary: 'Sedena receives a follow-up report',
          when: '2022-05~',
          actors: [{ id: 'sedena', role: 'recipient' }],
          topics: ['nuctech-scanners'],
          place: 'Mexico City',
          citations: [{ source: 'yucatan-times-nuctech', quote: 'a follow-up', statedDate: 'May', credibility: 3 }],
          relations: [{ type: 'after', fact: REPORT }],
          reason: 'new information',
        },
      });
      expectDocumented('post', '/api/facts', res, 201);
    });

    it('POST /api/facts/{id}/date (200)', async () => {
      const res = await f.request('POST', `/api/facts/${REPORT}/date`, {
        body: { when: '?2022-04-21', reason: 'the report is dated the 21st' },
      });
      expect(res.json.when.edtf).to.equal('?2022-04-21');
      expectDocumented('post', '/api/facts/{id}/date', res, 200);
    });

    it('POST /api/sources/{id}/text (200), and a fact whose citations carry their located quotes', async () => {
      const article = 'Headline\n\nIt was, warned an intelligence report sent by the State Department to Sedena.';
      const res = await f.request('POST', '/api/sources/yucatan-times-nuctech/text', {
        body: { text: article, reason: 'a shorter copy' },
      });
      expect(res.json.attached).to.equal(true);
      expectDocumented('post', '/api/sources/{id}/text', res, 200);
      expectDocumented(
        'get',
        '/api/sources/{id}/text',
        await f.request('GET', '/api/sources/yucatan-times-nuctech/text'),
        200,
      );
      const fact = await f.request('GET', `/api/facts/${REPORT}`);
      const locations = fact.json.citations.map((c: Json) => c.location?.found ?? null);
      expect(locations).to.include(true).and.to.include(false).and.to.include(null);
      expectDocumented('get', '/api/facts/{id}', fact, 200);
    });

    it('a 400 validation problem', async () => {
      const res = await f.request('POST', `/api/facts/${REPORT}/date`, { body: { when: 20220421 } });
      expect(mediaTypeOf(res)).to.equal('application/problem+json');
      expect(res.json.issues).to.have.length.greaterThan(0);
      expectDocumented('post', '/api/facts/{id}/date', res, 400);
    });

    it('a 404 problem', async () => {
      const res = await f.request('GET', '/api/facts/no-such-fact');
      expect(mediaTypeOf(res)).to.equal('application/problem+json');
      expectDocumented('get', '/api/facts/{id}', res, 404);
    });

    it('a 409 problem: the same fact recorded twice', async () => {
      const fact = { id: 'sedena-receives-follow-up', summary: 'Sedena receives a follow-up report', when: '2022-05' };
      expect((await f.request('POST', '/api/facts', { body: fact })).status).to.equal(201);
      const res = await f.request('POST', '/api/facts', { body: fact });
      expect(mediaTypeOf(res)).to.equal('application/problem+json');
      expectDocumented('post', '/api/facts', res, 409);
    });

    it('a 412 problem: a stale If-Match', async () => {
      const current = await f.request('GET', `/api/facts/${REPORT}`);
      const etag = current.headers.get('etag')!;
      expect(
        (
          await f.request('POST', `/api/facts/${REPORT}/date`, {
            body: { when: '?2022-04-21', reason: 'first' },
            headers: { 'If-Match': etag },
          })
        ).status,
      ).to.equal(200);
      const res = await f.request('POST', `/api/facts/${REPORT}/date`, {
        body: { when: '?2022-04-20', reason: 'second' },
        headers: { 'If-Match': etag },
      });
      expect(mediaTypeOf(res)).to.equal('application/problem+json');
      expect(res.headers.get('etag')).to.be.a('string').and.not.equal(etag);
      expectDocumented('post', '/api/facts/{id}/date', res, 412);
    });

    it('GET /api/dates, with the findings a fact would have (200) and a refused date (400)', async () => {
      const res = await f.request('GET', `/api/dates?edtf=2022-04-21&fact=${REPORT}`);
      expect(res.json.findings).to.be.an('array');
      expectDocumented('get', '/api/dates', res, 200);
      expectDocumented('get', '/api/dates', await f.request('GET', '/api/dates?edtf=2022-02-30'), 400);
    });

    it('GET /health', async () => {
      expectDocumented('get', '/health', await f.request('GET', '/health'), 200);
    });

    it('— while the same validators reject bodies that break the declared schemas', async () => {
      const timeline = (await f.request('GET', '/api/timelines')).json;
      const validTimeline = validator.validator('get', '/api/timelines', 200, 'application/json');
      expect(validTimeline(timeline)).to.equal(true);
      const [entry] = timeline.entries;
      expect(
        validTimeline({ ...timeline, entries: [{ ...entry, when: { ...entry.when, precision: 'fortnight' } }] }),
        'an unknown precision',
      ).to.equal(false);
      expect(
        validTimeline({ ...timeline, entries: [{ ...entry, factId: 'Not A Slug' }] }),
        'a factId that is not a slug',
      ).to.equal(false);

      const fact = (await f.request('GET', `/api/facts/${REPORT}`)).json;
      const validFact = validator.validator('get', '/api/facts/{id}', 200, 'application/json');
      const { revision: _revision, ...withoutRevision } = fact;
      expect(validFact(withoutRevision), 'a fact without its revision').to.equal(false);
      expect(validFact({ ...fact, surprise: true }), 'a fact with an undeclared property').to.equal(false);

      const problem = (await f.request('GET', '/api/facts/no-such-fact')).json;
      const validProblem = validator.validator('get', '/api/facts/{id}', 404, 'application/problem+json');
      expect(validProblem(problem)).to.equal(true);
      expect(validProblem({ ...problem, status: '404' }), 'a problem whose status is a string').to.equal(false);

      expect(
        () => validator.schemaFor('get', '/api/facts/{id}', 418, 'application/json'),
        'an undeclared status',
      ).to.throw(/declares no 418 response/);
      expect(
        () => validator.schemaFor('get', '/api/facts/{id}', 200, 'text/html'),
        'an undeclared media type',
      ).to.throw(/declares no text\/html schema/);
    });
  });
});
