import { expect } from 'chai';
import { once } from 'node:events';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { startTestServer, TOKENS, type HttpFixture, type HttpResponse } from '../support/httpFixture.ts';

/** The same request through express: an upper-case charset is one `flatRoute` leaves to it. */
const THROUGH_EXPRESS = 'application/json; charset=UTF-8';
const FLAT = 'application/json';

const fact = (id: string) => ({
  id,
  summary: 'Customs reports scanner downtime at crossing 7',
  when: '2023-04-17',
  actors: [{ id: 'nuctech', role: 'subject' }],
});

/** What a client sees of an answer, the request's own id and fact id taken out. */
function seen(r: HttpResponse, id: string): unknown {
  const headers: Record<string, string> = {};
  r.headers.forEach((value, name) => {
    if (name !== 'date' && name !== 'x-request-id' && name !== 'keep-alive') headers[name] = value;
  });
  // The test store's clock moves on with every event, so the two answers' times differ.
  const text = r.text
    .split(id)
    .join('ID')
    .replace(/"(createdAt|updatedAt)":"[^"]*"/g, '"$1":"TIME"');
  const json = r.json === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  if (json && typeof json === 'object') delete json.requestId;
  return { status: r.status, headers: JSON.parse(JSON.stringify(headers).split(id).join('ID')) as unknown, json };
}

let sent = 0;

/** Sends one request as `flatRoute` takes it and its twin through express, and returns both as seen. */
async function twins(
  f: HttpFixture,
  raw: (id: string) => string,
  headers: Record<string, string> = {},
): Promise<[unknown, unknown]> {
  const n = String((sent += 1));
  const flat = await f.request('POST', '/api/facts', {
    raw: raw(`flat-${n}`),
    headers: { 'content-type': FLAT, ...headers },
  });
  const twin = await f.request('POST', '/api/facts', {
    raw: raw(`twin-${n}`),
    headers: { 'content-type': THROUGH_EXPRESS, ...headers },
  });
  return [seen(flat, `flat-${n}`), seen(twin, `twin-${n}`)];
}

/** A test server whose request log lines are kept, parsed, in `lines`. */
async function loggedServer(): Promise<{ logged: HttpFixture; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logged: await startTestServer({ logger: pino({ level: 'info' }, sink) }), lines };
}

describe('POST /api/facts run without the router', () => {
  let f: HttpFixture;
  before(async () => {
    f = await startTestServer();
  });
  after(async () => f.close());

  it('answers a new fact as express does: 201, its Location, ETag and document', async () => {
    const [flat, twin] = await twins(f, (id) => JSON.stringify(fact(id)));
    expect((flat as { status: number }).status).to.equal(201);
    expect(flat).to.deep.equal(twin);
  });

  it('answers as express does a body with a byte-order mark, malformed JSON, JSON nested too deep, and an invalid fact', async () => {
    const bodies: ((id: string) => string)[] = [
      (id) => `\uFEFF${JSON.stringify(fact(id))}`,
      (id) => `{"id": "${id}", "summary": `,
      () => `${'['.repeat(65)}${']'.repeat(65)}`,
      (id) => JSON.stringify({ ...fact(id), summary: '' }),
      () => 'null',
    ];
    const statuses = [];
    for (const body of bodies) {
      const [flat, twin] = await twins(f, body);
      expect(flat).to.deep.equal(twin);
      statuses.push((flat as { status: number }).status);
    }
    expect(statuses).to.deep.equal([201, 400, 400, 400, 400]);
  });

  it('answers as express does a fact already recorded, a bad X-Chronicle-User, and idempotency keys', async () => {
    await f.request('POST', '/api/facts', { body: fact('kept-1') });
    const again = await twins(f, () => JSON.stringify(fact('kept-1')));
    expect(again[0]).to.deep.equal(again[1]);
    expect((again[0] as { status: number }).status).to.equal(409);
    const user = await twins(f, (id) => JSON.stringify(fact(id)), { 'X-Chronicle-User': 'u'.repeat(201) });
    expect(user[0]).to.deep.equal(user[1]);
    const badKey = await twins(f, (id) => JSON.stringify(fact(id)), { 'Idempotency-Key': 'x'.repeat(300) });
    expect(badKey[0]).to.deep.equal(badKey[1]);
    expect((badKey[0] as { status: number }).status).to.equal(400);
    for (const [type, key] of [
      [FLAT, 'key-flat'],
      [THROUGH_EXPRESS, 'key-twin'],
    ] as const) {
      const first = await f.request('POST', '/api/facts', {
        raw: JSON.stringify(fact(key)),
        headers: { 'content-type': type, 'Idempotency-Key': key },
      });
      const replay = await f.request('POST', '/api/facts', {
        raw: JSON.stringify(fact(key)),
        headers: { 'content-type': type, 'Idempotency-Key': key },
      });
      expect([first.status, replay.status, replay.headers.get('Idempotent-Replayed')]).to.deep.equal([
        201,
        201,
        'true',
      ]);
      expect(replay.text).to.equal(first.text);
    }
  });

  it('writes the same request log line as express', async () => {
    const { logged, lines } = await loggedServer();
    try {
      const [flat, twin] = await twins(logged, (id) => JSON.stringify(fact(id)));
      expect(flat).to.deep.equal(twin);
      const requestLines = lines.filter((l) => l.msg === 'request completed');
      expect(requestLines).to.have.length(2);
      const shape = (line: Record<string, unknown>) => {
        const { req, res, level, msg } = line as {
          req: { method: string; url: string; query: unknown; params: unknown; headers: Record<string, string> };
          res: { statusCode: number; headers: Record<string, string> };
          level: number;
          msg: string;
        };
        return {
          level,
          msg,
          req: { method: req.method, url: req.url, query: req.query, params: req.params },
          requestHeaders: Object.keys(req.headers).sort(),
          status: res.statusCode,
          responseHeaders: Object.keys(res.headers).sort(),
        };
      };
      expect(shape(requestLines[0]!)).to.deep.equal(shape(requestLines[1]!));
      expect(shape(requestLines[0]!).status).to.equal(201);
    } finally {
      await logged.close();
    }
  });

  it('refuses as express does a request without a token, a reader’s, and one over the rate', async () => {
    const guarded = await startTestServer({ auth: true });
    try {
      const none = await twins(guarded, (id) => JSON.stringify(fact(id)));
      expect(none[0]).to.deep.equal(none[1]);
      expect((none[0] as { status: number }).status).to.equal(401);
      const reader = await twins(guarded, (id) => JSON.stringify(fact(id)), {
        Authorization: `Bearer ${TOKENS.reader}`,
      });
      expect(reader[0]).to.deep.equal(reader[1]);
      expect((reader[0] as { status: number }).status).to.equal(403);
    } finally {
      await guarded.close();
    }
    for (const type of [FLAT, THROUGH_EXPRESS]) {
      const limited = await startTestServer({ limits: { requestsPerMinute: 1 } });
      try {
        const send = () =>
          limited.request('POST', '/api/facts', {
            raw: JSON.stringify(fact(`rate-${(sent += 1)}`)),
            headers: { 'content-type': type },
          });
        expect((await send()).status).to.equal(201);
        const refused = await send();
        expect([refused.status, refused.headers.get('Retry-After')]).to.deep.equal([429, '60']);
      } finally {
        await limited.close();
      }
    }
  });
  it('takes a plain request itself and leaves the same request with a named charset to express', async () => {
    const application = express.application as unknown as { handle: (...args: unknown[]) => unknown };
    const handle = application.handle;
    const handled: string[] = [];
    application.handle = function (this: unknown, ...args: unknown[]) {
      const req = args[0] as { method: string; url: string; headers: Record<string, string> };
      handled.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      return handle.apply(this, args);
    };
    let counted: HttpFixture | undefined;
    try {
      counted = await startTestServer();
      const [flat, twin] = await twins(counted, (id) => JSON.stringify(fact(id)));
      expect(flat).to.deep.equal(twin);
    } finally {
      application.handle = handle;
      await counted?.close();
    }
    expect(handled.filter((h) => h.startsWith('POST /api/facts'))).to.deep.equal([
      `POST /api/facts ${THROUGH_EXPRESS}`,
    ]);
  });

  it('logs a client that goes away in the middle of its body as express does', async () => {
    const { logged, lines } = await loggedServer();
    const { port } = new URL(logged.url);
    try {
      for (const type of [FLAT, THROUGH_EXPRESS]) {
        const socket = connect(Number(port), '127.0.0.1');
        await once(socket, 'connect');
        socket.write(
          `POST /api/facts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n`,
        );
        // "100 Continue" says the server has taken the request and waits for its body.
        await once(socket, 'data');
        socket.write('{"id": "gon');
        socket.destroy();
        await once(socket, 'close');
      }
    } finally {
      await logged.close();
    }
    const requestLines = lines
      .filter((l) => (l.req as { url?: string } | undefined)?.url === '/api/facts')
      .map((l) => ({ msg: l.msg, status: (l.res as { statusCode?: number } | undefined)?.statusCode ?? null }));
    expect(requestLines).to.have.length(2);
    expect(requestLines[0]).to.deep.equal(requestLines[1]);
  });
});
