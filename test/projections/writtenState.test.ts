import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { execute } from '../../src/commands/execute.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { parseStoreUrl } from '../../src/store/openStore.ts';
import { readFact } from '../../projections/queries/factQuery.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { countingIds, testClock } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

describe('what a write transaction of the read models left, known at its commit', () => {
  let dir: TempDir;
  let path: string;
  let chronicle: Chronicle;
  beforeEach(async () => {
    dir = await createTempDir();
    const storeUrl = `sqlite:${dir.file('chronicle.db')}`;
    path = (parseStoreUrl(storeUrl) as { path: string }).path;
    chronicle = await openChronicle({
      storeUrl,
      clock: testClock(),
      newId: countingIds(),
      storeOptions: { synchronous: 'normal', pollIntervalMs: 60_000 },
    });
    await importDossier(chronicle.write, demoDossier(), { metadata });
    await chronicle.runner.start();
  });
  afterEach(async () => {
    await chronicle.close();
    await dir.remove();
  });

  const FACT = 'state-dept-report-to-sedena';
  const revise = (when: string) =>
    execute(chronicle.write, 'fact', FACT, { type: 'ReviseFactDate', data: { factId: FACT, when } }, { metadata });

  /** Another connection's write transaction of the read models on the same file (another process's, say). */
  const writeElsewhere = () => {
    const other = ReadModelDb.open(path);
    try {
      other.transaction(() => other.setCheckpoint(other.checkpoint()));
    } finally {
      other.db.close();
    }
  };

  it('is the checkpoint and the tokens the transaction stored', async () => {
    const { position } = await revise('?2022-04-21');
    const rm = chronicle.readModels();
    expect(rm.written).to.deep.equal({ position, writeToken: rm.writeToken(), namesToken: rm.namesToken() });
    expect(chronicle.runner.writtenAfter(position!)).to.equal(rm.written);
  });

  it('stays what its commit left after another connection writes, while the stored token moves on', async () => {
    const { position } = await revise('?2022-04-21');
    const rm = chronicle.readModels();
    const written = rm.written!;
    writeElsewhere();
    expect(rm.writeToken()).to.not.equal(written.writeToken);
    expect(chronicle.runner.writtenAfter(position!)).to.equal(written);
    // The batch's document is still given as of that commit.
    expect(chronicle.runner.appliedFacts.current(FACT, written)?.when).to.equal('?2022-04-21');
    expect(readFact(rm, FACT, chronicle.runner.appliedFacts.current(FACT, written), written).when.edtf).to.equal(
      '?2022-04-21',
    );
  });

  it('covers no position after its own', async () => {
    const { position } = await revise('?2022-04-21');
    const rm = chronicle.readModels();
    const after = String(BigInt(position!) + 1n);
    expect(chronicle.runner.writtenAfter(after)).to.equal(undefined);
    expect(rm.written!.position).to.equal(position);
  });

  it('lets a writer wait for and read its own fact as of that commit with no read of the checkpoint or of a token', async () => {
    const { position } = await revise('?2022-04-21');
    const rm = chronicle.readModels();
    const reads: string[] = [];
    const meta = rm.meta as unknown as Record<'checkpoint' | 'get', (...args: unknown[]) => unknown>;
    for (const name of ['checkpoint', 'get'] as const) {
      const real = meta[name].bind(rm.meta);
      meta[name] = (...args: unknown[]) => (reads.push(name), real(...args));
    }
    await chronicle.runner.waitFor(position!);
    const asOf = chronicle.runner.writtenAfter(position!);
    const doc = chronicle.runner.appliedFacts.current(FACT, asOf);
    expect(doc?.when).to.equal('?2022-04-21');
    const fact = readFact(rm, FACT, doc, asOf);
    expect(fact.when.edtf).to.equal('?2022-04-21');
    expect(reads).to.deep.equal([]);
  });

  it('is left as it was by a transaction that rolls back', async () => {
    await revise('?2022-04-21');
    const rm = chronicle.readModels();
    const written = rm.written;
    expect(() =>
      rm.transaction(() => {
        rm.setCheckpoint({ position: '999999', seq: 999_999 });
        throw new Error('rolled back');
      }),
    ).to.throw('rolled back');
    expect(rm.written).to.equal(written);
    expect(rm.checkpoint().position).to.equal(written!.position);
  });
});
