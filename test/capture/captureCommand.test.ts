import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { cli } from '../support/cliHarness.ts';
import { buildPdf } from '../support/pdfBuilder.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const SEED = fileURLToPath(new URL('../../eval/articles/dev/nuctech-border-scanners.txt', import.meta.url));
const DEMO = fileURLToPath(new URL('../../examples/nuctech-border-scanners.json', import.meta.url));

const ARTICLE = [
  'Regulator licensed terminal after minister’s email',
  '',
  'By Clara Jensen | 3 October 2023',
  '',
  'An inspection of the site by the Maritime Safety Authority followed on 7 March 2022. Ten days after the inspection, Martin Vale emailed Sofia Marin.',
  '',
  'The licence was granted in the second quarter of 2022. Marin left on 2 February 2023, less than a year after the licence was granted.',
].join('\n');

describe('chronicle capture', () => {
  let dir: TempDir;
  let store: string;
  const run = (...argv: string[]) => cli(store, dir.path, ...argv);
  beforeEach(async () => {
    dir = await createTempDir();
    store = `sqlite:${dir.file('chronicle.db')}`;
    await writeFile(dir.file('article.txt'), ARTICLE);
  });
  afterEach(async () => dir.remove());

  it('prints the draft as YAML, and does not create a store that does not exist', async () => {
    const r = await run('capture', 'article.txt');
    expect(r.code, r.stderr).to.equal(0);
    const draft = parse(r.stdout);
    expect(draft.sources[0].text).to.equal(ARTICLE);
    expect(draft.facts.map((f: { when: string }) => f.when)).to.deep.equal([
      '2022-03-07',
      '2022-03-17',
      '2022-34',
      '2023-02-02',
    ]);
    expect(draft.capture.spans).to.have.length(4);
    expect(existsSync(dir.file('chronicle.db'))).to.equal(false);
  });

  it('prints JSON with --json, with the source, title and publication date given', async () => {
    const r = await run(
      '--json',
      'capture',
      'article.txt',
      '--source',
      'jensen-leak',
      '--title',
      'The leak',
      '--published',
      '2023-10-03',
      '--lang',
      'en',
    );
    expect(r.code, r.stderr).to.equal(0);
    const draft = JSON.parse(r.stdout);
    expect(draft.sources[0]).to.include({ id: 'jensen-leak', title: 'The leak', publishedOn: '2023-10-03' });
    expect(draft.capture.publishedOnFrom).to.equal('request');
    expect(draft.facts[1].citations[0].source).to.equal('jensen-leak');
  });

  it('writes the draft to --output, and that file imports as is', async () => {
    const r = await run('capture', 'article.txt', '--output', 'draft.yaml');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^Captured 4 dated facts and \d+ new actors from article\.txt into draft\.yaml/);
    const imported = await run('--json', 'import', 'draft.yaml');
    expect(imported.code, imported.stdout).to.equal(0);
    expect(JSON.parse(imported.stdout).facts).to.include({ created: 4, rejected: 0 });
  });

  it('matches the actors of the store and anchors to its facts, proposing only what is new', async () => {
    expect((await run('import', DEMO)).code).to.equal(0);
    const r = await run('--json', 'capture', SEED, '--source', 'yucatan-times-nuctech');
    expect(r.code, r.stderr).to.equal(0);
    const draft = JSON.parse(r.stdout);
    const ids = new Set(draft.facts.flatMap((f: { actors: { id: string }[] }) => f.actors.map((a) => a.id)));
    expect([...ids]).to.include.members(['ken-salazar', 'marcelo-ebrard', 'us-state-department', 'sedena']);
    expect(draft.actors.map((a: { id: string }) => a.id)).to.not.include.members(['ken-salazar', 'sedena']);
    expect(draft.sources[0]).to.include({ id: 'yucatan-times-nuctech', publishedOn: '2022-10?', reliability: 'C' });
    expect(draft.facts[0].when).to.equal('?2022-04-22');
  });

  describe('bad input: a clear error, exit status 2, nothing written', () => {
    const refused = async (args: string[], message: RegExp) => {
      const r = await run('capture', ...args, '--output', 'draft.json');
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stderr).to.match(message);
      expect(existsSync(dir.file('draft.json'))).to.equal(false);
      expect(existsSync(dir.file('chronicle.db'))).to.equal(false);
    };

    it('a PDF with no text layer, a file that is not a PDF, a page with no words, a file of another kind', async () => {
      await writeFile(dir.file('scan.pdf'), buildPdf([null]));
      await refused(['scan.pdf'], /^chronicle: file: this PDF has no text layer; run OCR first\n$/);
      await writeFile(dir.file('fake.pdf'), 'On 3 May 2022 the board met.');
      await refused(['fake.pdf'], /file: is not a PDF/);
      await writeFile(dir.file('empty.html'), '<html><body><script>var a = 1;</script></body></html>');
      await refused(['empty.html'], /file: has no text/);
      await writeFile(dir.file('article.docx'), 'PK');
      await refused(['article.docx'], /capture reads \.txt, \.md, \.html and \.pdf files, not \.docx/);
    });

    it('an empty file, a binary file, a file that is not UTF-8', async () => {
      await writeFile(dir.file('empty.txt'), '  \n');
      await refused(['empty.txt'], /text: is empty/);
      await writeFile(dir.file('zip.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x41]));
      await refused(['zip.txt'], /does not read as text/);
      await writeFile(dir.file('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      await refused(['latin1.txt'], /is not UTF-8 text/);
    });

    it('more than 2 MiB of text', async () => {
      await writeFile(dir.file('big.txt'), 'a'.repeat(2 * 1024 * 1024 + 1));
      await refused(['big.txt'], /text: is 2097153 bytes; capture reads at most 2097152 bytes/);
    });

    it('an unknown language, a publication date that is not EDTF, an output that is not JSON or YAML', async () => {
      await refused(['article.txt', '--lang', 'fr'], /lang: must be en, es or auto, not "fr"/);
      await refused(['article.txt', '--published', '2022-13'], /publishedOn: /);
      const r = await run('capture', 'article.txt', '--output', 'draft.txt');
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/output: draft\.txt must end in \.json, \.yaml or \.yml/);
    });

    it('a missing file', async () => {
      await refused(['nope.txt'], /cannot read nope\.txt: no such file/);
    });
  });

  it('reads the article body of an .html page, the page furniture left out', async () => {
    await writeFile(
      dir.file('page.html'),
      '<html><head><title>Board</title></head><body><nav>Home 1 January 2020</nav><article><p>On 3 May 2022 the board met.</p><p>Ten days later, it resigned.</p></article></body></html>',
    );
    const r = await run('--json', 'capture', 'page.html', '--published', '2022-06-01');
    expect(r.code, r.stderr).to.equal(0);
    const draft = JSON.parse(r.stdout);
    expect(draft.sources[0].text).to.equal('Board\n\nOn 3 May 2022 the board met.\n\nTen days later, it resigned.');
    expect(draft.facts.map((f: { when: string }) => f.when)).to.deep.equal(['2022-05-03', '2022-05-13']);
  });

  it('reads the text layer of a .pdf', async () => {
    await writeFile(
      dir.file('report.pdf'),
      buildPdf([['On 3 May 2022 the board met. Ten days later, it', 'resigned.']]),
    );
    const r = await run('--json', 'capture', 'report.pdf', '--published', '2022-06-01');
    expect(r.code, r.stderr).to.equal(0);
    const draft = JSON.parse(r.stdout);
    expect(draft.sources[0].text).to.equal('On 3 May 2022 the board met. Ten days later, it resigned.');
    expect(draft.facts.map((f: { when: string }) => f.when)).to.deep.equal(['2022-05-03', '2022-05-13']);
  });

  it('keeps the text exactly through YAML', async () => {
    const text = 'Línea con “comillas” y 2 de mayo de 2023.\r\n\r\n  Sangría: el 3 de mayo de 2023.\t\n';
    await writeFile(dir.file('es.txt'), text);
    expect((await run('capture', 'es.txt', '--output', 'es.yaml')).code).to.equal(0);
    expect(parse(await readFile(dir.file('es.yaml'), 'utf8')).sources[0].text).to.equal(text);
  });
});
