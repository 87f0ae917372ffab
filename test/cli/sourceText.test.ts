import { expect } from 'chai';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { cli } from '../support/cliHarness.ts';
import { buildPdf } from '../support/pdfBuilder.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const article = 'Border scanners\n\nTen days after this alert, the ambassador sent a letter.';

const dossier = (source: Record<string, unknown>) => ({
  sources: [{ id: 'yt', title: 'Yucatan Times', ...source }],
  facts: [
    {
      id: 'letter',
      summary: 'The letter is sent',
      when: '2022-05-02',
      citations: [{ source: 'yt', quote: 'the ambassador sent a letter' }],
    },
    {
      id: 'memo',
      summary: 'A memo',
      when: '2022-05-03',
      citations: [{ source: 'yt', quote: 'a memo dated May 3' }],
    },
  ],
});

describe('source text on the command line', () => {
  let dir: TempDir;
  let store: string;
  const run = (...argv: string[]) => cli(store, dir.path, ...argv);
  beforeEach(async () => {
    dir = await createTempDir();
    store = `sqlite:${dir.file('chronicle.db')}`;
  });
  afterEach(async () => dir.remove());

  const events = async () => {
    const r = await run('--json', 'export', '--format', 'dossier');
    return JSON.parse(r.stdout);
  };

  describe('chronicle source-text ID FILE', () => {
    beforeEach(async () => {
      await writeFile(dir.file('d.json'), JSON.stringify(dossier({})));
      expect((await run('import', 'd.json')).code).to.equal(0);
    });

    it('attaches a .txt file and says where the quotes cited from the source stand', async () => {
      await writeFile(dir.file('article.txt'), `${article}\r\n`);
      const r = await run('source-text', 'yt', 'article.txt', '--reason', 'the article as printed');
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(
        /^yt now holds the text of article\.txt: 73 characters in 2 paragraphs, SHA-256 [0-9a-f]{12}…\n/,
      );
      expect(r.stdout).to.contain(
        'Quotes cited from it: 2 quotes, 1 found in the text, 1 not (quote-not-in-source):\n',
      );
      expect(r.stdout).to.contain('  memo: “a memo dated May 3”\n');
      expect((await events()).sources[0].text).to.equal(article);
      const check = await run('check');
      expect(check.code).to.equal(1);
      expect(check.stdout).to.contain('quote-not-in-source');
    });

    it('writes nothing when the same text is attached again', async () => {
      await writeFile(dir.file('article.txt'), article);
      await writeFile(dir.file('article.md'), `${article}\n\n\n`);
      expect((await run('source-text', 'yt', 'article.txt')).code).to.equal(0);
      const again = await run('--json', 'source-text', 'yt', 'article.md');
      expect(again.code, again.stderr).to.equal(0);
      expect(JSON.parse(again.stdout)).to.deep.include({ attached: false });
      expect((await run('source-text', 'yt', 'article.md')).stdout).to.match(
        /^yt already holds this text .*nothing was written\.\n/,
      );
    });

    // (One attachment per test: the harness's counting event ids start again at every run.)
    it('reads the article of an .html page', async () => {
      await writeFile(
        dir.file('page.html'),
        `<html><head><title>Border scanners</title></head><body><nav>Home</nav><article><p>Ten days after this alert, the ambassador sent a letter.</p><p>It was a memo dated May 3.</p></article></body></html>`,
      );
      const html = await run('--json', 'source-text', 'yt', 'page.html');
      expect(html.code, html.stderr).to.equal(0);
      expect(JSON.parse(html.stdout).quotes).to.deep.equal({ found: 2, notFound: [] });
      expect((await events()).sources[0].text).to.equal(
        'Border scanners\n\nTen days after this alert, the ambassador sent a letter.\n\nIt was a memo dated May 3.',
      );
    });

    it('reads the text layer of a .pdf', async () => {
      await writeFile(
        dir.file('scan.pdf'),
        buildPdf([['Ten days after this alert, the ambassador sent a', 'letter.']]),
      );
      const pdf = await run('--json', 'source-text', 'yt', 'scan.pdf');
      expect(pdf.code, pdf.stderr).to.equal(0);
      expect(JSON.parse(pdf.stdout)).to.deep.include({ attached: true });
      expect((await events()).sources[0].text).to.equal('Ten days after this alert, the ambassador sent a letter.');
    });

    it('refuses a PDF with no text layer, and writes nothing', async () => {
      await writeFile(dir.file('scan.pdf'), buildPdf([null]));
      const r = await run('source-text', 'yt', 'scan.pdf');
      expect(r).to.deep.include({ code: 2, stdout: '' });
      expect(r.stderr).to.equal('chronicle: file: this PDF has no text layer; run OCR first\n');
      expect((await events()).sources[0].text).to.equal(undefined);
    });

    it('refuses an unknown file type, a missing file, binary junk and an unknown source, with exit status 2', async () => {
      await writeFile(dir.file('a.docx'), 'PK');
      expect((await run('source-text', 'yt', 'a.docx')).stderr).to.match(
        /^chronicle: file: \.docx is not a kind of file/,
      );
      expect((await run('source-text', 'yt', 'gone.txt')).stderr).to.equal(
        'chronicle: file: cannot read gone.txt: no such file\n',
      );
      await writeFile(dir.file('junk.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
      expect((await run('source-text', 'yt', 'junk.txt')).stderr).to.match(/^chronicle: file: is not UTF-8 text/);
      await writeFile(dir.file('article.txt'), article);
      const unknown = await run('source-text', 'nobody', 'article.txt');
      expect(unknown.code).to.equal(2);
      expect(unknown.stderr).to.equal('chronicle: source nobody does not exist\n');
      expect((await events()).sources[0].text).to.equal(undefined);
    });
  });

  describe('a dossier source’s textFile', () => {
    it('is read by chronicle import, relative to the dossier, and exported back as text', async () => {
      await mkdir(dir.file('case'));
      await writeFile(dir.file('case', 'article.txt'), article);
      await writeFile(dir.file('case', 'd.json'), JSON.stringify(dossier({ textFile: 'article.txt' })));
      const r = await run('import', 'case/d.json');
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      const exported = await events();
      expect(exported.sources[0]).to.deep.include({ text: article });
      expect(exported.sources[0]).not.to.have.property('textFile');
      const again = await run('--json', 'import', 'case/d.json');
      expect(JSON.parse(again.stdout)).to.deep.include({ appended: 0 });
    });

    it('is refused when it points outside the dossier’s folder, directly or through a link, or is absolute', async () => {
      await mkdir(dir.file('case'));
      await writeFile(dir.file('secret.txt'), 'not for the store');
      await symlink(dir.file('secret.txt'), dir.file('case', 'link.txt'));
      for (const [textFile, message] of [
        ['../secret.txt', 'sources[0].textFile: ../secret.txt is outside the dossier’s folder'],
        ['link.txt', 'sources[0].textFile: link.txt is outside the dossier’s folder'],
        [
          dir.file('secret.txt'),
          `sources[0].textFile: ${dir.file('secret.txt')} must be a path relative to the dossier’s folder`,
        ],
      ] as const) {
        await writeFile(dir.file('case', 'd.json'), JSON.stringify(dossier({ textFile })));
        const r = await run('import', 'case/d.json');
        expect(r.code).to.equal(2);
        expect(r.stderr.replace("'", '’')).to.contain(message.replace("'", '’'));
      }
      expect((await events()).sources).to.deep.equal([]);
    });

    it('is refused with text beside it, or when it is missing, naming the source', async () => {
      await writeFile(dir.file('d.json'), JSON.stringify(dossier({ textFile: 'article.txt', text: article })));
      expect((await run('import', 'd.json')).stderr).to.equal(
        'chronicle: sources[0]: give text or textFile, not both\n',
      );
      await writeFile(dir.file('d.json'), JSON.stringify(dossier({ textFile: 'article.txt' })));
      expect((await run('import', 'd.json')).stderr).to.equal(
        'chronicle: sources[0].textFile: cannot read article.txt: no such file\n',
      );
    });
  });
});
