import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { CapturePoolOptions } from '../../src/capture/capturePool.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const ARTICLE = readFileSync(
  fileURLToPath(new URL('../../eval/articles/dev/nuctech-border-scanners.txt', import.meta.url)),
  'utf8',
);
const SHORT =
  'Ten days after the State Department report, the US ambassador to Mexico, Ken Salazar, sent a letter to Foreign Minister Marcelo Ebrard. On 3 June 2022 Sedena replied.';

/**
 * About 2 MiB of text: the dev article repeated. Its capture takes 20–80 s of CPU, so a capture
 * that ends within a test's few seconds was stopped, not finished.
 */
const HUGE = Array.from({ length: Math.ceil(2_000_000 / ARTICLE.length) }, () => ARTICLE).join('\n\n');

/** Each of the pool's hooks as a queue of the lengths it was told, awaited in order. */
function hooksOf() {
  const queues = { start: [] as string[], queued: [] as string[], cancel: [] as string[] };
  const waiters = { start: [], queued: [], cancel: [] } as Record<keyof typeof queues, ((v: string) => void)[]>;
  const tell = (hook: keyof typeof queues, value: string) => {
    const w = waiters[hook].shift();
    if (w) w(value);
    else queues[hook].push(value);
  };
  const next = (hook: keyof typeof queues) =>
    queues[hook].length > 0
      ? Promise.resolve(queues[hook].shift()!)
      : new Promise<string>((r) => waiters[hook].push(r));
  const options: CapturePoolOptions = {
    onStart: (n) => tell('start', String(n)),
    onQueued: (n) => tell('queued', String(n)),
    onCancel: (n, where) => tell('cancel', `${n} ${where}`),
  };
  return { options, next, told: queues };
}

/** A capture sent on its own connection, which the test can close before the answer (`gone`). */
function openCapture(f: HttpFixture, text: string): { answer: Promise<{ status: number; json: any }>; gone(): void } {
  const body = JSON.stringify({ text, lang: 'en' });
  let req: ClientRequest;
  const answer = new Promise<{ status: number; json: any }>((resolve, reject) => {
    req = httpRequest(
      `${f.url}/api/capture`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  answer.catch(() => undefined);
  return { answer, gone: () => req.destroy() };
}

describe('POST /api/capture when its client goes away', function () {
  this.timeout(120_000);
  let f: HttpFixture;
  afterEach(async () => f?.close());

  it('takes a waiting capture out of the queue: the queue takes one more, and the next starts after the running one', async () => {
    const hooks = hooksOf();
    f = await startTestServer({ capture: { inlineBelow: 0, threads: 1, queue: 1, ...hooks.options } });
    const running = openCapture(f, HUGE);
    expect(await hooks.next('start')).to.equal(String(HUGE.length));
    const leaving = openCapture(f, `${SHORT} `);
    expect(await hooks.next('queued')).to.equal(String(SHORT.length + 1));
    leaving.gone();
    expect(await hooks.next('cancel')).to.equal(`${SHORT.length + 1} waiting`);

    const next = openCapture(f, SHORT);
    expect(await hooks.next('queued'), 'the place it left is free').to.equal(String(SHORT.length));
    const refused = await f.request('POST', '/api/capture', { body: { text: `${SHORT}  `, lang: 'en' } });
    expect(refused.status, 'and only that one').to.equal(503);

    running.gone();
    expect(await hooks.next('cancel')).to.equal(`${HUGE.length} running`);
    expect(await hooks.next('start'), 'the next capture in the queue').to.equal(String(SHORT.length));
    const answered = await next.answer;
    expect(answered.status).to.equal(200);
    expect(answered.json.facts).to.have.length(2);
    expect(hooks.told.start, 'the capture that left never started').to.deep.equal([]);
  });

  it('stops a running capture, so that the next one gets a thread without waiting for its text', async () => {
    const hooks = hooksOf();
    f = await startTestServer({ capture: { inlineBelow: 0, threads: 1, queue: 4, ...hooks.options } });
    const running = openCapture(f, HUGE);
    expect(await hooks.next('start')).to.equal(String(HUGE.length));
    running.gone();
    expect(await hooks.next('cancel')).to.equal(`${HUGE.length} running`);

    const next = f.request('POST', '/api/capture', { body: { text: SHORT, lang: 'en' } });
    expect(await hooks.next('start')).to.equal(String(SHORT.length));
    const answered = await next;
    expect(answered.status).to.equal(200);
    expect(answered.json.facts).to.have.length(2);
    expect(hooks.told.cancel).to.deep.equal([]);
  });

  it('leaves a capture that answered alone when its client closes the connection afterwards', async () => {
    const hooks = hooksOf();
    f = await startTestServer({ capture: { inlineBelow: 0, threads: 1, queue: 4, ...hooks.options } });
    const first = openCapture(f, SHORT);
    const answered = await first.answer;
    first.gone();
    expect(answered.status).to.equal(200);
    expect(answered.json.facts).to.have.length(2);

    const next = await f.request('POST', '/api/capture', { body: { text: `${SHORT} `, lang: 'en' } });
    expect(next.status).to.equal(200);
    expect(hooks.told.start).to.deep.equal([String(SHORT.length), String(SHORT.length + 1)]);
    expect(hooks.told.cancel, 'nothing was cancelled').to.deep.equal([]);
  });

  it('logs a capture whose client went away once, as aborted with no status, not as answered', async () => {
    const hooks = hooksOf();
    const lines: { msg: string; res: { statusCode: number | null }; req: { url: string } }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    f = await startTestServer({ logger, capture: { inlineBelow: 0, threads: 1, queue: 4, ...hooks.options } });
    const running = openCapture(f, HUGE);
    expect(await hooks.next('start')).to.equal(String(HUGE.length));
    running.gone();
    expect(await hooks.next('cancel')).to.equal(`${HUGE.length} running`);
    const next = await f.request('POST', '/api/capture', { body: { text: SHORT, lang: 'en' } });
    expect(next.status).to.equal(200);

    const captures = lines
      .filter((l) => l.req?.url === '/api/capture')
      .map((l) => ({ msg: l.msg, status: l.res.statusCode }));
    expect(captures).to.deep.equal([
      { msg: 'request aborted', status: null },
      { msg: 'request completed', status: 200 },
    ]);
  });
});
