import { expect } from 'chai';
import { ValidationError } from '../../../src/core/errors.ts';
import { extractText, textKindOfFile, type ExtractTextInput } from '../../../src/sources/text/index.ts';
import { buildPdf } from '../../support/pdfBuilder.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refused(input: ExtractTextInput, message: RegExp): Promise<void> {
  let thrown: unknown;
  try {
    await extractText(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected the document to be refused').to.be.instanceOf(ValidationError);
  expect((thrown as Error).message).to.match(message);
}

describe('reading a source text from a document (extractText)', () => {
  describe('a .txt file', () => {
    it('is read as UTF-8, its paragraphs kept', async () => {
      const read = await extractText({
        kind: 'txt',
        bytes: utf8('Mexico’s customs\r\n\r\nTen days later, a letter.\r\n'),
      });
      expect(read).to.deep.equal({ text: 'Mexico’s customs\n\nTen days later, a letter.', warnings: [] });
    });

    it('is read as UTF-16 when its byte-order mark says so', async () => {
      const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Día uno', 'utf16le')]);
      expect((await extractText({ kind: 'txt', bytes })).text).to.equal('Día uno');
    });

    it('is refused when it is not UTF-8 (Latin-1, or a binary file), naming the field', async () => {
      await refused(
        { kind: 'txt', bytes: Buffer.from('Le\xf3n', 'latin1'), field: 'file' },
        /^file: is not UTF-8 text/,
      );
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8]);
      await refused({ kind: 'txt', bytes: png, field: 'file' }, /^file: is not UTF-8 text/);
    });

    it('is refused when it is valid UTF-8 but mostly control characters', async () => {
      await refused({ kind: 'txt', bytes: new Uint8Array(300).map((_, i) => i % 9) }, /looks like binary data/);
    });

    it('is refused when empty', async () => {
      await refused({ kind: 'txt', bytes: utf8('\n \n'), field: 'file' }, /^file: is empty/);
    });

    it('is refused when the document is over 32 MB, before it is read', async () => {
      await refused({ kind: 'txt', bytes: new Uint8Array(32 * 1024 * 1024 + 1) }, /largest document read is 32 MB/);
    });
  });

  describe('a .md file', () => {
    it('is kept as written, its blank-line paragraphs being paragraphs already', async () => {
      const md = '# Scanners\n\nOn *April 22* the report was sent.\n\n- one\n- two\n';
      expect((await extractText({ kind: 'md', bytes: md })).text).to.equal(
        '# Scanners\n\nOn *April 22* the report was sent.\n\n- one\n- two',
      );
    });
  });

  describe('an .html page', () => {
    const page = (body: string, head = '<title>Border scanners | Daily</title>') =>
      `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
    const article = [
      '<nav><a href="/">Home</a> <a href="/news">Headlines</a></nav>',
      '<article><h1>Border scanners bought despite warnings</h1>',
      '<p class="byline">By Ana Ruiz</p>',
      '<p>An intelligence report sent on <b>April 22</b> warned that the company had links with the government, ',
      'according to documents seen by this newspaper and confirmed by two officials.</p>',
      '<p>Ten days after this alert, the ambassador sent a letter to the foreign minister, in which he expressed ',
      '&ldquo;the growing concern&rdquo; of his government over the acquisition of the equipment.</p>',
      '<blockquote><p>We encourage you to safeguard your own security,<br>and to buy from proven providers.</p></blockquote>',
      '<p>The ministry did not answer questions sent on Tuesday. The equipment was installed at six ports ',
      'and two airports during the following months, the documents show.</p></article>',
      '<footer>Cookies keep this site running. Accept</footer><script>document.write("never")</script>',
    ].join('\n');

    it('gives the article body found by Readability, one paragraph per block, without the page around it', async () => {
      const read = await extractText({ kind: 'html', bytes: utf8(page(article)) });
      const paragraphs = read.text.split('\n\n');
      expect(paragraphs.some((p) => p.startsWith('An intelligence report sent on April 22 warned'))).to.equal(true);
      expect(paragraphs).to.include(
        'Ten days after this alert, the ambassador sent a letter to the foreign minister, in which he expressed “the growing concern” of his government over the acquisition of the equipment.',
      );
      expect(paragraphs).to.include(
        'We encourage you to safeguard your own security,\nand to buy from proven providers.',
      );
      expect(read.text).not.to.match(/Headlines|Cookies|never/);
      expect(read.title)
        .to.be.a('string')
        .and.to.match(/Border scanners/);
      expect(read.warnings).to.deep.equal([]);
    });

    it('puts the headline first when the body does not start with it', async () => {
      const read = await extractText({ kind: 'html', bytes: page(article) });
      expect(read.text.split('\n\n')[0]).to.equal(read.title);
    });

    it('leaves out the navigation of a short page, which Readability keeps whole', async () => {
      const read = await extractText({
        kind: 'html',
        bytes: page('<nav>Menu</nav><div>Short note.</div><div>Second line.</div>', '<title>Note</title>'),
      });
      expect(read).to.deep.equal({ text: 'Note\n\nShort note.\n\nSecond line.', title: 'Note', warnings: [] });
    });

    it('keeps the text of the whole page, and says so, when it is too big for Readability', async () => {
      const cells = '<span>x</span>'.repeat(20_001);
      const read = await extractText({
        kind: 'html',
        bytes: page(`<nav>Menu</nav><p>Big page.</p><div>${cells}</div>`),
      });
      expect(read.text.startsWith('Border scanners | Daily\n\nBig page.\n\nxxx')).to.equal(true);
      expect(read.warnings).to.deep.equal([
        'no article body was found in the page, so the text of the whole page is kept',
      ]);
    });

    it('reads a page in the charset its <meta> names', async () => {
      const bytes = Buffer.from(
        '<html><head><meta charset="windows-1252"></head><body><p>\x93Le\xf3n\x94</p></body></html>',
        'latin1',
      );
      expect((await extractText({ kind: 'html', bytes })).text).to.equal('“León”');
    });

    it('is refused when it has no text a reader could quote', async () => {
      await refused(
        { kind: 'html', bytes: page('<script>var x = 1</script><img src="a.png">', ''), field: 'html' },
        /^html: has no text/,
      );
    });

    it('is refused when it is not UTF-8 and names no charset', async () => {
      await refused({ kind: 'html', bytes: Buffer.from('<p>Le\xf3n</p>', 'latin1') }, /names no charset/);
    });
  });

  describe('a .pdf file', () => {
    it('gives its text layer, a paragraph per block of lines, lines of one paragraph joined', async () => {
      const pdf = buildPdf(
        [
          [
            'An intelligence report sent on April 22 warned that the',
            'company had links with the government.',
            '',
            'Ten days after this alert, the ambassador sent a letter',
            'expressing “the growing concern” of the US government.',
          ],
        ],
        { title: 'Border scanners' },
      );
      const read = await extractText({ kind: 'pdf', bytes: pdf });
      expect(read).to.deep.equal({
        text:
          'An intelligence report sent on April 22 warned that the company had links with the government.\n\n' +
          'Ten days after this alert, the ambassador sent a letter expressing “the growing concern” of the US government.',
        title: 'Border scanners',
        warnings: [],
      });
    });

    it('joins a paragraph cut by a page break, and keeps one that ends at the foot of a page', async () => {
      const pdf = buildPdf([
        ['The letter warned the government about the', 'risks for the bilateral relationship that the'],
        ['purchase of equipment could bring.', '', 'A second paragraph.'],
        ['A third, on its own page.'],
      ]);
      const read = await extractText({ kind: 'pdf', bytes: pdf });
      expect(read.text.split('\n\n')).to.deep.equal([
        'The letter warned the government about the risks for the bilateral relationship that the purchase of equipment could bring.',
        'A second paragraph.',
        'A third, on its own page.',
      ]);
    });

    it('is read from a Node Buffer (as files are read) as well as from a Uint8Array', async () => {
      const read = await extractText({ kind: 'pdf', bytes: Buffer.from(buildPdf([['From a file.']])) });
      expect(read.text).to.equal('From a file.');
    });

    it('keeps a hyphen at the end of a line and joins the word', async () => {
      const pdf = buildPdf([['a close and long-', 'standing relationship']]);
      expect((await extractText({ kind: 'pdf', bytes: pdf })).text).to.equal('a close and long-standing relationship');
    });

    it('warns of pages with no text layer among pages with text', async () => {
      const read = await extractText({ kind: 'pdf', bytes: buildPdf([['Page one.'], null]) });
      expect(read.text).to.equal('Page one.');
      expect(read.warnings).to.deep.equal(['page 2 of 2 has no text layer (scanned images?); run OCR to read it']);
    });

    it('is refused when it has no text layer at all, saying to run OCR', async () => {
      await refused(
        { kind: 'pdf', bytes: buildPdf([null, null]), field: 'pdf' },
        /^pdf: this PDF has no text layer; run OCR first$/,
      );
    });

    it('is refused when the bytes are not a PDF', async () => {
      await refused({ kind: 'pdf', bytes: utf8('just some words'), field: 'file' }, /^file: is not a PDF/);
      await refused({ kind: 'pdf', bytes: utf8('%PDF-1.4\n%%EOF garbage') }, /is not a PDF that can be read/);
    });
  });

  describe('the kind of a file', () => {
    it('is told by its extension', () => {
      expect(['a.txt', 'b.MD', 'c.htm', 'd.html', 'e.Pdf'].map((f) => textKindOfFile(f))).to.deep.equal([
        'txt',
        'md',
        'html',
        'html',
        'pdf',
      ]);
    });

    it('is refused for any other file, naming the kinds it reads', () => {
      expect(() => textKindOfFile('report.docx')).to.throw(
        ValidationError,
        /^file: \.docx is not a kind of file Chronicle reads text from; give a \.txt/,
      );
      expect(() => textKindOfFile('id_rsa', 'sources[0].textFile')).to.throw(
        ValidationError,
        /^sources\[0\]\.textFile: "id_rsa" has no extension/,
      );
    });
  });
});
