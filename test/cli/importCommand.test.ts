import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import { cli } from '../support/cliHarness.ts';
import { demoDossier } from '../support/demoDossier.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const REPORT = 'state-dept-report-to-sedena';
const LETTER = 'salazar-letter-to-ebrard';

describe('chronicle import, re-importing a dossier', () => {
  let dir: TempDir;
  let store: string;
  const run = (...argv: string[]) => cli(store, dir.path, ...argv);
  const json = async (...argv: string[]) => {
    const r = await run('--json', ...argv);
    return { code: r.code, report: JSON.parse(r.stdout) as any };
  };
  const save = (name: string, dossier: unknown) => writeFile(dir.file(name), JSON.stringify(dossier));
  const factOf = (dossier: any, id: string) => dossier.facts.find((x: { id: string }) => x.id === id);
  const dateOf = async (id: string) => JSON.parse((await run('--json', 'fact', id)).stdout).when.edtf;
  const itemOf = (report: any, id: string, section = 'facts') =>
    report.items.find((i: { id: string; section: string }) => i.id === id && i.section === section);
  beforeEach(async () => {
    dir = await createTempDir();
    store = `sqlite:${dir.file('chronicle.db')}`;
    await save('dossier.json', demoDossier());
    expect((await run('import', 'dossier.json')).code).to.equal(0);
  });
  afterEach(async () => dir.remove());

  it('keeps a date revised on the command line when the file is imported again, and says so by id', async () => {
    // The story as it was found: a re-import reverted this revision and reported only "facts 3 updated".
    const revised = await run('revise', REPORT, '--when', '2022-04-21', '--reason', 'the cable is dated the 21st');
    expect(revised.code, revised.stderr).to.equal(0);
    const changed = demoDossier();
    factOf(changed, LETTER).summary = 'Salazar writes to Ebrard';
    await save('dossier.json', changed);

    const r = await run('import', 'dossier.json');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/facts\s+0 created, 1 updated, 6 unchanged, 1 kept, 0 conflicts, 0 rejected/);
    expect(r.stdout).to.contain(`Updated:\n  fact ${LETTER} (1 event)\n`);
    expect(r.stdout).to.contain(`Kept, newer in store: fact ${REPORT}\n`);
    expect(await dateOf(REPORT)).to.equal('2022-04-21');
    const history = JSON.parse((await run('--json', 'fact', REPORT, '--history')).stdout).history;
    expect(history.at(-1)).to.deep.include({ type: 'FactDateRevised', reason: 'the cable is dated the 21st' });
  });

  describe('when the file and the store both changed a fact', () => {
    beforeEach(async () => {
      await run('revise', REPORT, '--when', '2022-04-21', '--reason', 'the cable is dated the 21st');
      const changed = demoDossier();
      factOf(changed, REPORT).when = '2022-04-20';
      factOf(changed, LETTER).when = '2022-05-03';
      await save('dossier.json', changed);
    });

    it('exits 2, shows both versions, writes nothing of the conflict and imports the rest', async () => {
      const r = await run('import', 'dossier.json');
      expect(r.code).to.equal(2);
      expect(r.stdout).to.contain(
        `fact ${REPORT} (facts[0])\n    when\n      file:  "2022-04-20"\n      store: "2022-04-21"\n`,
      );
      expect(r.stdout).to.contain('--prefer file applies the file’s, --prefer store keeps the store’s');
      expect(await dateOf(REPORT)).to.equal('2022-04-21');
      expect(await dateOf(LETTER)).to.equal('2022-05-03');
    });

    it('gives every item by id with its outcome, and the conflict field by field, with --json', async () => {
      const { code, report } = await json('import', 'dossier.json');
      expect(code).to.equal(2);
      expect(report.facts).to.deep.include({ updated: 1, conflict: 1 });
      expect(itemOf(report, REPORT)).to.deep.equal({
        section: 'facts',
        id: REPORT,
        path: 'facts[0]',
        outcome: 'conflict',
        events: 0,
        conflict: { resolution: null, fields: [{ field: 'when', file: '2022-04-20', store: '2022-04-21' }] },
      });
      expect(itemOf(report, LETTER)).to.deep.include({ outcome: 'updated', events: 1 });
      expect(itemOf(report, 'sedena', 'actors')).to.deep.include({ section: 'actors', outcome: 'unchanged' });
    });

    it('applies the file’s version with --prefer file and exits 0', async () => {
      const r = await run('import', 'dossier.json', '--prefer', 'file');
      expect(r.code, r.stdout).to.equal(0);
      expect(r.stdout).to.contain(`fact ${REPORT} (1 event, a conflict: the file’s version (--prefer file))`);
      expect(await dateOf(REPORT)).to.equal('2022-04-20');
    });

    it('keeps the store’s version with --prefer store and exits 0', async () => {
      const r = await run('import', 'dossier.json', '--prefer', 'store');
      expect(r.code, r.stdout).to.equal(0);
      expect(r.stdout).to.contain(`Kept the store’s version (--prefer store):\n  fact ${REPORT}\n    when\n`);
      expect(await dateOf(REPORT)).to.equal('2022-04-21');
      expect(await dateOf(LETTER)).to.equal('2022-05-03');
    });

    it('refuses any other --prefer, naming the option, and writes nothing', async () => {
      const r = await run('import', 'dossier.json', '--prefer', 'mine');
      expect(r.code).to.equal(2);
      expect(r.stderr).to.contain('prefer').and.to.contain('must be file or store');
      expect(await dateOf(LETTER)).to.equal('?2022-05-02');
    });

    it('writes nothing with --dry-run and prints the same report with the events it would append', async () => {
      const dry = await run('import', 'dossier.json', '--dry-run');
      expect(dry.code).to.equal(2);
      expect(dry.stdout).to.match(/^Dry run of dossier\.json: nothing written; 1 event would be appended to 1 item\n/);
      expect(dry.stdout).to.contain(`Updated:\n  fact ${LETTER} (1 event)\n    FactDateRevised {"factId":"${LETTER}"`);
      expect(dry.stdout).to.contain('nothing of them would be written');
      expect(await dateOf(LETTER)).to.equal('?2022-05-02');

      const { report } = await json('import', 'dossier.json', '--dry-run');
      expect(report.dryRun).to.equal(true);
      expect(itemOf(report, LETTER).planned).to.deep.equal([
        { type: 'FactDateRevised', data: { factId: LETTER, when: '2022-05-03', previousWhen: '?2022-05-02' } },
      ]);
      expect(itemOf(report, REPORT)).to.deep.include({ outcome: 'conflict', planned: [] });
      expect(await dateOf(LETTER)).to.equal('?2022-05-02');

      const real = await json('import', 'dossier.json');
      const strip = (items: { planned?: unknown }[]) => items.map(({ planned: _planned, ...item }) => item);
      expect(strip(real.report.items)).to.deep.equal(strip(report.items));
    });
  });

  it('keeps the dossier’s title and description in the export', async () => {
    await save('dossier.json', { ...demoDossier(), title: 'Nuctech border scanners', description: 'Who knew what.' });
    const imported = await run('import', 'dossier.json');
    expect(imported.stdout).to.contain('Title: "Nuctech border scanners"\n');
    const exported = await run('export', '--format', 'dossier', '--output', 'out.json');
    expect(exported.code, exported.stderr).to.equal(0);
    const again = await json('import', 'out.json');
    expect(again.report).to.deep.include({
      appended: 0,
      recorded: 0,
      dossier: { title: 'Nuctech border scanners', description: 'Who knew what.', outcome: 'unchanged' },
    });
  });
});
