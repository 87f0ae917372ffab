import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { buildPdf } from '../support/pdfBuilder.ts';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';

const article = [
  'Border scanners bought despite warnings',
  'Ten days after this alert, the ambassador sent a letter.',
  'In the letter, dated May 2, he warned the government.',
].join('\n\n');

describe('POST /api/sources/:id/text', () => {
  let f: HttpFixture;
  beforeEach(async () => {
    f = await startTestServer({ demo: false });
    expect((await f.request('POST', '/api/sources', { body: { id: 'yt', title: 'Yucatan Times' } })).status).to.equal(
      201,
    );
    const fact = (id: string, quote: string) => ({
      id,
      summary: `The ${id} is sent`,
      when: '2022-05-02',
      citations: [{ source: 'yt', quote, locator: 'paragraph 2' }],
    });
    expect(
      (await f.request('POST', '/api/facts', { body: fact('letter', 'the ambassador sent a letter') })).status,
    ).to.equal(201);
    expect((await f.request('POST', '/api/facts', { body: fact('memo', 'a memo dated May 3') })).status).to.equal(201);
  });
  afterEach(async () => f.close());

  const sourceEvents = async () => (await f.chronicle.store.readStream('source-yt')).map((e) => e.type);
  const attach = (body: unknown, headers: Record<string, string> = {}) =>
    f.request('POST', '/api/sources/yt/text', { body, headers });

  it('holds the text, says where the quotes stand, and locates them in the facts beside their locator', async () => {
    const res = await attach({ text: article, reason: 'the article as printed' });
    expect(res.status, res.text).to.equal(200);
    expect(res.json).to.deep.include({
      attached: true,
      warnings: [],
      quotes: {
        found: 1,
        notFound: [{ factId: 'memo', citationId: res.json.quotes.notFound[0].citationId, quote: 'a memo dated May 3' }],
      },
    });
    expect(res.json.source.text).to.deep.include({ characters: article.length, paragraphs: 3 });
    expect(res.headers.get('etag')).to.equal('"1"');
    const letter = (await f.request('GET', '/api/facts/letter')).json;
    expect(letter.citations[0]).to.deep.include({ locator: 'paragraph 2' });
    expect(letter.citations[0].location).to.deep.include({ found: true, paragraph: 2, occurrences: 1 });
    const memo = (await f.request('GET', '/api/facts/memo')).json;
    expect(memo.citations[0].location).to.deep.equal({ found: false });
    const checks = (await f.request('GET', '/api/checks')).json;
    expect(checks.findings.filter((x: any) => x.code === 'quote-not-in-source').map((x: any) => x.facts)).to.deep.equal(
      [['memo']],
    );
    const history = await f.chronicle.store.readStream('source-yt');
    expect(history.at(-1)!.metadata).to.deep.include({ reason: 'the article as printed' });
  });

  it('writes nothing when the same text is attached again', async () => {
    await attach({ text: article });
    const again = await attach({ text: `${article}\r\n\r\n` });
    expect(again.status).to.equal(200);
    expect(again.json.attached).to.equal(false);
    expect(await sourceEvents()).to.deep.equal(['SourceRegistered', 'SourceTextAttached']);
  });

  it('reads the article of an HTML page and the text layer of a base64 PDF', async () => {
    const html = await attach({
      html: '<html><head><title>Scanners</title></head><body><nav>Home</nav><p>Ten days after this alert, the ambassador sent a letter.</p></body></html>',
    });
    expect(html.status, html.text).to.equal(200);
    expect(html.json.quotes.found).to.equal(1);
    const pdf = buildPdf([['It was a memo dated May 3.']]);
    const fromPdf = await attach({ pdf: Buffer.from(pdf).toString('base64') });
    expect(fromPdf.status, fromPdf.text).to.equal(200);
    expect(fromPdf.json.quotes).to.deep.include({ found: 1 });
    expect(fromPdf.json.source.text.characters).to.equal('It was a memo dated May 3.'.length);
  });

  it('takes a text larger than the API’s usual 1 MiB body', async () => {
    const big = `${article}\n\n${'More words for a long report. '.repeat(50_000)}`;
    const res = await attach({ text: big });
    expect(res.status, res.text.slice(0, 300)).to.equal(200);
    expect(res.json.source.text.characters).to.equal(big.trimEnd().length);
  });

  describe('refuses, writing nothing', () => {
    const refused = async (body: unknown, status: number, issue: { path: string; message: RegExp } | RegExp) => {
      const res = await attach(body);
      expect(res.status, res.text).to.equal(status);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
      if (issue instanceof RegExp) expect(res.json.detail).to.match(issue);
      else {
        expect(res.json.issues[0].path).to.equal(issue.path);
        expect(res.json.issues[0].message).to.match(issue.message);
      }
      expect(await sourceEvents()).to.deep.equal(['SourceRegistered']);
    };

    it('a body with no document or with two', async () => {
      await refused({ reason: 'nothing' }, 400, { path: '', message: /exactly one of text, html or pdf/ });
      await refused({ text: 'a', html: '<p>a</p>' }, 400, { path: '', message: /exactly one of text, html or pdf/ });
    });

    it('empty text, binary junk and more than 2 MB of text, naming the field', async () => {
      await refused({ text: '  \n ' }, 400, { path: 'text', message: /^is empty/ });
      await refused({ text: '\u0000\u0001\u0002\u0003\u0004junk' }, 400, {
        path: 'text',
        message: /^looks like binary data/,
      });
      await refused({ text: 'x'.repeat(2 * 1024 * 1024 + 1) }, 400, { path: 'text', message: /at most 2\.0 MB/ });
    });

    it('a PDF with no text layer, saying to run OCR; bytes that are not a PDF; a pdf that is not base64', async () => {
      const scan = Buffer.from(buildPdf([null])).toString('base64');
      await refused({ pdf: scan }, 400, { path: 'pdf', message: /^this PDF has no text layer; run OCR first$/ });
      await refused({ pdf: Buffer.from('hello').toString('base64') }, 400, { path: 'pdf', message: /^is not a PDF/ });
      await refused({ pdf: 'not base64!' }, 400, { path: 'pdf', message: /must be base64/ });
    });

    it('a source that does not exist (404) and a stale If-Match (412)', async () => {
      const missing = await f.request('POST', '/api/sources/nobody/text', { body: { text: article } });
      expect(missing.status).to.equal(404);
      const stale = await attach({ text: article }, { 'If-Match': '"7"' });
      expect(stale.status).to.equal(412);
      expect(await sourceEvents()).to.deep.equal(['SourceRegistered']);
    });
  });

  it('is for editors: a reader is refused', async () => {
    const secured = await startTestServer({ auth: true });
    try {
      const as = (token: string) =>
        secured.request('POST', '/api/sources/yucatan-times-nuctech/text', {
          body: { text: article },
          headers: { Authorization: `Bearer ${token}` },
        });
      expect((await as(TOKENS.reader)).status).to.equal(403);
      expect((await as(TOKENS.editor)).status).to.equal(200);
    } finally {
      await secured.close();
    }
  });
});

describe('a source’s text through the other routes', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer({ demo: false })));
  afterEach(async () => f.close());

  it('POST /api/sources registers a source with its text', async () => {
    const res = await f.request('POST', '/api/sources', { body: { id: 'yt', title: 'Yucatan Times', text: article } });
    expect(res.status, res.text).to.equal(201);
    expect(res.json.text).to.deep.include({ paragraphs: 3 });
  });

  it('GET /api/sources/:id/text gives the text as held, what quote offsets count in; 404 when none is held', async () => {
    await f.request('POST', '/api/sources', { body: { id: 'yt', title: 'Yucatan Times' } });
    const none = await f.request('GET', '/api/sources/yt/text');
    expect(none.status).to.equal(404);
    expect(none.json.detail).to.equal('source yt holds no text');
    expect((await f.request('GET', '/api/sources/nobody/text')).status).to.equal(404);

    await f.request('POST', '/api/sources/yt/text', {
      body: { text: `${article.replaceAll('\n\n', '\r\n\r\n\r\n')}  ` },
    });
    const res = await f.request('GET', '/api/sources/yt/text');
    expect(res.status, res.text).to.equal(200);
    expect(res.json).to.deep.equal({
      sourceId: 'yt',
      sha256: createHash('sha256').update(article).digest('hex'),
      text: article,
      paragraphs: 3,
    });
    expect(res.headers.get('etag')).to.equal('"1"');
  });

  it('POST /api/import refuses a textFile, naming the field, and imports the rest', async () => {
    const res = await f.request('POST', '/api/import', {
      body: {
        sources: [
          { id: 'yt', title: 'Yucatan Times', textFile: 'article.txt' },
          { id: 'other', title: 'Other', text: article },
        ],
      },
    });
    expect(res.status, res.text).to.equal(200);
    expect(res.json.sources).to.deep.include({ created: 1, rejected: 1 });
    expect(res.json.rejected[0].issues).to.deep.equal([
      {
        path: 'sources[0].textFile',
        message:
          'names a file, which only the command line reads (chronicle import FILE, relative to the dossier); here, give the text itself in text',
      },
    ]);
  });
});
