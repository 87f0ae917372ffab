import { expect } from 'chai';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';
import { buildPdf } from '../support/pdfBuilder.ts';

const TEXT =
  'Ten days after the State Department report, the US ambassador to Mexico, Ken Salazar, sent a letter to Foreign Minister Marcelo Ebrard. On 3 June 2022 Sedena replied.';

describe('POST /api/capture', () => {
  let f: HttpFixture;
  afterEach(async () => f.close());

  describe('on a store with the demo dossier', () => {
    beforeEach(async () => (f = await startTestServer()));

    it('returns the draft: known actors matched, a relative phrase anchored to a fact of the store, nothing written', async () => {
      const before = await f.request('GET', '/health');
      const res = await f.request('POST', '/api/capture', {
        body: { text: TEXT, sourceId: 'yucatan-times-nuctech', lang: 'en' },
      });
      expect(res.status, res.text).to.equal(200);
      const draft = res.json;
      expect(draft.sources[0]).to.include({ id: 'yucatan-times-nuctech', publishedOn: '2022-10?', text: TEXT });
      const letter = draft.facts[0];
      expect(letter.actors.map((a: { id: string }) => a.id)).to.include.members(['ken-salazar', 'marcelo-ebrard']);
      expect(letter.relations).to.have.length(1);
      expect(letter.relations[0]).to.deep.equal({ type: 'after', fact: 'state-dept-report-to-sedena', offset: 'P10D' });
      expect(letter.when).to.equal('?2022-05-02');
      expect(draft.facts[1].actors.map((a: { id: string }) => a.id)).to.deep.equal(['sedena']);
      expect(draft.actors.map((a: { id: string }) => a.id)).to.not.include('ken-salazar');
      expect((await f.request('GET', '/health')).json.position).to.equal(before.json.position);
    });

    it('reads the article body of html and the text layer of a base64 pdf', async () => {
      const html = await f.request('POST', '/api/capture', {
        body: { html: '<nav>Home</nav><article><p>On 3 May 2022 the board met.</p></article>' },
      });
      expect(html.status, JSON.stringify(html.json)).to.equal(200);
      expect(html.json.sources[0].text).to.equal('On 3 May 2022 the board met.');
      expect(html.json.facts[0].when).to.equal('2022-05-03');
      const pdf = await f.request('POST', '/api/capture', {
        body: { pdf: Buffer.from(buildPdf([['On 3 May 2022 the board met.']])).toString('base64') },
      });
      expect(pdf.status, JSON.stringify(pdf.json)).to.equal(200);
      expect(pdf.json.facts[0].when).to.equal('2022-05-03');
    });

    it('refuses a pdf with no text layer, or one that is not a PDF, naming the field', async () => {
      const scan = await f.request('POST', '/api/capture', {
        body: { pdf: Buffer.from(buildPdf([null])).toString('base64') },
      });
      expect(scan.status).to.equal(400);
      expect(scan.json.issues).to.deep.include({
        path: 'pdf',
        in: 'body',
        pointer: '/pdf',
        message: 'this PDF has no text layer; run OCR first',
      });
      const junk = await f.request('POST', '/api/capture', { body: { pdf: 'bm90IGEgcGRm' } });
      expect(junk.status).to.equal(400);
      expect(junk.json.detail).to.match(/pdf: is not a PDF/);
    });

    it('refuses a body without text, or with two of text, html and pdf', async () => {
      expect((await f.request('POST', '/api/capture', { body: {} })).json.detail).to.match(
        /exactly one of text, html or pdf \(got none\)/,
      );
      expect((await f.request('POST', '/api/capture', { body: { text: 'a', pdf: 'b' } })).json.detail).to.match(
        /got text, pdf/,
      );
    });

    it('refuses bad input with the field and the reason: empty text, an unknown language, a bad date', async () => {
      const res = await f.request('POST', '/api/capture', { body: { text: ' ', lang: 'de', publishedOn: 'May' } });
      expect(res.status).to.equal(400);
      expect(res.json.issues.map((i: { path: string }) => i.path)).to.deep.equal(['text', 'lang', 'publishedOn']);
    });

    it('reads up to 2 MiB of text, and refuses more with a 400 that says so (not a 413)', async function () {
      // Two 2 MiB bodies and a capture thread's first start: seconds alone, a minute on a machine loaded by other runs.
      this.timeout(120_000);
      // Blank lines fill the text up to the limit, so that the capture itself stays quick.
      const sentence = 'The board met on 3 May 2022.';
      const text = `${'\n'.repeat(2 * 1024 * 1024 - sentence.length)}${sentence}`;
      const ok = await f.request('POST', '/api/capture', { body: { text, lang: 'en', publishedOn: '2022-06' } });
      expect(ok.status, ok.text.slice(0, 300)).to.equal(200);
      const big = await f.request('POST', '/api/capture', { body: { text: 'a'.repeat(2 * 1024 * 1024 + 1) } });
      expect(big.status).to.equal(400);
      expect(big.json.issues[0].message).to.match(/capture reads at most 2097152 bytes/);
    });
  });

  describe('with tokens', () => {
    beforeEach(async () => (f = await startTestServer({ auth: true })));

    it('needs the editor role', async () => {
      const as = (token: string) =>
        f.request('POST', '/api/capture', { body: { text: TEXT }, headers: { authorization: `Bearer ${token}` } });
      expect((await as(TOKENS.reader)).status).to.equal(403);
      expect((await as(TOKENS.editor)).status).to.equal(200);
    });
  });
});
