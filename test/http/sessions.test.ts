import { expect } from 'chai';
import { pino } from 'pino';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { openTestChronicle } from '../support/chronicleFixture.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const ALICE = 'alice-editor-token-0123456789';
const BOB = 'bob-reader-token-0123456789';
const TOKENS = `editor:alice:${ALICE},reader:bob:${BOB},admin:root-admin-token-0123456789`;
const LETTER = 'salazar-letter-to-ebrard';

/** The `name=value` part of a `Set-Cookie` header. */
const cookieOf = (setCookie: string | null) => (setCookie ?? '').split(';')[0]!;

describe('signing in (sessions)', () => {
  let f: HttpFixture;
  let now: number;
  const same = () => ({ Origin: f.url });

  beforeEach(async () => {
    now = Date.parse('2022-11-01T09:00:00Z');
    f = await startTestServer({ tokens: TOKENS, sessions: { ttlMs: 60 * 60 * 1000, now: () => now } });
  });
  afterEach(async () => f.close());

  async function signIn(token: string): Promise<string> {
    const r = await f.request('POST', '/api/session', { body: { token }, headers: same() });
    expect(r.status, r.text).to.equal(200);
    return cookieOf(r.headers.get('set-cookie'));
  }

  describe('POST /api/session', () => {
    it('exchanges a token for an HttpOnly, SameSite=Strict cookie that lasts the session’s life', async () => {
      const r = await f.request('POST', '/api/session', { body: { token: ALICE }, headers: same() });
      expect(r.status).to.equal(200);
      expect(r.json).to.deep.equal({
        required: true,
        role: 'editor',
        name: 'alice',
        expiresAt: '2022-11-01T10:00:00.000Z',
      });
      const cookie = r.headers.get('set-cookie')!;
      expect(cookie).to.match(/^chronicle_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
      expect(cookie, 'not Secure over plain http').to.not.contain('Secure');
      expect(r.text).to.not.contain(ALICE);
    });

    it('gives each sign-in a fresh random id', async () => {
      expect(await signIn(ALICE)).to.not.equal(await signIn(ALICE));
    });

    it('refuses an unknown token (401) and sets no cookie', async () => {
      const r = await f.request('POST', '/api/session', {
        body: { token: 'not-a-configured-token' },
        headers: same(),
      });
      expect(r.status).to.equal(401);
      expect(r.headers.get('set-cookie')).to.equal(null);
    });

    it('refuses a sign-in from another origin, or with no Origin (403)', async () => {
      for (const headers of [{ Origin: 'http://127.0.0.1:1' }, {}] as Record<string, string>[]) {
        const r = await f.request('POST', '/api/session', { body: { token: ALICE }, headers });
        expect(r.status).to.equal(403);
        expect(r.json.type).to.match(/cross-origin/);
        expect(r.headers.get('set-cookie')).to.equal(null);
      }
    });

    it('names the missing token field', async () => {
      const r = await f.request('POST', '/api/session', { body: {}, headers: same() });
      expect(r.status).to.equal(400);
      expect(r.json.issues[0].path).to.equal('token');
    });
  });

  describe('a request with the session cookie', () => {
    it('reads, and the live feed opens with it (EventSource sends no header)', async () => {
      const cookie = await signIn(BOB);
      expect((await f.request('GET', '/api/timelines', { headers: { Cookie: cookie } })).status).to.equal(200);
      const controller = new AbortController();
      const feed = await fetch(`${f.url}/api/updates`, { headers: { Cookie: cookie }, signal: controller.signal });
      expect(feed.status).to.equal(200);
      expect(feed.headers.get('content-type')).to.match(/^text\/event-stream/);
      controller.abort();
    });

    it('writes from the same origin, recorded under the token’s name', async () => {
      const cookie = await signIn(ALICE);
      const r = await f.request('POST', `/api/facts/${LETTER}/place`, {
        body: { place: 'Mexico City' },
        headers: { Cookie: cookie, ...same() },
      });
      expect(r.status, r.text).to.equal(200);
      const history = await f.request('GET', `/api/facts/${LETTER}/history`, { headers: { Cookie: cookie } });
      expect(history.json.events.at(-1).recordedBy).to.equal('alice');
    });

    it('is refused (403) when it changes state from another origin or without an Origin, and writes nothing', async () => {
      const cookie = await signIn(ALICE);
      for (const origin of ['http://127.0.0.1:1', 'null', undefined]) {
        const r = await f.request('POST', `/api/facts/${LETTER}/place`, {
          body: { place: 'Forged' },
          headers: { Cookie: cookie, ...(origin ? { Origin: origin } : {}) },
        });
        expect(r.status, String(origin)).to.equal(403);
        expect(r.json.type).to.match(/cross-origin/);
      }
      const fact = await f.request('GET', `/api/facts/${LETTER}`, { headers: { Cookie: cookie } });
      expect(fact.json.place ?? null).to.not.equal('Forged');
    });

    it('keeps the role: a reader’s session may not write (403)', async () => {
      const cookie = await signIn(BOB);
      const r = await f.request('POST', `/api/facts/${LETTER}/place`, {
        body: { place: 'Mexico City' },
        headers: { Cookie: cookie, ...same() },
      });
      expect(r.status).to.equal(403);
      expect(r.json.detail).to.match(/needs the editor role; the session has reader/);
    });

    it('may not name someone else in X-Chronicle-User', async () => {
      const cookie = await signIn(ALICE);
      const r = await f.request('POST', `/api/facts/${LETTER}/place`, {
        body: { place: 'Mexico City' },
        headers: { Cookie: cookie, ...same(), 'X-Chronicle-User': 'mallory' },
      });
      expect(r.status).to.equal(400);
      expect(r.json.issues[0].path).to.equal('X-Chronicle-User');
    });

    it('is refused (401) once the session expires', async () => {
      const cookie = await signIn(BOB);
      now += 60 * 60 * 1000 - 1;
      expect((await f.request('GET', '/api/timelines', { headers: { Cookie: cookie } })).status).to.equal(200);
      now += 1;
      const r = await f.request('GET', '/api/timelines', { headers: { Cookie: cookie } });
      expect(r.status).to.equal(401);
      expect(r.json.detail).to.match(/sign in again/);
      expect(r.headers.get('www-authenticate')).to.match(/^Bearer/);
    });
  });

  describe('bearer tokens', () => {
    it('keep working for apps, with no Origin, recorded under the token’s name', async () => {
      const r = await f.request('POST', `/api/facts/${LETTER}/place`, {
        body: { place: 'Mexico City' },
        headers: { Authorization: `Bearer ${ALICE}` },
      });
      expect(r.status, r.text).to.equal(200);
      expect(r.json.updatedBy).to.equal('alice');
    });
  });

  describe('GET /api/session', () => {
    it('says who the page is signed in as, or that it must sign in', async () => {
      expect((await f.request('GET', '/api/session')).json).to.deep.equal({
        required: true,
        role: null,
        name: null,
        expiresAt: null,
      });
      const cookie = await signIn(BOB);
      expect((await f.request('GET', '/api/session', { headers: { Cookie: cookie } })).json).to.deep.equal({
        required: true,
        role: 'reader',
        name: 'bob',
        expiresAt: '2022-11-01T10:00:00.000Z',
      });
    });

    it('says no sign-in is needed on a server without tokens', async () => {
      const open = await startTestServer({ demo: false });
      try {
        expect((await open.request('GET', '/api/session')).json).to.deep.equal({
          required: false,
          role: 'admin',
          name: null,
          expiresAt: null,
        });
        const r = await open.request('POST', '/api/session', { body: { token: ALICE }, headers: { Origin: open.url } });
        expect(r.status).to.equal(409);
      } finally {
        await open.close();
      }
    });
  });

  describe('the live feed opened with a session', () => {
    /** Opens the feed with `cookie` and returns a reader of the stream's text to its end. */
    async function openFeed(fixture: HttpFixture, cookie: string): Promise<() => Promise<string>> {
      const feed = await fetch(`${fixture.url}/api/updates`, { headers: { Cookie: cookie } });
      expect(feed.status).to.equal(200);
      const reader = feed.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const first = await reader.read();
      text += decoder.decode(first.value);
      expect(text).to.match(/^retry: /);
      return async () => {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
          text += decoder.decode(chunk.value, { stream: true });
        return text;
      };
    }

    it('ends when the session is signed out, saying so, and cannot be opened again with it', async () => {
      const cookie = await signIn(BOB);
      const rest = await openFeed(f, cookie);
      expect((await f.request('DELETE', '/api/session', { headers: { Cookie: cookie, ...same() } })).status).to.equal(
        204,
      );
      expect(await rest()).to.match(/event: dropped\ndata: \{"reason":"the session ended; sign in again"\}/);
      expect((await fetch(`${f.url}/api/updates`, { headers: { Cookie: cookie } })).status).to.equal(401);
    });

    it('ends at the next heartbeat once the session has expired', async () => {
      const fast = await startTestServer({
        tokens: TOKENS,
        sessions: { ttlMs: 60 * 60 * 1000, now: () => now },
        feed: { heartbeatMs: 10 },
      });
      try {
        const r = await fast.request('POST', '/api/session', { body: { token: BOB }, headers: { Origin: fast.url } });
        const rest = await openFeed(fast, cookieOf(r.headers.get('set-cookie')));
        now += 60 * 60 * 1000;
        expect(await rest()).to.match(/event: dropped\ndata: \{"reason":"the session ended; sign in again"\}/);
      } finally {
        await fast.close();
      }
    });

    it('stays open for a bearer token, which has no session to end', async () => {
      const feed = await fetch(`${f.url}/api/updates`, { headers: { Authorization: `Bearer ${BOB}` } });
      expect(feed.status).to.equal(200);
      const cookie = await signIn(BOB);
      await f.request('DELETE', '/api/session', { headers: { Cookie: cookie, ...same() } });
      expect(f.server.feed.size).to.equal(1);
      await feed.body!.cancel();
    });
  });

  describe('DELETE /api/session (sign out)', () => {
    it('ends the session and clears the cookie', async () => {
      const cookie = await signIn(ALICE);
      const r = await f.request('DELETE', '/api/session', { headers: { Cookie: cookie, ...same() } });
      expect(r.status).to.equal(204);
      expect(r.headers.get('set-cookie')).to.match(
        /^chronicle_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/,
      );
      expect((await f.request('GET', '/api/timelines', { headers: { Cookie: cookie } })).status).to.equal(401);
    });

    it('is refused from another origin, and the session goes on', async () => {
      const cookie = await signIn(ALICE);
      const r = await f.request('DELETE', '/api/session', {
        headers: { Cookie: cookie, Origin: 'http://127.0.0.1:1' },
      });
      expect(r.status).to.equal(403);
      expect((await f.request('GET', '/api/timelines', { headers: { Cookie: cookie } })).status).to.equal(200);
    });
  });
});

describe('behind a reverse proxy', () => {
  const proxied = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'chronicle.example.org' };

  it('believes X-Forwarded-* from a configured proxy: the cookie is Secure and the public origin is the page’s', async () => {
    const f = await startTestServer({ tokens: TOKENS, trustProxy: ['loopback'] });
    try {
      const r = await f.request('POST', '/api/session', {
        body: { token: ALICE },
        headers: { ...proxied, Origin: 'https://chronicle.example.org' },
      });
      expect(r.status, r.text).to.equal(200);
      expect(r.headers.get('set-cookie')).to.match(/; Secure$/);
    } finally {
      await f.close();
    }
  });

  it('ignores X-Forwarded-* from anyone else', async () => {
    const f = await startTestServer({ tokens: TOKENS, trustProxy: ['10.0.0.5'] });
    try {
      const forged = await f.request('POST', '/api/session', {
        body: { token: ALICE },
        headers: { ...proxied, Origin: 'https://chronicle.example.org' },
      });
      expect(forged.status).to.equal(403);
      const r = await f.request('POST', '/api/session', {
        body: { token: ALICE },
        headers: { ...proxied, Origin: f.url },
      });
      expect(r.status).to.equal(200);
      expect(r.headers.get('set-cookie')).to.not.contain('Secure');
    } finally {
      await f.close();
    }
  });

  it('counts anonymous callers by the client address a trusted proxy gives, and by the socket otherwise', async () => {
    const limits = { requestsPerMinute: 1, now: () => 0 };
    const statuses = async (trustProxy: string[]) => {
      const f = await startTestServer({ tokens: TOKENS, trustProxy, limits });
      try {
        const out = [];
        for (const client of ['203.0.113.1', '203.0.113.2'])
          out.push((await f.request('GET', '/api/timelines', { headers: { 'X-Forwarded-For': client } })).status);
        return out;
      } finally {
        await f.close();
      }
    };
    expect(await statuses(['127.0.0.1']), 'two clients, one bucket each').to.deep.equal([401, 401]);
    expect(await statuses(['10.0.0.5']), 'one socket, one bucket').to.deep.equal([401, 429]);
  });
});

describe('the request logs of signing in', () => {
  it('contain neither the token nor the session id', async () => {
    const f = await openTestChronicle();
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    const server = await startServer({ chronicle: f.chronicle, logger, tokens: parseTokens(TOKENS, 't'), port: 0 });
    let cookie = '';
    try {
      const r = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Origin: server.url },
        body: JSON.stringify({ token: ALICE }),
      });
      cookie = cookieOf(r.headers.get('set-cookie'));
      await fetch(`${server.url}/api/timelines`, { headers: { Cookie: cookie } });
    } finally {
      await server.close();
      await f.close();
    }
    const id = cookie.split('=')[1]!;
    expect(id).to.have.length(43);
    const logged = lines.join('');
    expect(logged).to.not.contain(ALICE).and.not.contain(id);
  });
});
