import { expect } from 'chai';
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
    const first = await f.request('GET', '/api/timelines/actors/sedena');
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).to.equal('private, no-cache');
    const again = await f.request('GET', '/api/timelines/actors/sedena', { headers: { 'If-None-Match': etag } });
    expect(again.status).to.equal(304);
    expect(again.text).to.equal('');
    expect(again.headers.get('etag')).to.equal(etag);
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
