import { expect } from 'chai';
import { checkFactOf, checkSourceOf } from '../../projections/findingsProjection.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { checkAll, type Finding } from '../../src/checks/index.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { dumpReadModels } from '../support/readModelDump.ts';
import { importEditedDossier } from '../support/editedDossier.ts';
import { generateDossier } from '../support/generators/generateDossier.ts';

/**
 * A rebuild re-checks the components each batch touches, over the facts as the batch left them.
 * What it stores must be what the live projection stored event by event, and what checking every
 * fact once, at its last version, gives.
 */
describe("a rebuild's findings", function () {
  this.timeout(120_000);
  const lines = (findings: readonly Finding[]) => findings.map((x) => JSON.stringify(x)).sort();
  /** The findings of checking every fact of `rm` once, at its last version. */
  const checkedOnce = (rm: ReadModelDb) =>
    checkAll(
      new Map(rm.allFacts().map((doc) => [doc.factId, checkFactOf(doc)])),
      new Map(rm.registries.list('sources').map((doc) => [doc.sourceId, checkSourceOf(doc)])),
    );
  /** Rebuilds `f`'s read models in batches of 97 events; returns the live ones' rows and the rebuilt read models. */
  const rebuild = async (f: ChronicleFixture) => {
    const live = dumpReadModels(f.chronicle.readModels().db);
    const runner = new ProjectionRunner(f.chronicle.store, f.chronicle.readModels(), { batchSize: 97 });
    await runner.rebuild();
    return { live, rm: runner.readModels };
  };

  describe('on a store with edits, retractions, relations and merges', () => {
    let f: ChronicleFixture;
    before(async () => {
      f = await openTestChronicle();
      await importEditedDossier(f.chronicle.write);
      await f.chronicle.runner.catchUp();
    });
    after(async () => f.close());

    it('are the live projection’s, row by row, and those of every fact checked once at its last version', async () => {
      const { live, rm } = await rebuild(f);
      const rebuilt = dumpReadModels(rm.db);
      expect(rebuilt.get('findings')).to.deep.equal(live.get('findings'));
      expect(rebuilt.get('fact_findings')).to.deep.equal(live.get('fact_findings'));
      const stored = rm.findings.all();
      expect(lines(stored)).to.deep.equal(lines(checkedOnce(rm)));
      expect(new Set(stored.map((x) => x.code))).to.deep.equal(
        new Set([
          'imprecise-date',
          'relation-violated',
          'after-publication',
          'sources-disagree',
          'dangling-relation',
          'date-narrowed',
        ]),
      );
    });
  });

  describe('on a store whose sources were dated again after the facts citing them', () => {
    let f: ChronicleFixture;
    before(async () => {
      f = await openTestChronicle();
      const { dossier } = generateDossier({ targetEvents: 3000, seed: 11 });
      await importDossier(f.chronicle.write, dossier, { metadata: { recordedBy: 'ana', reason: 'first' } });
      for (const source of dossier.sources) source.publishedOn = '1990-01-01';
      await importDossier(f.chronicle.write, dossier, { metadata: { recordedBy: 'bo', reason: 'redated' } });
      await f.chronicle.runner.catchUp();
    });
    after(async () => f.close());

    it('follow each source to its last date', async () => {
      const { live, rm } = await rebuild(f);
      expect(dumpReadModels(rm.db).get('findings')).to.deep.equal(live.get('findings'));
      const stored = rm.findings.all();
      expect(lines(stored)).to.deep.equal(lines(checkedOnce(rm)));
      expect(stored.filter((x) => x.code === 'after-publication').length).to.be.greaterThan(100);
    });
  });
});
