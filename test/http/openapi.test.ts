import { expect } from 'chai';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { allRoutes } from '../../src/http/createApp.ts';
import { startTestServer, type HttpFixture, type HttpResponse } from '../support/httpFixture.ts';

// CommonJS modules: under NodeNext the default import is `module.exports`; both set `.default` too.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const REPORT = 'state-dept-report-to-sedena';
const SCHEMAS = 'https://chronicle.test/openapi/components';

type Json = any;
type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/** Express `:id` → OpenAPI `{id}`. */
const templateOf = (expressPath: string) => expressPath.replace(/:([A-Za-z]\w*)/g, '{$1}');

/** Points `#/components/schemas/X` at the components registered in ajv under `SCHEMAS`. */
function retarget(node: Json, base: string): Json {
  if (Array.isArray(node)) return node.map((n) => retarget(n, base));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        return [key, `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`];
      }
      return [key, retarget(value, base)];
    }),
  );
}

/**
 * Validates bodies against the response schemas an OpenAPI 3.1 document declares, with
 * `components.schemas` registered in ajv (JSON Schema 2020-12, strict) so every `$ref` resolves.
 */
class ResponseValidator {
  private readonly ajv;

  constructor(private readonly doc: Json) {
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(this.ajv);
    for (const annotation of ['example', 'discriminator', 'xml', 'externalDocs']) this.ajv.addKeyword(annotation);
    this.ajv.addSchema({ $id: SCHEMAS, $defs: retarget(doc.components?.schemas ?? {}, '') });
  }

  /** The schema declared for `method path` answering `status` as `mediaType`; fails when none is. */
  schemaFor(method: string, path: string, status: number, mediaType: string): Json {
    const operation = this.doc.paths?.[path]?.[method];
    expect(operation, `the document has no ${method.toUpperCase()} ${path}`).to.be.an('object');
    const response = operation.responses?.[String(status)];
    expect(response, `${method.toUpperCase()} ${path} declares no ${status} response`).to.be.an('object');
    const media = response.content?.[mediaType];
    expect(media?.schema, `${method.toUpperCase()} ${path} ${status} declares no ${mediaType} schema`).to.be.an(
      'object',
    );
    return media.schema;
  }

  validator(method: string, path: string, status: number, mediaType: string): Validate {
    return this.ajv.compile(retarget(this.schemaFor(method, path, status, mediaType), SCHEMAS)) as Validate;
  }
}

/** The media type of a response, without parameters. */
const mediaTypeOf = (res: HttpResponse) => (res.headers.get('content-type') ?? '').split(';')[0]!.trim();

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
        'FuzzyDate',
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

    it('documents every route the HTTP API table of DESIGN.md lists', () => {
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

    it('declares the timeline entry DESIGN.md fixes, findings included', () => {
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
      expect(Object.keys(doc.components.schemas.FuzzyDate.properties)).to.have.members([
        'edtf',
        'earliest',
        'latest',
        'precision',
        'approximate',
        'uncertain',
        'label',
      ]);
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
