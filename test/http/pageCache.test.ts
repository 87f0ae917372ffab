import { expect } from 'chai';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { noneMatchHits, PageCache } from '../../src/http/pageCache.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const page = (text: string) => ({
  etag: '"x"',
  body: Buffer.from(text),
  contentType: 'application/json',
  headers: {},
});

describe('the page cache', () => {
  it('gives a page back only under the write token it was kept under', () => {
    const cache = new PageCache();
    cache.set('/a', 'token-1', page('one'));
    expect(cache.get('/a', 'token-1')?.body.toString()).to.equal('one');
    expect(cache.get('/a', 'token-2')).to.equal(undefined);
    expect(cache.get('/a', 'token-1'), 'a page found stale is dropped').to.equal(undefined);
    expect(cache.bytes).to.equal(0);
  });

  it('drops the least recently used pages once it holds more bytes than its capacity', () => {
    const cache = new PageCache(10);
    cache.set('/a', 't', page('aaaa'));
    cache.set('/b', 't', page('bbbb'));
    cache.get('/a', 't');
    cache.set('/c', 't', page('cccc'));
    expect(cache.get('/b', 't'), 'the least recently used').to.equal(undefined);
    expect(cache.get('/a', 't')?.body.toString()).to.equal('aaaa');
    expect(cache.get('/c', 't')?.body.toString()).to.equal('cccc');
    cache.set('/d', 't', page('x'.repeat(11)));
    expect(cache.get('/d', 't'), 'a page larger than the whole cache').to.equal(undefined);
    expect(cache.bytes).to.equal(8);
  });

  it('names a page by its URL and the write token', () => {
    expect(PageCache.etagOf('/a', 't')).to.equal(PageCache.etagOf('/a', 't'));
    expect(PageCache.etagOf('/a', 't')).not.to.equal(PageCache.etagOf('/a', 'u'));
    expect(PageCache.etagOf('/a', 't')).not.to.equal(PageCache.etagOf('/b', 't'));
  });

  it('reads If-None-Match as a list of tags, weak or strong, or *', () => {
    expect(noneMatchHits('"a", W/"b"', '"b"')).to.equal(true);
    expect(noneMatchHits('"a"', 'W/"a"')).to.equal(true);
    expect(noneMatchHits('*', '"z"')).to.equal(true);
    expect(noneMatchHits('"a"', '"b"')).to.equal(false);
    expect(noneMatchHits(undefined, '"b"')).to.equal(false);
  });
});

describe('timeline pages over HTTP', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  it('answer a request naming the current ETag with 304 and no body', async () => {
    const identity = { 'Accept-Encoding': 'identity' };
    const first = await f.request('GET', '/api/timelines/actors/sedena', { headers: identity });
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).to.equal('private, no-cache');
    const again = await f.request('GET', '/api/timelines/actors/sedena', {
      headers: { ...identity, 'If-None-Match': etag },
    });
    expect(again.status).to.equal(304);
    expect(again.text).to.equal('');
    expect(again.headers.get('etag')).to.equal(etag);
  });

  it('are sent compressed when the client accepts it, under the same ETag made weak, which If-None-Match matches', async () => {
    const path = '/api/timelines?limit=1000';
    const plain = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'identity' });
    const br = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    const gzipped = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(br.headers['content-encoding']).to.equal('br');
    expect(gzipped.headers['content-encoding']).to.equal('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).to.equal(true);
    expect(gunzipSync(gzipped.body).equals(plain.body)).to.equal(true);
    expect(br.body.length, 'the demo timeline shrinks to a fraction').to.be.below(plain.body.length / 4);
    expect(br.headers.etag).to.equal(`W/${plain.headers.etag}`);
    expect(br.headers.vary).to.match(/Accept-Encoding/);
    const again = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! });
    expect(again.status).to.equal(304);
  });

  it('build a page once for all the requests that ask for it while it is built', async () => {
    const built: string[] = [];
    const cache = new PageCache();
    const build = (name: string) => async () => {
      built.push(name);
      await Promise.resolve();
      return name;
    };
    const answers = await Promise.all([
      cache.once('/a', 't', build('first')),
      cache.once('/a', 't', build('second')),
      cache.once('/a', 'u', build('other token')),
    ]);
    expect(answers).to.deep.equal(['first', 'first', 'other token']);
    expect(await cache.once('/a', 't', build('after'))).to.equal('after');
    expect(built).to.deep.equal(['first', 'other token', 'after']);
  });

  it('serve a page again from the bytes kept while the read models have not changed', async () => {
    const first = await f.request('GET', '/api/timelines/actors/sedena?limit=2');
    // Rows deleted behind the read models' back, with no new write token: only a page built again would miss them.
    const db = f.chronicle.readModels().db;
    const timeline = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%timeline'`)
      .pluck()
      .get() as string;
    expect(
      db.prepare(`DELETE FROM ${timeline} WHERE kind = 'actor' AND timeline_id = 'sedena'`).run().changes,
    ).to.be.above(0);
    const kept = await f.request('GET', '/api/timelines/actors/sedena?limit=2');
    expect(kept.text).to.equal(first.text);
    expect(kept.headers.get('link'), 'headers are kept with the page').to.equal(first.headers.get('link'));
    expect(kept.headers.get('etag')).to.equal(first.headers.get('etag'));
  });

  it('build the page again, under a new ETag, once a write reached the read models', async () => {
    const first = await f.request('GET', '/api/timelines/actors/sedena');
    const etag = first.headers.get('etag')!;
    const recorded = await f.request('POST', '/api/facts', {
      body: {
        id: 'second-warning',
        summary: 'Sedena received a second warning',
        when: '2022-06',
        actors: [{ id: 'sedena', role: 'recipient' }],
      },
    });
    expect(recorded.status).to.equal(201);
    const after = await f.request('GET', '/api/timelines/actors/sedena', { headers: { 'If-None-Match': etag } });
    expect(after.status).to.equal(200);
    expect(after.headers.get('etag')).not.to.equal(etag);
    expect(after.json.entries.map((e: { factId: string }) => e.factId)).to.include('second-warning');
  });

  it('build the page again when another connection wrote the read models', async () => {
    const first = await f.request('GET', '/api/timelines?format=csv');
    const other = ReadModelDb.open(f.chronicle.readModels().db.name);
    try {
      other.transaction(() => undefined);
    } finally {
      other.db.close();
    }
    const after = await f.request('GET', '/api/timelines?format=csv', {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(after.status).to.equal(200);
    expect(after.text).to.equal(first.text);
    expect(after.headers.get('content-type')).to.equal(first.headers.get('content-type'));
    expect(after.headers.get('etag')).not.to.equal(first.headers.get('etag'));
  });

  it('keep no refusal: an unknown actor is a 404 every time', async () => {
    expect((await f.request('GET', '/api/timelines/actors/nobody')).status).to.equal(404);
    await f.request('POST', '/api/actors', { body: { id: 'nobody', name: 'Nobody', kind: 'person' } });
    expect((await f.request('GET', '/api/timelines/actors/nobody')).status).to.equal(200);
  });
});

/** A GET over node:http, which (unlike fetch) neither asks for nor undoes a Content-Encoding. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
