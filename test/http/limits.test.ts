import { expect } from 'chai';
import { ConnectionCounter, RequestRateLimiter } from '../../src/http/limits.ts';
import { HttpError } from '../../src/http/problem.ts';
import { RawEventStream } from '../support/sseClient.ts';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';

const refusal = (fn: () => unknown): HttpError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  return expect.fail('expected a 429 refusal');
};

describe('per-token limits', () => {
  describe('the request-rate bucket', () => {
    it('allows a minute’s worth at once, then refuses with 429 and Retry-After', () => {
      let now = 0;
      const limiter = new RequestRateLimiter(60, () => now);
      for (let i = 0; i < 60; i++) limiter.take('editor#1');
      const refused = refusal(() => limiter.take('editor#1'));
      expect(refused.status).to.equal(429);
      expect(refused.headers['Retry-After']).to.equal('1');
      expect(refused.message).to.match(/60 requests a minute/);
      now += 1000;
      limiter.take('editor#1');
      expect(() => limiter.take('editor#1')).to.throw(HttpError);
    });

    it('keeps one bucket per token, so one busy token does not starve another', () => {
      const limiter = new RequestRateLimiter(2, () => 0);
      limiter.take('a');
      limiter.take('a');
      expect(() => limiter.take('a')).to.throw(HttpError);
      limiter.take('b');
      limiter.take('b');
    });

    it('says how long to wait when the refill is slow', () => {
      const limiter = new RequestRateLimiter(1, () => 0);
      limiter.take('a');
      expect(refusal(() => limiter.take('a')).headers['Retry-After']).to.equal('60');
    });

    it('forgets full buckets rather than growing without bound', () => {
      let now = 0;
      const limiter = new RequestRateLimiter(10, () => now);
      for (let i = 0; i < 10_000; i++) limiter.take(`anonymous@${i}`);
      now += 60_000;
      limiter.take('newcomer');
      expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).to.equal(1);
    });
  });

  describe('the stream counter', () => {
    it('refuses a stream past the bound and counts a release once', () => {
      const counter = new ConnectionCounter(2);
      const first = counter.acquire('reader#0');
      counter.acquire('reader#0');
      expect(refusal(() => counter.acquire('reader#0')).status).to.equal(429);
      counter.acquire('editor#1');
      first();
      first();
      expect(counter.countOf('reader#0')).to.equal(1);
      counter.acquire('reader#0');
    });
  });

  describe('over HTTP', () => {
    let f: HttpFixture;
    afterEach(async () => f.close());
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    it('answers 429 problem+json with Retry-After once a token spends its requests, while other tokens go on', async () => {
      f = await startTestServer({ auth: true, limits: { requestsPerMinute: 3, now: () => 0 } });
      for (let i = 0; i < 3; i++)
        expect((await f.request('GET', '/api/actors', { headers: bearer(TOKENS.editor) })).status).to.equal(200);
      const refused = await f.request('GET', '/api/actors', { headers: bearer(TOKENS.editor) });
      expect(refused.status).to.equal(429);
      expect(refused.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(refused.headers.get('retry-after')).to.equal('20');
      expect(refused.json).to.include({ status: 429, type: '/problems/rate-limited' });
      expect((await f.request('GET', '/api/actors', { headers: bearer(TOKENS.reader) })).status).to.equal(200);
      // Writes are refused before they reach the store.
      const head = await f.chronicle.store.headPosition();
      const write = await f.request('POST', '/api/facts/salazar-letter-to-ebrard/date', {
        body: { when: '2022-04-22', reason: 'x' },
        headers: bearer(TOKENS.editor),
      });
      expect(write.status).to.equal(429);
      expect(await f.chronicle.store.headPosition()).to.equal(head);
    });

    it('counts missing and unknown tokens against the caller’s address, so guessing tokens is limited too', async () => {
      f = await startTestServer({ auth: true, limits: { requestsPerMinute: 2, now: () => 0 } });
      expect((await f.request('GET', '/api/actors')).status).to.equal(401);
      expect((await f.request('GET', '/api/actors', { headers: bearer('guess-number-one-0000') })).status).to.equal(
        401,
      );
      expect((await f.request('GET', '/api/actors', { headers: bearer('guess-number-two-0000') })).status).to.equal(
        429,
      );
      expect((await f.request('GET', '/api/actors', { headers: bearer(TOKENS.reader) })).status).to.equal(200);
    });

    it('leaves health checks out of the rate', async () => {
      f = await startTestServer({ auth: true, limits: { requestsPerMinute: 1, now: () => 0 } });
      for (let i = 0; i < 3; i++) expect((await f.request('GET', '/health')).status).to.equal(200);
    });

    it('refuses a live-feed stream past the token’s bound with 429, and accepts it again once one closes', async () => {
      f = await startTestServer({ auth: true, limits: { feedConnections: 2 } });
      const open = (token: string) => RawEventStream.open(`${f.url}/api/updates`, { headers: bearer(token) });
      const first = await open(TOKENS.reader);
      const second = await open(TOKENS.reader);
      expect([first.response.statusCode, second.response.statusCode]).to.deep.equal([200, 200]);
      const third = await open(TOKENS.reader);
      expect(third.response.statusCode).to.equal(429);
      await third.ended;
      expect(JSON.parse(third.text)).to.include({ status: 429, type: '/problems/too-many-streams' });
      const editors = await open(TOKENS.editor);
      expect(editors.response.statusCode, 'another token has its own bound').to.equal(200);

      first.destroy();
      while (f.server.feed.streamsOf('reader#0') === 2) await new Promise((resolve) => setImmediate(resolve));
      const again = await open(TOKENS.reader);
      expect(again.response.statusCode).to.equal(200);
      for (const s of [second, editors, again]) s.destroy();
    });
  });
});
