import { expect } from 'chai';
import { checkFactOf, checkSourceOf } from '../../projections/findingsProjection.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import { checkAll, type Finding } from '../../src/checks/index.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { dumpReadModels } from '../support/readModelDump.ts';
import { importEditedDossier } from '../support/editedDossier.ts';

/**
 * A rebuild re-checks the components each batch touches, over the facts as the batch left them.
 * What it stores must be what the live projection stored event by event, and what checking every
 * fact once, at its last version, gives.
 */
describe("a rebuild's findings", function () {
  this.timeout(120_000);
  let f: ChronicleFixture;
  before(async () => {
    f = await openTestChronicle();
    await importEditedDossier(f.chronicle.write);
    await f.chronicle.runner.catchUp();
  });
  after(async () => f.close());

  const lines = (findings: readonly Finding[]) => findings.map((x) => JSON.stringify(x)).sort();

  it('are the live projection’s, row by row, and those of every fact checked once at its last version', async () => {
    const live = dumpReadModels(f.chronicle.readModels().db);
    const runner = new ProjectionRunner(f.chronicle.store, f.chronicle.readModels(), { batchSize: 97 });
    await runner.rebuild();
    const rm = runner.readModels;
    const rebuilt = dumpReadModels(rm.db);
    expect(rebuilt.get('findings')).to.deep.equal(live.get('findings'));
    expect(rebuilt.get('fact_findings')).to.deep.equal(live.get('fact_findings'));

    const facts = new Map(rm.allFacts().map((doc) => [doc.factId, checkFactOf(doc)]));
    const sources = new Map(rm.registries.list('sources').map((doc) => [doc.sourceId, checkSourceOf(doc)]));
    const stored = rm.findings.all();
    expect(lines(stored)).to.deep.equal(lines(checkAll(facts, sources)));
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
