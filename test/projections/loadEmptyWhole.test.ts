import { expect } from 'chai';
import type { EventStore } from '../../src/store/port.ts';
import { applyEvents } from '../../projections/applyEvents.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import type { ChronicleFixture } from '../support/chronicleFixture.ts';
import { diffReadModels, dumpReadModels, type ReadModelDump } from '../support/readModelDump.ts';
import { chronicleWithEditedDossier } from '../support/editedDossier.ts';

/**
 * Empty read models behind more of the log than one batch (a first import, a restored store) are
 * loaded into a rebuild's fresh tables and swapped in whole at the end. Readers see them empty
 * until the swap, and what comes out is what the live projection writes event by event.
 */
describe('a catch-up of empty read models behind more than a batch', function () {
  this.timeout(120_000);
  let f: ChronicleFixture;
  /** The read models the live projection wrote, append by append, while the dossier was imported. */
  let live: ReadModelDump;
  const countIn = (rm: ReadModelDb, table: string) =>
    rm.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  /** Runs `test` on empty read models of their own (in memory), closed after it. */
  const withEmptyReadModels = async (test: (rm: ReadModelDb) => Promise<void>) => {
    const rm = ReadModelDb.open(':memory:');
    try {
      await test(rm);
    } finally {
      rm.db.close();
    }
  };
  const rbTables = (rm: ReadModelDb) =>
    rm.db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'rb\\_%' ESCAPE '\\'`).pluck().all();

  before(async () => {
    ({ f, live } = await chronicleWithEditedDossier());
  });
  after(async () => f.close());

  it('keeps the live read models empty while it loads, and swaps in byte for byte what the live projection wrote', () =>
    withEmptyReadModels(async (rm) => {
      const seen: { live: number; loading: number; position: string | undefined }[] = [];
      const runner = new ProjectionRunner(f.chronicle.store, rm, { batchSize: 97 });
      await runner.catchUp((_applied, position) =>
        seen.push({ live: countIn(rm, 'rm_events'), loading: countIn(rm, 'rb_events'), position }),
      );
      expect(seen.length).to.be.greaterThan(10);
      expect(seen.every((s) => s.live === 0 && s.position === undefined)).to.equal(true);
      expect(seen.at(-1)!.loading).to.equal(countIn(runner.readModels, 'rm_events'));
      expect(diffReadModels(dumpReadModels(runner.readModels.db), live)).to.deep.equal([]);
      expect(rbTables(rm)).to.deep.equal([]);
    }));

  it('keeps the live read models when another runner moved them past what it loaded, and drops what it loaded', () =>
    withEmptyReadModels(async (rm) => {
      const log = await f.chronicle.store.readAll({ maxCount: 1_000_000 });
      const cut = log.at(-200)!.position;
      // The loading runner's log ends 200 events early; the other runner applies all of it meanwhile.
      const shorter = Object.assign(Object.create(f.chronicle.store) as EventStore, {
        readAll: async (options: Parameters<EventStore['readAll']>[0]) =>
          (await f.chronicle.store.readAll(options)).filter(
            (e) => f.chronicle.store.comparePositions(e.position, cut) <= 0,
          ),
      });
      const runner = new ProjectionRunner(shorter, rm, { batchSize: 97 });
      let other = false;
      await runner.catchUp(() => {
        if (other) return;
        other = true;
        applyEvents(rm, log, (a, b) => f.chronicle.store.comparePositions(a, b));
      });
      expect(runner.readModels).to.equal(rm);
      expect(diffReadModels(dumpReadModels(rm.db), live)).to.deep.equal([]);
      expect(rbTables(rm)).to.deep.equal([]);
    }));

  it('catches up batch by batch, each committed for readers, when told not to load whole', () =>
    withEmptyReadModels(async (rm) => {
      const positions: (string | undefined)[] = [];
      const runner = new ProjectionRunner(f.chronicle.store, rm, { batchSize: 97, loadEmptyWhole: false });
      await runner.catchUp((_applied, position) => {
        expect(rm.checkpoint().position).to.equal(position);
        positions.push(position);
      });
      expect(positions.length).to.be.greaterThan(10);
      expect(diffReadModels(dumpReadModels(rm.db), live)).to.deep.equal([]);
    }));
});
