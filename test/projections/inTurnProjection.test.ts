import { expect } from 'chai';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { execute } from '../../src/commands/execute.ts';
import { encodeEvent } from '../../src/events/catalog.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { parseStoreUrl } from '../../src/store/openStore.ts';
import { openSqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import type { AppliedEvent } from '../../projections/applyEvents.ts';
import { readFact } from '../../projections/queries/factQuery.ts';
import { countingIds, testClock } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

describe('the runner projects the appends of its own process in the turn of their commit', () => {
  let dir: TempDir;
  let storeUrl: string;
  let chronicle: Chronicle;
  const applied: AppliedEvent[][] = [];
  beforeEach(async () => {
    dir = await createTempDir();
    storeUrl = `sqlite:${dir.file('chronicle.db')}`;
    applied.length = 0;
    chronicle = await openChronicle({
      storeUrl,
      clock: testClock(),
      newId: countingIds(),
      // No polling during a test: another process's append is seen only when this one appends.
      storeOptions: { synchronous: 'normal', pollIntervalMs: 60_000 },
      runner: { onApplied: (events) => applied.push([...events]) },
    });
    await importDossier(chronicle.write, demoDossier(), { metadata });
    await chronicle.runner.start();
    applied.length = 0;
  });
  afterEach(async () => {
    await chronicle.close();
    await dir.remove();
  });

  const revise = (factId: string, when: string) =>
    execute(chronicle.write, 'fact', factId, { type: 'ReviseFactDate', data: { factId, when } }, { metadata });

  it('holds the fact in the read models by the time its append resolves, with no wait', async () => {
    const { position } = await revise('state-dept-report-to-sedena', '?2022-04-21');
    expect(chronicle.readModels().checkpoint().position).to.equal(position);
    expect(readFact(chronicle.readModels(), 'state-dept-report-to-sedena').when.edtf).to.equal('?2022-04-21');
    expect(applied.at(-1)!.map((a) => [a.type, a.position])).to.deep.equal([['FactDateRevised', position]]);
  });

  it('projects each event once, in log order, when the subscription delivers the same events after', async () => {
    const { seq } = chronicle.readModels().checkpoint();
    await revise('state-dept-report-to-sedena', '?2022-04-21');
    await revise('state-dept-report-to-sedena', '?2022-04-20');
    const { position } = await revise('state-dept-report-to-sedena', '?2022-04-19');
    // The subscription's own delivery of these events comes later, on the next turns.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(chronicle.readModels().checkpoint()).to.deep.equal({ position, seq: seq + 3 });
    expect(applied.flat().map((a) => a.seq)).to.deep.equal([seq + 1, seq + 2, seq + 3]);
  });

  it('stops following the log, as the read path does, when a listener fails on a batch applied in turn', async () => {
    chronicle.runner.onApplied(() => {
      throw new Error('a listener that fails');
    });
    const { position } = await revise('state-dept-report-to-sedena', '?2022-04-21');
    expect(chronicle.readModels().checkpoint().position).to.equal(position);
    expect(chronicle.runner.failure?.message).to.equal('a listener that fails');
  });

  it("leaves a commit to the subscription when another process's event comes between, and applies both in order", async () => {
    const { path } = parseStoreUrl(storeUrl) as { path: string };
    const other = openSqliteEventStore({ path });
    let elsewhere: string;
    try {
      ({ position: elsewhere } = await other.append('fact-state-dept-report-to-sedena', [
        encodeEvent(
          {
            type: 'FactDateRevised',
            data: { factId: 'state-dept-report-to-sedena', when: '?2022-04-21', previousWhen: '?2022-04-22' },
          },
          '00000000-0000-4000-8000-0000000000b1',
          { recordedBy: 'elsewhere' },
          new Date('2022-11-01T10:00:00Z'),
        ),
      ]));
    } finally {
      await other.close();
    }
    const before = chronicle.readModels().checkpoint();
    const { position } = await revise('salazar-letter-to-ebrard', '?2022-05-03');
    expect(chronicle.readModels().checkpoint()).to.deep.equal(before);
    await chronicle.runner.waitFor(position!);
    expect(applied.flat().map((a) => a.position)).to.deep.equal([elsewhere, position]);
    expect(readFact(chronicle.readModels(), 'state-dept-report-to-sedena').when.edtf).to.equal('?2022-04-21');
  });
});
