import { gzipSync } from 'node:zlib';
import http from 'node:http';
import net from 'node:net';
import { expect } from 'chai';
import fc from 'fast-check';
import { allRoutes } from '../../src/http/createApp.ts';
import type { RouteSpec } from '../../src/http/route.ts';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';
import { edtfShaped } from '../support/hostile/edtf.ts';
import { countCase, formatCount, fuzzParams, printSummary, titled } from '../support/hostile/fuzz.ts';
import { expectClientProblem, expectNoPrototypePollution } from '../support/hostile/guards.ts';
import { deepNesting, hostileJson, jsonText } from '../support/hostile/json.ts';
import {
  describe as describeRequest,
  keepAliveAgent,
  sendRaw,
  type RawReply,
  type RawRequest,
} from '../support/hostile/rawHttp.ts';
import {
  authorization,
  bodyKeys,
  contentEncoding,
  extraHeaders,
  fillPath,
  invalidBody,
  invalidParams,
  invalidQuery,
  malformedJson,
  validParams,
  wrongContentType,
} from '../support/hostile/requests.ts';
import { hugeString, nastyString, POLLUTION_KEYS } from '../support/hostile/strings.ts';

const ROUTES = allRoutes();
const BODY_ROUTES = ROUTES.filter((r) => r.body !== undefined);
const PARAM_ROUTES = ROUTES.filter((r) => r.path.includes(':'));
const routeName = (r: RouteSpec) => `${r.method.toUpperCase()} ${r.path}`;
const BODY_LIMIT = 1024 * 1024;
const ADMIN = `Bearer ${TOKENS.admin}`;

const RUNS = {
  bodies: 600,
  malformed: 400,
  contentTypes: 400,
  sizes: 40,
  queries: 700,
  params: 400,
  yaml: 150,
  writes: 150,
  resume: 40,
} as const;

interface Case {
  readonly spec: RouteSpec;
  readonly request: RawRequest;
}

/** A case that fast-check prints in a counterexample as method, path, headers and a preview of the body. */
function caseOf(spec: RouteSpec, request: RawRequest): Case {
  const body = request.body
    ? ` ${JSON.stringify(request.body.subarray(0, 300).toString('utf8'))}${request.body.length > 300 ? `… (${request.body.length} bytes)` : ''}`
    : '';
  const text = `${describeRequest(request)} headers ${JSON.stringify(request.headers ?? {})}${body}`;
  return Object.defineProperty({ spec, request }, fc.toStringMethod, { value: () => text, enumerable: false });
}

const aRoute = (routes: readonly RouteSpec[]) => fc.constantFrom(...routes);
const pathOf = (spec: RouteSpec, query = '') => `${fillPath(spec, validParams(spec))}${query ? `?${query}` : ''}`;
const JSON_TYPE = { 'content-type': 'application/json' };
/**
 * A valid query for the routes that refuse an empty one, so that a property aimed at another part
 * of the request (the body) meets no other fault first: the query is checked before the body.
 */
const REQUIRED_QUERY: Readonly<Record<string, string>> = { '/api/dates': 'edtf=2022' };
const requiredQuery = (spec: RouteSpec) => REQUIRED_QUERY[spec.path] ?? '';

describe('the HTTP API under hostile input', () => {
  let f: HttpFixture;
  let agent: http.Agent;
  /** The routes each property sent requests to, to check that none was left out. */
  const exercised = new Map<string, Set<string>>();

  before(async () => {
    f = await startTestServer({ auth: true });
    agent = keepAliveAgent();
  });
  after(async () => {
    agent.destroy();
    await f.close();
    printSummary('HTTP');
  });

  const head = () => f.chronicle.store.headPosition();

  /**
   * Sends a request that the API must refuse, and checks the answer: a 4xx problem document (no
   * 5xx, no dropped connection, no hang), the head of the log where it was, no prototype polluted.
   */
  async function expectRefused(property: string, { spec, request }: Case): Promise<RawReply> {
    countCase(`HTTP: ${property}`);
    exercised.set(property, (exercised.get(property) ?? new Set<string>()).add(routeName(spec)));
    const before = await head();
    const reply = await sendRaw(f.url, request, { agent });
    expectClientProblem(reply, describeRequest(request));
    expect(await head(), `the head of the log after ${describeRequest(request)}`).to.equal(before);
    expectNoPrototypePollution();
    return reply;
  }

  describe('requests that are invalid by construction', () => {
    it(
      titled(
        'answers every JSON body a route cannot accept (wrong types, unknown and prototype keys at every level, hostile text, deep nesting) with a 4xx problem and writes nothing',
        RUNS.bodies,
      ),
      async () => {
        const cases = aRoute(BODY_ROUTES)
          .chain((spec) => fc.tuple(fc.constant(spec), invalidBody(spec), authorization, extraHeaders))
          .map(([spec, body, auth, extra]) =>
            caseOf(spec, {
              method: 'POST',
              path: pathOf(spec),
              headers: { ...JSON_TYPE, ...extra, Authorization: auth },
              body: Buffer.from(jsonText(body), 'utf8'),
            }),
          );
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            const reply = await expectRefused('bodies', c);
            if (c.request.headers?.Authorization === ADMIN)
              expect(reply.status, describeRequest(c.request)).to.be.oneOf([400, 404, 409, 412, 413]);
          }),
          fuzzParams(RUNS.bodies),
        );
      },
    );

    it(titled('answers malformed JSON text on every route with a 400 problem saying so', RUNS.malformed), async () => {
      const cases = fc
        .tuple(aRoute(ROUTES), malformedJson, fc.constantFrom('application/json', 'application/json; charset=utf-8'))
        .map(([spec, body, type]) =>
          caseOf(spec, {
            method: spec.method.toUpperCase(),
            path: pathOf(spec, requiredQuery(spec)),
            headers: { 'content-type': type, Authorization: ADMIN },
            body,
          }),
        );
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          const reply = await expectRefused('malformed JSON', c);
          expect(reply.status, describeRequest(c.request)).to.equal(400);
          // Every route is sent a valid query (`requiredQuery`), so the body is what is refused; text
          // nested past the bound is refused for that before it is parsed.
          const problem = JSON.parse(reply.text) as { detail: string };
          expect(problem.detail).to.match(/not valid JSON|nested more than 64 levels deep/);
        }),
        fuzzParams(RUNS.malformed),
      );
    });

    it(
      titled(
        'answers bodies sent with a wrong content type or content encoding (honest gzip too) with a 4xx problem',
        RUNS.contentTypes,
      ),
      async () => {
        const cases = aRoute(BODY_ROUTES)
          .chain((spec) =>
            fc.tuple(fc.constant(spec), invalidBody(spec, 2_000), wrongContentType, contentEncoding, fc.boolean()),
          )
          .map(([spec, body, type, encoding, compress]) => {
            const text = Buffer.from(jsonText(body), 'utf8');
            const honest = compress && encoding !== undefined && /gzip/i.test(encoding) && !encoding.includes(',');
            const headers: Record<string, string> = {
              Authorization: ADMIN,
              ...(type !== undefined ? { 'content-type': type } : {}),
              ...(encoding ? { 'content-encoding': encoding } : {}),
            };
            return caseOf(spec, { method: 'POST', path: pathOf(spec), headers, body: honest ? gzipSync(text) : text });
          });
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            await expectRefused('content types and encodings', c);
          }),
          fuzzParams(RUNS.contentTypes),
        );
      },
    );

    it(
      titled(
        'answers bodies just under the 1 MiB limit with a 400 problem and just over it with a 413 problem',
        RUNS.sizes,
      ),
      async () => {
        const cases = fc
          .tuple(
            aRoute(BODY_ROUTES),
            fc.integer({ min: BODY_LIMIT - 2_048, max: BODY_LIMIT + 2_048 }),
            fc.constantFrom(...POLLUTION_KEYS),
            fc.constantFrom('x', 'é', '\u{1f600}', '\\u0000', '\u202e'),
          )
          .map(([spec, size, key, unit]) => {
            const start = Buffer.from(`{${JSON.stringify(key)}:"`);
            const unitBytes = Buffer.byteLength(unit);
            const room = size - start.length - 2;
            const body = Buffer.concat([
              start,
              Buffer.from(unit.repeat(Math.floor(room / unitBytes)) + 'x'.repeat(room % unitBytes)),
              Buffer.from('"}'),
            ]);
            return caseOf(spec, {
              method: 'POST',
              path: pathOf(spec),
              headers: { ...JSON_TYPE, Authorization: ADMIN },
              body,
            });
          });
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            const reply = await expectRefused('sizes around the body limit', c);
            const limit = c.spec.bodyLimit ?? (c.spec.path === '/api/import' ? 50 * BODY_LIMIT : BODY_LIMIT);
            expect(reply.status, describeRequest(c.request)).to.equal(c.request.body!.length > limit ? 413 : 400);
          }),
          fuzzParams(RUNS.sizes),
        );
      },
    );

    it(
      titled(
        'answers hostile query strings on every route (unknown, prototype and bracket keys, repeated keys, broken percent-encoding, overlong values) with a 4xx problem',
        RUNS.queries,
      ),
      async () => {
        const cases = aRoute(ROUTES)
          .chain((spec) => fc.tuple(fc.constant(spec), invalidQuery(spec), extraHeaders))
          .map(([spec, query, extra]) =>
            caseOf(spec, {
              method: spec.method.toUpperCase(),
              path: pathOf(spec, query),
              headers: { ...extra, Authorization: ADMIN },
            }),
          );
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            await expectRefused('queries', c);
          }),
          fuzzParams(RUNS.queries),
        );
      },
    );

    it(
      titled(
        'answers hostile path parameters (not slugs, overlong, encoded slashes and NULs, broken percent-encoding) with a 4xx problem',
        RUNS.params,
      ),
      async () => {
        const cases = aRoute(PARAM_ROUTES)
          .chain((spec) => fc.tuple(fc.constant(spec), invalidParams(spec)))
          .map(([spec, params]) =>
            caseOf(spec, {
              method: spec.method.toUpperCase(),
              path: fillPath(spec, params),
              headers: { ...(spec.body ? JSON_TYPE : {}), Authorization: ADMIN },
              ...(spec.body ? { body: Buffer.from('{}') } : {}),
            }),
          );
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            await expectRefused('path parameters', c);
          }),
          fuzzParams(RUNS.params),
        );
      },
    );

    it(
      titled(
        'answers hostile YAML dossiers (alias bombs, self-references, tags, merge keys, several documents, prototype keys) with a 4xx problem',
        RUNS.yaml,
      ),
      async () => {
        const laughs = [
          'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
          ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
        ].join('\n');
        const yamlish = fc.oneof(
          fc.constantFrom(
            laughs,
            'sources: &a [*a]',
            'facts: !!js/function "function () { return 1 }"',
            'facts: !!binary aGVsbG8=',
            'sources: !!set {a, b}',
            '%YAML 1.1\n---\n<<: {sources: []}',
            '---\nsources: []\n---\nfacts: []',
            '? [a, b]\n: c',
            '\t- tab',
            'sources: [',
            "'unterminated",
            'sources: []\nsources: []',
            '&anchor',
            '*alias',
            '!!str',
            '- - - - - - - - -',
            `${'- '.repeat(2_000)}x`,
            `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
            '['.repeat(200_000),
            `${'{a: '.repeat(20_000)}`,
            Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}- `).join('\n'),
            'facts:\n  - id: a\n    when: !!timestamp 2022-04-22',
            'sources: ~\nactors: null',
            '"\\ud800": 1',
            'facts: [{id: x, summary: "\u0000\u202e"}]',
          ),
          fc
            .tuple(fc.constantFrom('sources', 'facts'), hostileJson(['id', 'summary', 'when'], 2_000))
            .map(([section, node]) => `${section}: [${jsonText(node)}]`),
        );
        // An unknown top-level key (or a prototype key) makes each document unacceptable, whether or not it parses.
        const cases = fc
          .tuple(
            yamlish,
            fc.constantFrom(...POLLUTION_KEYS, 'bogus', '<<', '? x'),
            fc.constantFrom('application/yaml', 'application/x-yaml', 'text/yaml', 'text/yaml; charset=utf-8'),
          )
          .map(([text, key, type]) =>
            caseOf(
              ROUTES.find((r) => r.path === '/api/import')!,
              {
                method: 'POST',
                path: '/api/import',
                headers: { 'content-type': type, Authorization: ADMIN },
                body: Buffer.from(`${text}\n${key}: 1\n`),
              },
            ),
          );
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            await expectRefused('YAML dossiers', c);
          }),
          fuzzParams(RUNS.yaml),
        );
      },
    );

    it('answers bodies nested 10,000 deep, in every shape, on every body route with a 4xx problem, with and without an Idempotency-Key', async () => {
      let n = 0;
      for (const spec of BODY_ROUTES) {
        const field = bodyKeys(spec)[0] ?? 'x';
        for (const shape of ['array', 'object', 'proto', 'constructor', 'mixed'] as const) {
          const deep = deepNesting(10_000, shape);
          // The whole body, or a field of an object that also has an unknown key (the import: inside a section).
          const body =
            n % 2 === 0
              ? deep
              : spec.path === '/api/import'
                ? `{"facts":[${deep}],"sources":${deep}}`
                : `{${JSON.stringify(field)}:${deep},"__proto__":1}`;
          const key: Record<string, string> = n % 3 === 0 ? {} : { 'Idempotency-Key': `deep-${n}` };
          n += 1;
          await expectRefused(
            'deep nesting',
            caseOf(spec, {
              method: 'POST',
              path: pathOf(spec),
              headers: { ...JSON_TYPE, ...key, Authorization: ADMIN },
              body: Buffer.from(body),
            }),
          );
        }
      }
      expect(n).to.equal(BODY_ROUTES.length * 5);
    });

    it('answers a gzip bomb (8 MiB of zeros in 8 KiB; 1 MiB over its own limit for a route that reads documents) with a 413 problem', async () => {
      for (const spec of BODY_ROUTES.filter((r) => r.path !== '/api/import')) {
        const bomb = gzipSync(Buffer.alloc(Math.max(8 * BODY_LIMIT, (spec.bodyLimit ?? 0) + BODY_LIMIT), 0x30));
        const reply = await expectRefused(
          'gzip bombs',
          caseOf(spec, {
            method: 'POST',
            path: pathOf(spec),
            headers: { ...JSON_TYPE, 'content-encoding': 'gzip', Authorization: ADMIN },
            body: bomb,
          }),
        );
        expect(reply.status).to.equal(413);
      }
    });

    it('knows a valid query for every route that refuses an empty one', () => {
      const needy = ROUTES.filter((r) => r.query !== undefined && !r.query.safeParse({}).success);
      expect(needy.map((r) => r.path).sort()).to.deep.equal(Object.keys(REQUIRED_QUERY).sort());
      for (const r of needy)
        expect(r.query!.safeParse(Object.fromEntries(new URLSearchParams(requiredQuery(r)))).success).to.equal(true);
    });

    it('sent every property to every route it applies to', () => {
      const expected: Record<string, readonly RouteSpec[]> = {
        bodies: BODY_ROUTES,
        'malformed JSON': ROUTES,
        'content types and encodings': BODY_ROUTES,
        queries: ROUTES,
        'path parameters': PARAM_ROUTES,
        'deep nesting': BODY_ROUTES,
      };
      for (const [property, routes] of Object.entries(expected)) {
        const missed = routes.map(routeName).filter((name) => !exercised.get(property)?.has(name));
        expect(missed, `routes the "${property}" property never reached`).to.deep.equal([]);
      }
      console.log(
        `      (${formatCount(ROUTES.length)} routes: ${BODY_ROUTES.length} with a body, ${PARAM_ROUTES.length} with path parameters)`,
      );
    });
  });

  describe('regressions found by fuzzing the HTTP API', () => {
    const send = (request: RawRequest) =>
      sendRaw(f.url, { ...request, headers: { Authorization: ADMIN, ...request.headers } }, { agent });

    it('answers a path parameter that is not valid percent-encoding with a 400 problem, not a 500', async () => {
      for (const path of [
        '/api/facts/%E0%A4%A',
        '/api/facts/%',
        '/api/actors/sedena%ZZ/name',
        '/api/facts/salazar-letter-to-ebrard/citations/%C0%AF',
      ]) {
        const reply = await send({
          method: path.endsWith('/name') ? 'POST' : path.includes('citations') ? 'DELETE' : 'GET',
          path,
        });
        expectClientProblem(reply, path);
        expect(reply.status, path).to.equal(400);
        expect(JSON.parse(reply.text)).to.deep.include({ type: '/problems/validation' });
        expect(JSON.parse(reply.text).issues[0]).to.deep.include({ path: 'params', in: 'path' });
      }
    });

    it('answers a body that does not inflate under its Content-Encoding with a 400 problem, not a 500', async () => {
      for (const encoding of ['gzip', 'deflate', 'br']) {
        const reply = await send({
          method: 'POST',
          path: '/api/facts',
          headers: { ...JSON_TYPE, 'content-encoding': encoding },
          body: Buffer.from('{"id":"x"}'),
        });
        expectClientProblem(reply, encoding);
        expect(reply.status).to.equal(400);
        expect(JSON.parse(reply.text).detail).to.match(/^the request body could not be read: /);
      }
    });

    it('answers an import nested 10,000 deep sent with an Idempotency-Key with a 400 problem, not a 500', async () => {
      const before = await head();
      const reply = await send({
        method: 'POST',
        path: '/api/import',
        headers: { ...JSON_TYPE, 'Idempotency-Key': 'deep-import' },
        body: Buffer.from(`{"facts":[${deepNesting(10_000, 'array')}]}`),
      });
      expectClientProblem(reply, 'deep import');
      expect(JSON.parse(reply.text)).to.deep.include({
        status: 400,
        detail: 'the request body is nested more than 64 levels deep',
      });
      expect(await head()).to.equal(before);
    });

    it('refuses YAML nested deeper than a dossier at once (a megabyte of "[" held the server for half a minute), and still imports YAML', async () => {
      const yaml = { 'content-type': 'application/yaml' };
      for (const body of [
        '['.repeat(1_000_000),
        `${'- '.repeat(100_000)}x`,
        `${'{a: '.repeat(100_000)}`,
        `sources:\n${' '.repeat(300)}- x`,
      ]) {
        const started = performance.now();
        const reply = await send({ method: 'POST', path: '/api/import', headers: yaml, body: Buffer.from(body) });
        expectClientProblem(reply, `${body.slice(0, 20)}…`);
        expect(JSON.parse(reply.text).detail).to.match(/nested too deeply for a dossier/);
        expect(performance.now() - started).to.be.below(5_000);
      }
      const dossier =
        'title: "[[[[ not nesting ]"\ntopics:\n  - id: yaml-topic\n    label: "[{[{ brackets in a label"\n    notes: |\n      [[[[[[[[ in a block scalar\n      - - - - - - -\n';
      const reply = await send({ method: 'POST', path: '/api/import', headers: yaml, body: Buffer.from(dossier) });
      expect(reply.status, reply.text).to.equal(200);
      expect(JSON.parse(reply.text).topics).to.deep.include({ created: 1, rejected: 0 });
    });

    // Node's HTTP parser refuses these before express sees them; the server's 'clientError'
    // handler answers them with a problem document.
    it("answers requests that Node's parser refuses (a head over 16 KiB, a control byte in the path) with a problem document", async () => {
      for (const head of [
        `GET /api/timelines?from=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        'GET /api/facts/\x01 HTTP/1.1\r\nHost: x\r\n\r\n',
      ]) {
        const answer = await rawExchange(f.url, Buffer.from(head, 'latin1'));
        expect(answer).to.match(/^HTTP\/1\.1 4\d\d /);
        expect(answer).to.match(/\r\nContent-Type: application\/problem\+json/i);
      }
    });

    it('answers 431 to a head over 16 KiB and 400 to a control byte in the path, then closes the connection', async () => {
      expect(
        await rawExchange(
          f.url,
          Buffer.from(`GET /api/timelines?from=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
        ),
      ).to.match(/^HTTP\/1\.1 431 /);
      expect(
        await rawExchange(f.url, Buffer.from('GET /api/facts/\x01 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')),
      ).to.match(/^HTTP\/1\.1 400 /);
    });
  });

  describe('well-formed requests carrying hostile text (2xx allowed, when consistent)', () => {
    let serial = 0;
    let accepted = 0;
    const created: string[] = [];
    /** Text a field may hold (mostly), or not (too long, blank): either answer is fine, a 5xx is not. */
    const text = (max: number) =>
      fc.oneof(
        { weight: 12, arbitrary: nastyString(40).filter((t) => t.trim() !== '') },
        { weight: 2, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
        { weight: 1, arbitrary: hugeString(max - 40, max - 20) },
        { weight: 1, arbitrary: fc.oneof(hugeString(max + 1, max + 20), fc.constantFrom('', ' ', '\u3000\n')) },
      );
    const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

    /** One write: where, what, the status it answers when accepted, where to read it back, the fields to compare. */
    interface Write {
      path: string;
      body: Record<string, unknown>;
      status: number;
      read: (id: string) => string;
      checks: Record<string, string | null>;
    }
    type MakeWrite = (id: string) => Write;
    const printableWrite = (make: MakeWrite): MakeWrite =>
      Object.defineProperty(make, fc.toStringMethod, {
        value: () => {
          const w = make('<id>');
          return `POST ${w.path} ${JSON.stringify(w.body).slice(0, 600)}`;
        },
        enumerable: false,
      });
    const writes: fc.Arbitrary<MakeWrite> = fc
      .oneof(
        fc
          .record({
            name: text(300),
            kind: fc.constantFrom('person', 'company', 'group'),
            aliases: fc.array(text(300), { maxLength: 3 }),
            notes: orNull(text(10_000)),
          })
          .map((a) => (id: string) => ({
            path: '/api/actors',
            body: { id, ...a },
            status: 201,
            read: (i: string) => `/api/actors/${i}`,
            checks: { name: a.name.trim() },
          })),
        fc
          .record({ label: text(200), parent: fc.constantFrom(null, 'border-security'), notes: orNull(text(10_000)) })
          .map((t) => (id: string) => ({
            path: '/api/topics',
            body: { id, ...t },
            status: 201,
            read: (i: string) => `/api/topics/${i}`,
            checks: { label: t.label.trim() },
          })),
        fc
          .record({
            title: text(500),
            publisher: orNull(text(300)),
            url: orNull(
              fc.constantFrom(
                'https://example.org/%E0%A4%A',
                'https://例え.jp/',
                'javascript:alert(1)',
                'http://[::1]/?q=%00',
              ),
            ),
            publishedOn: orNull(edtfShaped),
            reliability: fc.constantFrom('A', 'F'),
            notes: orNull(text(10_000)),
          })
          .map((s) => (id: string) => ({
            path: '/api/sources',
            body: { id, ...s },
            status: 201,
            read: (i: string) => `/api/sources/${i}`,
            checks: { title: s.title.trim() },
          })),
        {
          weight: 4,
          arbitrary: fc
            .record({
              summary: text(2_000),
              when: fc.oneof(
                { weight: 1, arbitrary: edtfShaped },
                {
                  weight: 4,
                  arbitrary: fc.constantFrom(
                    '2022-04-22',
                    '-0044-03-15',
                    'Y9999999',
                    '2022-21',
                    '../2022-10',
                    '-2022-10-XX',
                    '2022-04-22T23:59:59-14:00',
                    '20XX-02-29',
                    '0000-01-01/9999-12-31',
                  ),
                },
              ),
              place: orNull(text(300)),
              notes: orNull(text(10_000)),
              actors: fc.array(fc.record({ id: fc.constantFrom('sedena', 'china'), role: orNull(text(60)) }), {
                maxLength: 2,
              }),
              topics: fc.subarray(['border-security']),
              citations: fc.array(
                fc.record({
                  source: fc.constant('yucatan-times-nuctech'),
                  quote: orNull(text(10_000)),
                  statedDate: orNull(edtfShaped),
                  statedWeekday: orNull(fc.constantFrom('Friday', 'Monday')),
                }),
                { maxLength: 2 },
              ),
              relations: fc.array(
                fc.record({
                  type: fc.constantFrom('after', 'before', 'same-day'),
                  fact: fc.constant('salazar-letter-to-ebrard'),
                  offset: orNull(fc.constantFrom('P10D', 'P0D', 'P999999D')),
                }),
                { maxLength: 1 },
              ),
              reason: fc.option(text(2_000), { nil: undefined }),
            })
            .map((x) => (id: string) => ({
              path: '/api/facts',
              body: { id, ...x },
              status: 201,
              read: (i: string) => `/api/facts/${i}`,
              checks: { summary: x.summary.trim() },
            })),
        },
        fc.record({ summary: text(2_000), notes: orNull(text(10_000)) }).map((x) => () => ({
          path: '/api/facts/salazar-letter-to-ebrard/summary',
          body: x,
          status: 200,
          read: () => '/api/facts/salazar-letter-to-ebrard',
          checks: { summary: x.summary.trim() },
        })),
        fc.record({ place: orNull(text(300)) }).map((x) => () => ({
          path: '/api/facts/salazar-letter-to-ebrard/place',
          body: x,
          status: 200,
          read: () => '/api/facts/salazar-letter-to-ebrard',
          checks: { place: x.place === null ? null : x.place.trim() },
        })),
        fc.record({ alias: text(300) }).map((x) => () => ({
          path: '/api/actors/sedena/aliases',
          body: x,
          status: 200,
          read: () => '/api/actors/sedena',
          checks: {},
        })),
      )
      .map(printableWrite);

    it(
      titled(
        'answers well-formed writes with hostile text by writing exactly what was sent (read back the same) or by a 4xx problem that wrote nothing',
        RUNS.writes,
      ),
      async () => {
        await fc.assert(
          fc.asyncProperty(
            writes,
            fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extraHeaders }),
            async (make, extra) => {
              countCase('HTTP: well-formed writes with hostile text');
              const id = `fz-${serial++}`;
              const w = make(id);
              const request: RawRequest = {
                method: 'POST',
                path: w.path,
                headers: { ...extra, ...JSON_TYPE, Authorization: ADMIN },
                body: Buffer.from(JSON.stringify(w.body)),
              };
              const before = await head();
              const reply = await sendRaw(f.url, request, { agent });
              expectNoPrototypePollution();
              if (reply.status >= 400) {
                expectClientProblem(reply, describeRequest(request));
                expect(await head(), 'a refused write wrote nothing').to.equal(before);
                return;
              }
              expect(reply.status, `${describeRequest(request)} → ${reply.text.slice(0, 300)}`).to.equal(w.status);
              if (reply.headers['idempotent-replayed'] === 'true') {
                expect(await head(), 'a replayed write wrote nothing').to.equal(before);
                return;
              }
              expect(await head(), 'an accepted write moved the head of the log').to.not.equal(before);
              const doc = JSON.parse(reply.text) as Record<string, unknown>;
              expect(reply.headers.etag).to.equal(`"${String(doc.revision)}"`);
              for (const [field, value] of Object.entries(w.checks))
                expect(doc[field], `${field} as written`).to.equal(value);
              const read = await sendRaw(
                f.url,
                { method: 'GET', path: w.read(id), headers: { Authorization: ADMIN } },
                { agent },
              );
              expect(read.status).to.equal(200);
              expect(JSON.parse(read.text), 'read back the same').to.deep.equal(doc);
              accepted += 1;
              if (w.status === 201 && w.path === '/api/facts') created.push(id);
            },
          ),
          fuzzParams(RUNS.writes),
        );
        console.log(`        (${accepted} of them written, ${created.length} facts among them; the others refused)`);
      },
    );

    it('still answers every timeline format, the checks, every written fact and a rebuild with 200 after those writes', async () => {
      const paths = [
        ...['json', 'csv', 'ics', 'md', 'timelinejs'].flatMap((format) => [
          `/api/timelines?format=${format}&limit=1000`,
          `/api/timelines/actors/sedena?format=${format}`,
          `/api/timelines/topics/border-security?format=${format}&includeRetracted=true`,
        ]),
        '/api/checks',
        '/api/checks?actor=sedena',
        '/api/actors',
        '/api/topics',
        '/api/sources',
        ...created.map((id) => `/api/facts/${id}`),
        ...created.map((id) => `/api/facts/${id}/history`),
      ];
      for (const path of paths) {
        const reply = await sendRaw(f.url, { method: 'GET', path, headers: { Authorization: ADMIN } }, { agent });
        expect(reply.status, `${path} → ${reply.text.slice(0, 300)}`).to.equal(200);
      }
      const rebuilt = await sendRaw(
        f.url,
        { method: 'POST', path: '/api/rebuild', headers: { Authorization: ADMIN } },
        { agent },
      );
      expect(rebuilt.status, rebuilt.text).to.equal(200);
      expectNoPrototypePollution();
    });

    it(
      titled(
        'answers a live feed asked to resume from a hostile position with an event stream or a 4xx problem',
        RUNS.resume,
      ),
      async () => {
        const resume = fc.oneof(
          fc.constantFrom('0', '-1', '1e3', '99999999999999999999', '4821:4821', '__proto__', '', ' ', 'constructor'),
          nastyString(20).filter((s) => /^[\x20-\x7e\x80-\xff]*$/.test(s)),
        );
        await fc.assert(
          fc.asyncProperty(resume, fc.boolean(), async (position, asHeader) => {
            countCase('HTTP: live feed resume positions');
            const path = asHeader ? '/api/updates?actor=sedena' : `/api/updates?after=${encodeURIComponent(position)}`;
            const reply = await firstChunk(f.url, path, asHeader ? { 'Last-Event-ID': position } : {});
            if (reply.status === 200) {
              expect(reply.headers['content-type']).to.match(/^text\/event-stream/);
            } else {
              expectClientProblem(reply, `GET ${path}`);
            }
            expectNoPrototypePollution();
          }),
          fuzzParams(RUNS.resume),
        );
      },
    );
  });
});

/** The status, headers and first chunk of a streaming reply; the connection is then closed. */
function firstChunk(baseUrl: string, path: string, headers: Record<string, string>): Promise<RawReply> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: url.hostname, port: url.port, path, headers: { ...headers, Authorization: ADMIN }, agent: false },
      (res) => {
        res.once('data', (chunk: Buffer) => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: chunk.toString('utf8') });
          req.destroy();
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no first chunk from ${path} within 10 s`));
    }, 10_000);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Writes raw bytes to the server and returns everything it answers before closing. */
function rawExchange(baseUrl: string, bytes: Buffer): Promise<string> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let answer = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
