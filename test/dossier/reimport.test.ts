import { expect } from 'chai';
import { readFact, readFactHistory } from '../../projections/queries/factQuery.ts';
import { execute } from '../../src/commands/execute.ts';
import { factInputOf } from '../../src/commands/factInput.ts';
import { DossierFact } from '../../src/commands/dossier/schema.ts';
import { importDossier, type ImportOptions } from '../../src/commands/dossier/importDossier.ts';
import type { ImportedItem } from '../../src/commands/dossier/importReport.ts';
import { exportDossier } from '../../src/exports/dossierExport.ts';
import { readDossierAbout } from '../../src/commands/dossier/dossierLog.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';

const REPORT = 'state-dept-report-to-sedena';
const LETTER = 'salazar-letter-to-ebrard';

describe('re-importing a dossier (docs/design.md § Dossier format)', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  const load = async (dossier: unknown, options: Partial<ImportOptions> = {}) => {
    const report = await importDossier(f.chronicle.write, dossier, { metadata, ...options });
    await f.chronicle.runner.catchUp();
    return report;
  };
  /** What an analyst does on the command line: revise a fact's date, with a reason. */
  const revise = (id: string, when: string) =>
    execute(
      f.chronicle.write,
      'fact',
      id,
      { type: 'ReviseFactDate', data: { factId: id, when } },
      { metadata: { recordedBy: 'analyst', reason: 'the cable is dated the 21st' } },
    );
  const factOf = (dossier: any, id: string) => dossier.facts.find((x: { id: string }) => x.id === id);
  const when = (id: string) => readFact(f.chronicle.readModels(), id).when.edtf;
  const outcomes = (items: readonly ImportedItem[]) =>
    Object.fromEntries(items.filter((i) => i.outcome !== 'unchanged').map((i) => [i.id, i.outcome]));
  const log = async () => (await f.chronicle.store.readAll({ maxCount: 100_000 })).map((e) => e.id);

  describe('when the store revised a fact’s date and the file did not change it', () => {
    it('keeps the revision, names the fact as newer in the store, and blames nothing on the import', async () => {
      await load(demoDossier());
      await revise(REPORT, '2022-04-21');
      const changed = demoDossier();
      factOf(changed, LETTER).summary = 'Salazar writes to Ebrard about the scanners';
      const report = await load(changed);

      expect(when(REPORT)).to.equal('2022-04-21');
      expect(outcomes(report.items)).to.deep.equal({ [REPORT]: 'kept', [LETTER]: 'updated' });
      expect(report.facts).to.deep.include({ updated: 1, kept: 1, conflict: 0 });
      const history = await readFactHistory(f.chronicle.readModels(), f.chronicle.store, REPORT);
      expect(history.at(-1)).to.deep.include({ type: 'FactDateRevised', recordedBy: 'analyst' });
    });

    it('keeps it on every later import of the file, changed elsewhere or not', async () => {
      await load(demoDossier());
      await revise(REPORT, '2022-04-21');
      await load(demoDossier());
      const again = await load(demoDossier());
      expect(when(REPORT)).to.equal('2022-04-21');
      expect(again.appended).to.equal(0);
      expect(outcomes(again.items)).to.deep.equal({ [REPORT]: 'kept' });
    });
  });

  describe('when only the file changed an item', () => {
    it('applies it and names it updated, with the events it appended', async () => {
      await load(demoDossier());
      const changed = demoDossier();
      factOf(changed, REPORT).when = '2022-04-20';
      const report = await load(changed);
      expect(when(REPORT)).to.equal('2022-04-20');
      expect(report.items.find((i) => i.id === REPORT)).to.deep.include({ outcome: 'updated', events: 1 });
    });

    it('applies a later change of the file to an item the store revised after that', async () => {
      await load(demoDossier());
      await revise(REPORT, '2022-04-21');
      const agreed = demoDossier();
      factOf(agreed, REPORT).when = '2022-04-21';
      expect(outcomes((await load(agreed)).items)).to.deep.equal({});
      factOf(agreed, REPORT).summary = 'The State Department reports to Sedena';
      const report = await load(agreed);
      expect(outcomes(report.items)).to.deep.equal({ [REPORT]: 'updated' });
      expect(readFact(f.chronicle.readModels(), REPORT).summary).to.equal('The State Department reports to Sedena');
    });
  });

  describe('when both the file and the store changed an item since the last import', () => {
    const setUp = async () => {
      await load(demoDossier());
      await revise(REPORT, '2022-04-21');
      const changed = demoDossier();
      factOf(changed, REPORT).when = '2022-04-20';
      factOf(changed, LETTER).when = '2022-05-03';
      return changed;
    };

    it('reports a conflict with both versions, writes nothing of it, and imports the rest', async () => {
      const changed = await setUp();
      const before = (await f.chronicle.store.readStream(`fact-${REPORT}`)).length;
      const report = await load(changed);
      expect(outcomes(report.items)).to.deep.equal({ [REPORT]: 'conflict', [LETTER]: 'updated' });
      const conflict = report.items.find((i) => i.id === REPORT)!;
      expect(conflict.events).to.equal(0);
      expect(conflict.conflict).to.deep.equal({
        resolution: null,
        fields: [{ field: 'when', file: '2022-04-20', store: '2022-04-21' }],
      });
      expect(await f.chronicle.store.readStream(`fact-${REPORT}`)).to.have.length(before);
      expect(when(REPORT)).to.equal('2022-04-21');
      expect(when(LETTER)).to.equal('2022-05-03');
    });

    it('reports the same conflict on the next import, since nothing of it was recorded', async () => {
      const changed = await setUp();
      await load(changed);
      expect(outcomes((await load(changed)).items)).to.deep.equal({ [REPORT]: 'conflict' });
    });

    it('applies the file’s version with prefer file, and the file is then the base', async () => {
      const changed = await setUp();
      const report = await load(changed, { prefer: 'file' });
      const item = report.items.find((i) => i.id === REPORT)!;
      expect(item).to.deep.include({ outcome: 'updated', events: 1 });
      expect(item.conflict?.resolution).to.equal('file');
      expect(when(REPORT)).to.equal('2022-04-20');
      expect(outcomes((await load(changed)).items)).to.deep.equal({});
    });

    it('keeps the store’s version with prefer store; the next change of the file is a conflict again', async () => {
      const changed = await setUp();
      const report = await load(changed, { prefer: 'store' });
      const item = report.items.find((i) => i.id === REPORT)!;
      expect(item).to.deep.include({ outcome: 'kept', events: 0 });
      expect(item.conflict?.resolution).to.equal('store');
      expect(when(REPORT)).to.equal('2022-04-21');
      expect(outcomes((await load(changed)).items), 'the same file again').to.deep.equal({ [REPORT]: 'kept' });
      factOf(changed, REPORT).when = '2022-04-19';
      expect(outcomes((await load(changed)).items), 'the file changed again').to.deep.equal({
        [REPORT]: 'conflict',
      });
    });
  });

  describe('when the store holds an item no import recorded', () => {
    const recordOutsideImport = () =>
      execute(
        f.chronicle.write,
        'fact',
        'hearing',
        {
          type: 'RecordFact',
          data: factInputOf(DossierFact.parse({ id: 'hearing', summary: 'A hearing', when: '2022-06-01' })),
        },
        { metadata: { recordedBy: 'analyst', reason: 'recorded by hand' } },
      );
    const file = (when: string) => ({ facts: [{ id: 'hearing', summary: 'A hearing', when }] });

    it('is unchanged when the file says the same, and the file is then its base', async () => {
      await recordOutsideImport();
      expect(outcomes((await load(file('2022-06-01'))).items)).to.deep.equal({});
      expect(outcomes((await load(file('2022-06-02'))).items)).to.deep.equal({ hearing: 'updated' });
    });

    it('is a conflict when the file says otherwise: nothing tells which side is newer', async () => {
      await recordOutsideImport();
      const report = await load(file('2022-06-02'));
      expect(outcomes(report.items)).to.deep.equal({ hearing: 'conflict' });
      expect(report.items[0]?.conflict?.fields).to.deep.equal([
        { field: 'when', file: '2022-06-02', store: '2022-06-01' },
      ]);
      expect(when('hearing')).to.equal('2022-06-01');
    });
  });

  describe('a dry run', () => {
    it('writes nothing and lists every item it would create with the events it would append', async () => {
      const report = await load(demoDossier(), { dryRun: true });
      expect(await log()).to.deep.equal([]);
      expect(report.dryRun).to.equal(true);
      expect(report.appended).to.equal(0);
      const demo = demoDossier();
      const items = demo.sources.length + demo.actors.length + demo.topics.length + demo.facts.length;
      expect(report.items).to.have.length(items);
      const created = report.items.find((i) => i.id === REPORT)!;
      expect(created.outcome).to.equal('created');
      expect(created.planned?.[0]).to.deep.include({ type: 'FactRecorded' });
      expect(created.planned?.[0]?.data).to.deep.include({ factId: REPORT, when: '?2022-04-22' });
      expect(created.planned?.map((e) => e.type)).to.include.members(['ActorLinked', 'TopicTagged', 'SourceCited']);
      expect(created.events).to.equal(created.planned?.length);
    });

    it('reports what the import then does, item for item, conflicts and all', async () => {
      await load(demoDossier());
      await revise(REPORT, '2022-04-21');
      await revise(LETTER, '2022-05-01');
      const changed = demoDossier();
      factOf(changed, REPORT).when = '2022-04-20';
      factOf(changed, 'guacamaya-hacks-sedena').summary = 'Guacamaya hacks Sedena';
      changed.title = 'Nuctech';
      const before = await log();
      const dry = await load(changed, { dryRun: true });
      expect(await log()).to.deep.equal(before);
      const real = await load(changed);
      const strip = ({ planned: _planned, ...item }: ImportedItem) => item;
      expect(dry.items.map(strip)).to.deep.equal(real.items.map(strip));
      expect(outcomes(dry.items)).to.deep.equal({
        [REPORT]: 'conflict',
        [LETTER]: 'kept',
        'guacamaya-hacks-sedena': 'updated',
      });
      const planned = dry.items.find((i) => i.id === 'guacamaya-hacks-sedena')?.planned;
      expect(planned?.map((e) => e.type)).to.deep.equal(['FactSummaryEdited']);
      expect(planned?.[0]?.data).to.deep.include({
        factId: 'guacamaya-hacks-sedena',
        summary: 'Guacamaya hacks Sedena',
      });
      expect(dry.dossier).to.deep.equal({ title: 'Nuctech', description: null, outcome: 'updated' });
    });
  });

  describe('the dossier’s title and description', () => {
    it('come back in the export, and importing the export appends nothing', async () => {
      const dossier = { ...demoDossier(), title: 'Nuctech border scanners', description: 'Who knew what, when.' };
      await load(dossier);
      const exported = exportDossier(f.chronicle.readModels(), (await readDossierAbout(f.chronicle.store)).state);
      expect(exported).to.deep.include({ title: 'Nuctech border scanners', description: 'Who knew what, when.' });
      const before = await log();
      const again = await load(exported);
      expect(again.appended + again.recorded).to.equal(0);
      expect(await log()).to.deep.equal(before);
    });

    it('are kept by an import of a file that gives neither, and replaced by one that gives them', async () => {
      await load({ ...demoDossier(), title: 'First', description: 'One' });
      expect((await load(demoDossier())).dossier).to.deep.equal({
        title: 'First',
        description: 'One',
        outcome: 'unchanged',
      });
      await load({ ...demoDossier(), title: 'Second' });
      expect((await readDossierAbout(f.chronicle.store)).state).to.deep.equal({ title: 'Second', description: 'One' });
    });
  });
});
