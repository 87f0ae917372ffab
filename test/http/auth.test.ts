import { expect } from 'chai';
import { pino } from 'pino';
import { allRoutes } from '../../src/http/createApp.ts';
import { parseTokens, roleOf } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';
import { openTestChronicle } from '../support/chronicleFixture.ts';
import { exchange } from '../support/rawSocket.ts';

/**
 * Every write route that needs a role, with a concrete path (bodies need not be valid: auth is
 * checked first). Signing in and out are open: test/http/sessions.test.ts holds them.
 */
const writeRoutes = allRoutes()
  .filter((r) => r.method !== 'get' && r.role !== null)
  .map((r) => ({
    method: r.method.toUpperCase(),
    role: r.role,
    path: r.path
      .replace(':citationId', 'c1')
      .replace(':type', 'after')
      .replace(':target', 'other')
      .replace(':actorId', 'sedena')
      .replace(':topicId', 'nuctech-scanners')
      .replace(':id', 'salazar-letter-to-ebrard'),
  }));

describe('access control', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer({ auth: true })));
  afterEach(async () => f.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('covers every write route in its table', () => {
    expect(writeRoutes.length).to.be.greaterThan(20);
  });

  for (const route of writeRoutes) {
    describe(`${route.method} ${route.path}`, () => {
      it('refuses a request without a token (401, with a Bearer challenge)', async () => {
        const r = await f.request(route.method, route.path, { body: {} });
        expect(r.status).to.equal(401);
        expect(r.headers.get('www-authenticate')).to.match(/^Bearer/);
      });

      it('refuses a wrong token (401)', async () => {
        expect(
          (await f.request(route.method, route.path, { body: {}, headers: bearer('not-a-real-token-at-all') })).status,
        ).to.equal(401);
      });

      it('refuses a reader token (403)', async () => {
        expect(
          (await f.request(route.method, route.path, { body: {}, headers: bearer(TOKENS.reader) })).status,
        ).to.equal(403);
      });

      it(
        route.role === 'admin'
          ? 'refuses an editor token (403) and accepts admin'
          : 'accepts an editor token (past auth)',
        async () => {
          const editor = await f.request(route.method, route.path, { body: {}, headers: bearer(TOKENS.editor) });
          if (route.role === 'admin') {
            expect(editor.status).to.equal(403);
            const admin = await f.request(route.method, route.path, { body: {}, headers: bearer(TOKENS.admin) });
            expect(admin.status).to.not.be.oneOf([401, 403]);
          } else {
            expect(editor.status).to.not.be.oneOf([401, 403]);
          }
        },
      );
    });
  }

  describe('before the body is read', () => {
    const broken = '{"id": "x", "summary": ';

    it('refuses broken JSON from an anonymous caller with 401 and from a reader with 403, as any other body', async () => {
      const anonymous = await f.request('POST', '/api/facts', {
        raw: broken,
        headers: { 'content-type': 'application/json' },
      });
      expect(anonymous.status).to.equal(401);
      const reader = await f.request('POST', '/api/facts', {
        raw: broken,
        headers: { 'content-type': 'application/json', ...bearer(TOKENS.reader) },
      });
      expect(reader.status).to.equal(403);
      const editor = await f.request('POST', '/api/facts', {
        raw: broken,
        headers: { 'content-type': 'application/json', ...bearer(TOKENS.editor) },
      });
      expect(editor.status, 'the editor may send it, and it is refused as JSON').to.equal(400);
      expect(editor.json.detail).to.match(/not valid JSON/);
    });

    for (const [who, headers, status] of [
      ['an anonymous caller', '', 401],
      ['a wrong token', 'Authorization: Bearer not-a-real-token-at-all\r\n', 401],
      ['a reader', `Authorization: Bearer ${TOKENS.reader}\r\n`, 403],
      ['an editor on an admin route', `Authorization: Bearer ${TOKENS.editor}\r\n`, 403],
    ] as const) {
      it(`answers ${who} announcing a 24 MB body with ${status} before a byte of it arrives, and closes the connection`, async () => {
        const path = who.includes('admin') ? '/api/import' : '/api/facts';
        const head =
          `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${headers}` +
          `Content-Length: ${24 * 1024 * 1024}\r\n\r\n`;
        const { responses, closed } = await exchange(f.url, head, { deadlineMs: 5000 });
        expect(responses.map((r) => r.status)).to.deep.equal([status]);
        expect(responses[0]!.headers.connection).to.equal('close');
        expect(JSON.parse(responses[0]!.body)).to.include({ status });
        expect(closed, 'the server closed the connection rather than read the body').to.equal(true);
      });
    }

    it('keeps the large limit for the import alone: 2 MiB is too large for a fact, not for a dossier', async () => {
      const padding = 'x'.repeat(2 * 1024 * 1024);
      const fact = await f.request('POST', '/api/facts', {
        body: { id: 'big', summary: 'big', when: '2022', notes: padding },
        headers: bearer(TOKENS.editor),
      });
      expect(fact.status).to.equal(413);
      const dossier = await f.request('POST', '/api/import', {
        body: { title: 'padding', description: padding, facts: [] },
        headers: bearer(TOKENS.admin),
      });
      expect(dossier.status, dossier.text.slice(0, 300)).to.equal(400);
      expect(dossier.json.issues[0].path).to.equal('description');
    });
  });

  it('lets a reader read and answers health and the OpenAPI document without a token', async () => {
    expect((await f.request('GET', '/api/timelines', { headers: bearer(TOKENS.reader) })).status).to.equal(200);
    expect((await f.request('GET', '/api/timelines')).status).to.equal(401);
    expect((await f.request('GET', '/health')).status).to.equal(200);
    expect((await f.request('GET', '/openapi.json')).status).to.equal(200);
  });

  it('records the token’s label, never the token, as recordedBy', async () => {
    const r = await f.request('POST', '/api/facts/salazar-letter-to-ebrard/retraction', {
      body: { reason: 'test' },
      headers: bearer(TOKENS.editor),
    });
    expect(r.json.updatedBy).to.equal('editor#1');
    expect(JSON.stringify(r.json)).to.not.contain(TOKENS.editor);
  });
});

describe('tokens', () => {
  it('parse from role:token pairs and match in constant time by digest', () => {
    const table = parseTokens(
      'reader:aaaaaaaaaaaaaaaa, editor:bbbbbbbbbbbbbbbb\n# a comment\nadmin:cccccccccccccccc',
      'CHRONICLE_TOKENS',
    );
    expect(table.entries.map((e) => e.role)).to.deep.equal(['reader', 'editor', 'admin']);
    expect(roleOf(table, 'Bearer bbbbbbbbbbbbbbbb')?.role).to.equal('editor');
    expect(roleOf(table, 'Bearer bbbbbbbbbbbbbbbc')).to.equal(undefined);
    expect(JSON.stringify(table)).to.not.contain('bbbbbbbbbbbbbbbb');
  });

  it('take an optional name, role:name:token, which is the token’s label', () => {
    const table = parseTokens('editor:alice:aaaa:aaaaaaaaaaaaaa, reader:bbbbbbbbbbbbbbbb', 'CHRONICLE_TOKENS');
    expect(table.entries.map((e) => e.label)).to.deep.equal(['alice', 'reader#1']);
    expect(roleOf(table, 'Bearer aaaa:aaaaaaaaaaaaaa')).to.deep.equal({ role: 'editor', label: 'alice' });
    expect(() => parseTokens('editor::aaaaaaaaaaaaaaaa', 'CHRONICLE_TOKENS')).to.throw(ValidationError, /a name must/);
  });

  it('refuse an unknown role or a short token without echoing the token', () => {
    expect(() => parseTokens('root:aaaaaaaaaaaaaaaa', 'CHRONICLE_TOKENS')).to.throw(
      ValidationError,
      /role reader, editor or admin/,
    );
    try {
      parseTokens('editor:short', 'CHRONICLE_TOKENS');
      expect.fail('expected an error');
    } catch (error) {
      expect((error as Error).message)
        .to.match(/at least 16/)
        .and.not.contain('short');
    }
  });
});

describe('the request logs', () => {
  it('never contain a token, valid or not, whatever the header looks like', async () => {
    const f = await openTestChronicle();
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    const tokens = parseTokens(`reader:${TOKENS.reader},editor:${TOKENS.editor},admin:${TOKENS.admin}`, 'test');
    const server = await startServer({ chronicle: f.chronicle, logger, tokens, host: '127.0.0.1', port: 0 });
    const wrong = 'wrong-token-that-must-not-leak';
    try {
      for (const authorization of [
        `Bearer ${TOKENS.editor}`,
        `Bearer ${wrong}`,
        `bearer   ${TOKENS.admin}  `,
        `Basic ${TOKENS.reader}`,
      ]) {
        for (const path of ['/api/timelines', '/api/facts/no-such-fact/date', '/api/rebuild']) {
          await fetch(`${server.url}${path}`, {
            method: path === '/api/timelines' ? 'GET' : 'POST',
            headers: { Authorization: authorization, 'content-type': 'application/json' },
            body: path === '/api/timelines' ? null : '{"when":"2022"}',
          });
        }
      }
    } finally {
      await server.close();
      await f.close();
    }
    expect(lines.length).to.be.greaterThan(10);
    const logged = lines.join('');
    for (const secret of [TOKENS.reader, TOKENS.editor, TOKENS.admin, wrong]) expect(logged).to.not.contain(secret);
    expect(logged).to.contain('[Redacted]');
  });
});

describe('the request log line', () => {
  it('is written once per request, when it ends: its id, method, URL, status and time', async () => {
    const f = await openTestChronicle();
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const server = await startServer({ chronicle: f.chronicle, logger, tokens: parseTokens('', 't'), port: 0 });
    let ids: (string | null)[] = [];
    try {
      const answers = [
        await fetch(`${server.url}/api/facts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: 'logged', summary: 'A logged fact', when: '2022' }),
        }),
        await fetch(`${server.url}/api/facts/no-such-fact`),
      ];
      ids = answers.map((r) => r.headers.get('X-Request-Id'));
    } finally {
      await server.close();
      await f.close();
    }
    const requests = lines
      .map(
        (line) =>
          JSON.parse(line) as {
            msg: string;
            req: Record<string, unknown>;
            res: Record<string, unknown>;
            responseTime: unknown;
          },
      )
      .filter((line) => line.msg === 'request completed')
      .map(({ req, res, responseTime }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        status: res.statusCode,
        timed: typeof responseTime === 'number',
      }));
    expect(requests).to.deep.equal([
      { id: ids[0], method: 'POST', url: '/api/facts', status: 201, timed: true },
      { id: ids[1], method: 'GET', url: '/api/facts/no-such-fact', status: 404, timed: true },
    ]);
  });
});

describe('the server without tokens', () => {
  it('refuses to listen on a public host', async () => {
    const f = await openTestChronicle();
    try {
      await startServer({
        chronicle: f.chronicle,
        logger: pino({ level: 'silent' }),
        tokens: parseTokens('', 't'),
        host: '0.0.0.0',
        port: 0,
      });
      expect.fail('expected a refusal');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as Error).message).to.match(/refusing to listen on 0\.0\.0\.0/);
    } finally {
      await f.close();
    }
  });
});
