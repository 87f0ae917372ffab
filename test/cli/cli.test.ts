import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { cli } from '../support/cliHarness.ts';
import { demoDossier } from '../support/demoDossier.ts';
import { buildPdf } from '../support/pdfBuilder.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = fileURLToPath(new URL('../../examples/nuctech-border-scanners.json', import.meta.url));

describe('the chronicle command line', () => {
  let dir: TempDir;
  let store: string;
  const run = (...argv: string[]) => cli(store, dir.path, ...argv);
  beforeEach(async () => {
    dir = await createTempDir();
    store = `sqlite:${dir.file('chronicle.db')}`;
  });
  afterEach(async () => dir.remove());

  describe('import', () => {
    it('imports the demo dossier and prints the counts', async () => {
      const r = await run('import', demo);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/facts\s+8 created, 0 updated, 0 unchanged, 0 kept, 0 conflicts, 0 rejected/);
    });

    it('exits 2 and lists each rejected item, while importing the valid ones', async () => {
      const dossier = demoDossier();
      dossier.facts[0].when = '2022-13';
      await writeFile(dir.file('bad.json'), JSON.stringify(dossier));
      const r = await run('import', 'bad.json');
      expect(r.code).to.equal(2);
      expect(r.stdout).to.contain('facts[0]').and.to.contain('facts[0].when');
      expect(r.stdout).to.match(/facts\s+7 created/);
    });

    it('reads YAML dossiers', async () => {
      await writeFile(
        dir.file('d.yaml'),
        'actors:\n  - id: sedena\n    name: Sedena\n    kind: government-body\nfacts:\n  - id: a\n    summary: A report\n    when: 2022-04-22\n    actors: [{ id: sedena, role: recipient }]\n',
      );
      const r = await run('--json', 'import', 'd.yaml');
      expect(r.code, r.stderr).to.equal(0);
      expect(JSON.parse(r.stdout).facts.created).to.equal(1);
    });

    it('says clearly when the file is missing or not JSON, with exit status 2', async () => {
      const missing = await run('import', 'nope.json');
      expect(missing).to.deep.include({ code: 2, stdout: '' });
      expect(missing.stderr).to.equal('chronicle: file: cannot read nope.json: no such file\n');
      await writeFile(dir.file('broken.json'), '{ "facts": [');
      const broken = await run('import', 'broken.json');
      expect(broken.code).to.equal(2);
      expect(broken.stderr).to.match(/^chronicle: file: broken\.json is not valid JSON/);
    });

    it('refuses a YAML file nested deeper than any dossier at once, before parsing it', async () => {
      await writeFile(dir.file('deep.yaml'), `facts: ${'['.repeat(100_000)}`);
      const deep = await run('import', 'deep.yaml');
      expect(deep.code).to.equal(2);
      expect(deep.stderr).to.equal(
        'chronicle: file: deep.yaml is nested too deeply for a dossier (more than 64 levels)\n',
      );
    });
  });

  describe('timeline', () => {
    beforeEach(async () => void (await run('import', demo)));

    it('prints the Sedena timeline in date order', async () => {
      const r = await run('--json', 'timeline', '--actor', 'sedena');
      expect(r.code, r.stderr).to.equal(0);
      const t = JSON.parse(r.stdout);
      expect(t.timeline).to.deep.equal({ kind: 'actor', id: 'sedena', name: 'Secretariat of National Defense' });
      const ids = t.entries.map((e: { factId: string }) => e.factId);
      expect(ids.indexOf('state-dept-report-to-sedena')).to.be.lessThan(ids.indexOf('salazar-letter-to-ebrard'));
      type Bounds = { earliest: string | null; latest: string };
      // The effective bounds (narrowed by relations) where given; an open start stands at its latest day.
      const keys = t.entries.map((e: { when: Bounds & { effective?: Bounds } }) => {
        const bounds = e.when.effective ?? e.when;
        return [bounds.earliest ?? bounds.latest, bounds.latest];
      });
      expect(keys).to.deep.equal(
        [...keys].sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]))),
      );
    });

    it('prints the text timeline with the hack after 22 April, and the days its relations narrow it to', async () => {
      const lines = (await run('timeline')).stdout.split('\n');
      const hack = lines.findIndex((l) => /^by October 2022 +The Guacamaya hacker collective/.test(l));
      expect(hack).to.be.greaterThan(lines.findIndex((l) => l.includes('A confidential report on Nuctech by the DHS')));
      expect(lines[hack + 1]).to.match(/guacamaya-hacks-sedena · \.\.\/2022-10 · narrowed to 2022-04-22 … 2022-10-31/);
      const fact = await run('fact', 'guacamaya-hacks-sedena');
      expect(fact.stdout).to.contain('  narrowed: 2022-04-22 … 2022-10-31 (given its relations)\n');
      expect((await run('fact', 'mexico-installs-nuctech-equipment')).stdout).to.not.contain('narrowed:');
    });

    it('filters by date window and limits the page', async () => {
      const r = await run('--json', 'timeline', '--from', '2022-05', '--to', '2022-05', '--limit', '1');
      const t = JSON.parse(r.stdout);
      expect(t.entries).to.have.length(1);
      expect(t.nextCursor).to.be.a('string');
    });

    it('includes a topic’s subtopics, and keeps to its own facts with --direct', async () => {
      const entries = async (...args: string[]) =>
        JSON.parse((await run('--json', 'timeline', ...args)).stdout).entries;
      expect(await entries('--topic', 'privacy')).to.have.length(1);
      expect(await entries('--topic', 'privacy', '--direct')).to.deep.equal([]);
      const check = await run('--json', 'check', '--topic', 'chinese-influence', '--direct');
      expect(check.code, check.stderr).to.equal(0);
      expect(JSON.parse(check.stdout).counts).to.deep.equal({ error: 0, warning: 0, info: 0 });
    });

    it('refuses an unknown actor, a bad date filter and an unknown option with exit status 2', async () => {
      expect((await run('timeline', '--actor', 'ghost')).stderr).to.equal('chronicle: actor ghost does not exist\n');
      const bad = await run('timeline', '--from', '2022-02-30');
      expect(bad.code).to.equal(2);
      expect(bad.stderr).to.match(/^chronicle: from: /);
      expect((await run('timeline', '--nope')).code).to.equal(2);
    });
  });

  describe('fact --history', () => {
    it('shows every event of the fact with who recorded it, when and why', async () => {
      await run('import', demo, '--reason', 'first draft of the chronology');
      const r = await run('--json', 'fact', 'salazar-letter-to-ebrard', '--history');
      const { fact, history } = JSON.parse(r.stdout);
      expect(fact.relations).to.deep.include({ kind: 'after', fact: 'state-dept-report-to-sedena', offset: 'P10D' });
      expect(history[0]).to.deep.include({
        type: 'FactRecorded',
        revision: 0,
        recordedBy: 'test-editor',
        reason: 'first draft of the chronology',
      });
      expect(history[0].recordedAt).to.match(/^2022-11-01T09:00:/);
      expect(history).to.have.length(fact.revision + 1);
    });
  });

  describe('export', () => {
    beforeEach(async () => void (await run('import', demo)));

    it('writes a dossier that imports back without appending anything', async () => {
      const out = await run('export', '--format', 'dossier', '--output', 'out.yaml');
      expect(out.code, out.stderr).to.equal(0);
      const again = await run('--json', 'import', 'out.yaml');
      expect(JSON.parse(again.stdout).appended).to.equal(0);
    });

    it('writes CSV with a header and neutralised formulas', async () => {
      const dossier = { facts: [{ id: 'evil', summary: '=HYPERLINK("http://x")', when: '2022' }] };
      await writeFile(dir.file('evil.json'), JSON.stringify(dossier));
      await run('import', 'evil.json');
      const r = await run('export', '--format', 'csv');
      expect(r.stdout.split('\n')[0]).to.match(/^\uFEFFfactId,date,edtf/);
      expect(r.stdout).to.contain(`"'=HYPERLINK(""http://x"")"`);
    });

    it('writes Markdown with user text escaped', async () => {
      await writeFile(
        dir.file('md.json'),
        JSON.stringify({ facts: [{ id: 'x', summary: '<script>alert(1)</script> [link](http://x)', when: '2022' }] }),
      );
      await run('import', 'md.json');
      const r = await run('export', '--format', 'md');
      expect(r.stdout).to.contain('\\<script\\>alert(1)\\</script\\> \\[link\\](http://x)');
    });

    it('refuses an unknown format', async () => {
      const r = await run('export', '--format', 'pdf');
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/format: unknown export format "pdf"/);
    });
  });

  describe('rebuild', () => {
    it('rebuilds the read models to the same timeline', async () => {
      await run('import', demo);
      const before = (await run('--json', 'timeline')).stdout;
      const r = await run('rebuild');
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/^Rebuilt the read models from \d+ events/);
      expect((await run('--json', 'timeline')).stdout).to.equal(before);
    });
  });

  describe('bin/chronicle', function () {
    // Each test starts node (and one builds the bundle): seconds each on a loaded machine.
    this.timeout(120_000);
    it('runs as a program: usage with --help, exit 2 and one line without a stack on bad input', async () => {
      const exec = promisify(execFile);
      const help = await exec(`${root}/bin/chronicle`, ['--help'], { cwd: dir.path });
      expect(help.stdout).to.match(/^Usage: chronicle/);
      try {
        await exec(`${root}/bin/chronicle`, ['--store', store, 'fact', 'Not A Slug'], { cwd: dir.path });
        expect.fail('expected exit status 2');
      } catch (error) {
        const e = error as { code: number; stderr: string };
        expect(e.code).to.equal(2);
        expect(e.stderr).to.equal('chronicle: id: "Not A Slug" is not a fact id (a slug)\n');
      }
    });

    it('built as `npm run build` builds it, captures an .html page and refuses a PDF with no text layer with exit 2', async () => {
      const exec = promisify(execFile);
      await exec(process.execPath, [`${root}/scripts/build.mjs`], { cwd: root });
      const env = { ...process.env, CHRONICLE_TSX: '0' };
      await writeFile(dir.file('page.html'), '<article><p>On 3 May 2022 the board met.</p></article>');
      const page = await exec(`${root}/bin/chronicle`, ['--json', 'capture', 'page.html'], { cwd: dir.path, env });
      expect(JSON.parse(page.stdout).facts[0].when).to.equal('2022-05-03');
      await writeFile(dir.file('scan.pdf'), buildPdf([null]));
      try {
        await exec(`${root}/bin/chronicle`, ['capture', 'scan.pdf'], { cwd: dir.path, env });
        expect.fail('expected exit status 2');
      } catch (error) {
        const e = error as { code: number; stderr: string };
        expect(e.code).to.equal(2);
        expect(e.stderr).to.equal('chronicle: file: this PDF has no text layer; run OCR first\n');
      }
    });

    it('loads the capture and text-extraction libraries only when a command reads with them', async () => {
      const imports: string[] = [];
      for (const dirName of ['src', 'projections']) {
        for (const file of await readdir(`${root}/${dirName}`, { recursive: true })) {
          if (!file.endsWith('.ts')) continue;
          const code = await readFile(`${root}/${dirName}/${file}`, 'utf8');
          for (const m of code.matchAll(
            /^import (?!type )[^;]*?from '(chrono-node|compromise|linkedom|@mozilla\/readability|unpdf)'/gm,
          ))
            imports.push(`${dirName}/${file}: ${m[1]}`);
        }
      }
      expect(imports, 'these load with the program').to.deep.equal([]);
    });
  });
});

describe('chronicle timeline --as-of', () => {
  it('prints the timeline as it stood before a revision', async () => {
    const dir = await createTempDir();
    const store = `sqlite:${dir.file('chronicle.db')}`;
    try {
      await cli(store, dir.path, 'import', demo);
      const position = JSON.parse((await cli(store, dir.path, '--json', 'timeline')).stdout).position;
      await writeFile(
        dir.file('revised.json'),
        JSON.stringify({
          ...demoDossier(),
          facts: demoDossier().facts.map((x: { id: string; when: string }) =>
            x.id === 'state-dept-report-to-sedena' ? { ...x, when: '2022-04-21' } : x,
          ),
        }),
      );
      await cli(store, dir.path, 'import', 'revised.json', '--reason', 'the report is dated the 21st');
      const now = JSON.parse((await cli(store, dir.path, '--json', 'timeline', '--actor', 'sedena')).stdout);
      const then = JSON.parse(
        (await cli(store, dir.path, '--json', 'timeline', '--actor', 'sedena', '--as-of', position)).stdout,
      );
      const when = (t: { entries: { factId: string; when: { edtf: string } }[] }) =>
        t.entries.find((e) => e.factId === 'state-dept-report-to-sedena')?.when.edtf;
      expect(when(now)).to.equal('2022-04-21');
      expect(when(then)).to.equal('?2022-04-22');
      expect(then.asOf).to.equal(position);
    } finally {
      await dir.remove();
    }
  });
});

describe('chronicle check', () => {
  let dir: TempDir;
  let store: string;
  const run = (...argv: string[]) => cli(store, dir.path, ...argv);
  beforeEach(async () => {
    dir = await createTempDir();
    store = `sqlite:${dir.file('chronicle.db')}`;
    await run('import', demo);
  });
  afterEach(async () => dir.remove());

  it('exits 0 on the demo story and lists its notes', async () => {
    const r = await run('check');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^Date checks — All facts: 0 error\(s\)/);
    expect(r.stdout).to.contain('date-narrowed');
  });

  it('exits 1 with a one-sentence relation-violated error once the alert is re-dated to April 21', async () => {
    const revised = demoDossier();
    for (const x of revised.facts) {
      if (x.id === 'state-dept-report-to-sedena') x.when = '2022-04-21';
      if (x.id === 'salazar-letter-to-ebrard') x.when = '2022-05-02';
    }
    await writeFile(dir.file('revised.json'), JSON.stringify(revised));
    await run('import', 'revised.json');
    const r = await run('check', '--actor', 'sedena');
    expect(r.code).to.equal(1);
    expect(r.stdout).to.match(
      /ERROR\s+relation-violated\s+salazar-letter-to-ebrard \(2022-05-02\) is asserted 10 days after state-dept-report-to-sedena \(2022-04-21\): they are 11 days apart\./,
    );
    const json = JSON.parse((await run('--json', 'check')).stdout);
    expect(json.counts.error).to.equal(1);
  });

  it('fails on warnings too with --fail-on warning', async () => {
    const revised = demoDossier();
    revised.facts.find((x: { id: string }) => x.id === 'state-dept-report-to-sedena').when = '?2022-04-21';
    await writeFile(dir.file('revised.json'), JSON.stringify(revised));
    await run('import', 'revised.json');
    expect((await run('check')).code).to.equal(0);
    expect((await run('check', '--fail-on', 'warning')).code).to.equal(1);
    expect((await run('check', '--fail-on', 'nope')).code).to.equal(2);
  });
});

describe('chronicle revise', () => {
  it('re-dates a fact with the reason, which the history keeps, and refuses a missing reason', async () => {
    const dir = await createTempDir();
    const store = `sqlite:${dir.file('chronicle.db')}`;
    try {
      await cli(store, dir.path, 'import', demo);
      const r = await cli(
        store,
        dir.path,
        'revise',
        'state-dept-report-to-sedena',
        '--when',
        '?2022-04-21',
        '--reason',
        'the report is dated the 21st',
      );
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/is now dated 21 April 2022 \(year uncertain\)/);
      const history = JSON.parse(
        (await cli(store, dir.path, '--json', 'fact', 'state-dept-report-to-sedena', '--history')).stdout,
      ).history;
      expect(history.at(-1)).to.deep.include({
        type: 'FactDateRevised',
        reason: 'the report is dated the 21st',
        recordedBy: 'test-editor',
      });
      const missing = await cli(store, dir.path, 'revise', 'state-dept-report-to-sedena', '--when', '2022-04-20');
      expect(missing.code).to.equal(2);
      expect(missing.stderr).to.match(/reason: is required/);
      const same = await cli(
        store,
        dir.path,
        'revise',
        'state-dept-report-to-sedena',
        '--when',
        '?2022-04-21',
        '--reason',
        'again',
      );
      expect(same.code).to.equal(2);
      expect(same.stderr).to.match(/already dated/);
    } finally {
      await dir.remove();
    }
  });
});
