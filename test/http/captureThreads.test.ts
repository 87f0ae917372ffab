import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CapturePoolOptions } from '../../src/capture/capturePool.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const ARTICLE = readFileSync(
  fileURLToPath(new URL('../../eval/articles/dev/nuctech-border-scanners.txt', import.meta.url)),
  'utf8',
);
const ON_THE_STORE =
  'Ten days after the State Department report, the US ambassador to Mexico, Ken Salazar, sent a letter to Foreign Minister Marcelo Ebrard. On 3 June 2022 Sedena replied.';

/** A long text: the dev article repeated, about 200,000 characters, which takes seconds of CPU to capture. */
const LONG = Array.from({ length: Math.ceil(200_000 / ARTICLE.length) }, () => ARTICLE).join('\n\n');

/** Resolves when the server hands a capture to a thread (`CapturePoolOptions.onStart`), each time. */
function startsOf(): { options: Pick<CapturePoolOptions, 'onStart'>; next(): Promise<number> } {
  const waiting: ((n: number) => void)[] = [];
  const started: number[] = [];
  return {
    options: {
      onStart: (n) => {
        const w = waiting.shift();
        if (w) w(n);
        else started.push(n);
      },
    },
    next: () => (started.length > 0 ? Promise.resolve(started.shift()!) : new Promise<number>((r) => waiting.push(r))),
  };
}

describe('POST /api/capture in worker threads', function () {
  this.timeout(120_000);
  let f: HttpFixture;
  afterEach(async () => f?.close());

  it('answers the draft it answers inline, for a text anchored to the store and for a dev article', async () => {
    const inline = await startTestServer({ capture: { inlineBelow: Number.MAX_SAFE_INTEGER } });
    const bodies = [
      { text: ON_THE_STORE, sourceId: 'yucatan-times-nuctech', lang: 'en' },
      { text: ARTICLE, publishedOn: '2022-10' },
    ];
    const expected: string[] = [];
    try {
      for (const body of bodies) {
        const res = await inline.request('POST', '/api/capture', { body });
        expect(res.status).to.equal(200);
        expected.push(res.text);
      }
    } finally {
      await inline.close();
    }
    const starts = startsOf();
    f = await startTestServer({ capture: { inlineBelow: 0, ...starts.options } });
    for (const [i, body] of bodies.entries()) {
      const started = starts.next();
      const res = await f.request('POST', '/api/capture', { body });
      expect(await started).to.equal(body.text.length);
      expect(res.status).to.equal(200);
      expect(res.text).to.equal(expected[i]);
    }
    expect(JSON.parse(expected[0]!).facts[0].relations).to.deep.equal([
      { type: 'after', fact: 'state-dept-report-to-sedena', offset: 'P10D' },
    ]);
  });

  it('answers a health check and a timeline page while a long capture runs', async () => {
    const starts = startsOf();
    f = await startTestServer({ capture: starts.options });
    const order: string[] = [];
    const capture = f.request('POST', '/api/capture', { body: { text: LONG, lang: 'en' } }).then((res) => {
      order.push('capture');
      return res;
    });
    expect(await starts.next()).to.equal(LONG.length);
    const [health, page] = await Promise.all([f.request('GET', '/health'), f.request('GET', '/api/timelines?limit=5')]);
    order.push('health and timeline');
    expect(health.status).to.equal(200);
    expect(page.status).to.equal(200);
    expect((await capture).status).to.equal(200);
    expect(order).to.deep.equal(['health and timeline', 'capture']);
  });

  it('refuses a capture beyond the threads and the queue with a 503 that says why', async () => {
    const starts = startsOf();
    f = await startTestServer({ capture: { threads: 1, queue: 0, ...starts.options } });
    const running = f.request('POST', '/api/capture', { body: { text: LONG, lang: 'en' } });
    await starts.next();
    const refused = await f.request('POST', '/api/capture', { body: { text: LONG, lang: 'en' } });
    expect(refused.status).to.equal(503);
    expect(refused.headers.get('retry-after')).to.equal('1');
    expect(refused.json.detail).to.equal(
      'too many captures at once: 1 running and 0 waiting (the most this server queues); retry later',
    );
    const short = await f.request('POST', '/api/capture', { body: { text: ON_THE_STORE, lang: 'en' } });
    expect(short.status, 'a short text is captured inline').to.equal(200);
    expect((await running).status).to.equal(200);
  });

  it('answers a 500 when the thread stops mid-capture, and the next capture gets a new thread', async () => {
    const starts = startsOf();
    f = await startTestServer({ capture: { inlineBelow: 0, ...starts.options } });
    const first = f.request('POST', '/api/capture', { body: { text: LONG, lang: 'en' } });
    await starts.next();
    await f.server.captures.terminate();
    const failed = await first;
    expect(failed.status).to.equal(500);
    expect(failed.json.detail).to.match(
      /^the capture thread stopped \(exit code \d+\) before it answered; nothing was written, and the next capture starts a new thread$/,
    );
    const next = await f.request('POST', '/api/capture', { body: { text: ON_THE_STORE, lang: 'en' } });
    expect(next.status).to.equal(200);
    expect(next.json.facts).to.have.length(2);
  });
});
