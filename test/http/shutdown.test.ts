import { expect } from 'chai';
import { get } from 'node:http';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

describe('a graceful shutdown', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  it('ends live-feed streams with a retry hint and lets an in-flight write finish', async () => {
    const stream = new Promise<string>((resolve, reject) => {
      get(`${f.url}/api/updates`, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    await new Promise<void>((resolve) => {
      const check = () => (f.server.feed.size > 0 ? resolve() : setImmediate(check));
      check();
    });
    const received = new Promise<void>((resolve) => f.server.server.once('request', () => resolve()));
    const write = f.request('POST', '/api/facts', {
      body: { id: 'late', summary: 'Written while stopping', when: '2022' },
    });
    await received;
    const closing = f.server.close();
    const [written, text] = await Promise.all([write, stream, closing]);
    expect(written.status).to.equal(201);
    expect(text).to.match(/retry: \d+\n\n$/);
    expect(await f.chronicle.store.readStream('fact-late')).to.have.length(1);
  });

  it('closes the connection of a request that arrives as it stops, even one answered at once', async () => {
    // The stop begins while the request is being received, before the app answers it.
    f.server.server.prependListener('request', (req: { url?: string }) => {
      if (req.url === '/favicon.ico') void f.server.close();
    });
    const res = await new Promise<{ status?: number; connection?: string }>((resolve, reject) => {
      get(`${f.url}/favicon.ico`, (r) => {
        r.resume();
        r.on('end', () => resolve({ status: r.statusCode, connection: r.headers.connection }));
      }).on('error', reject);
    });
    expect(res).to.deep.equal({ status: 200, connection: 'close' });
  });
});
