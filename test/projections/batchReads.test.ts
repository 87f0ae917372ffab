import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { generateDossier } from '../support/generators/generateDossier.ts';

/**
 * The timeline and the findings of a batch both walk the components of its facts, which reach
 * stored facts outside it (the targets of new relations): each stored document is read once for both.
 */
describe('a batch that relates new facts to stored ones', function () {
  this.timeout(60_000);
  let f: ChronicleFixture;
  before(async () => {
    f = await openTestChronicle();
  });
  after(async () => f.close());

  it('reads each stored fact its components reach once, for the timeline and the findings together', async () => {
    const { dossier } = generateDossier({ targetEvents: 1500, seed: 5 });
    await importDossier(f.chronicle.write, dossier, { metadata: { recordedBy: 'ana', reason: 'first' } });
    await f.chronicle.runner.catchUp();
    dossier.facts.forEach((fact, i) => {
      if (i % 9 === 0 && i > 0) fact.relations = [{ type: 'after', fact: dossier.facts[i - 1]!.id, offset: 'P3D' }];
    });
    await importDossier(f.chronicle.write, dossier, { metadata: { recordedBy: 'bo', reason: 'related' } });

    const { facts } = f.chronicle.readModels();
    const reads = new Map<string, number>();
    const at = facts.at.bind(facts);
    facts.at = (factId, seq) => {
      reads.set(factId, (reads.get(factId) ?? 0) + 1);
      return at(factId, seq);
    };
    await f.chronicle.runner.catchUp();

    expect(reads.size).to.be.greaterThan(10);
    expect(Math.max(...reads.values())).to.equal(1);
  });
});
