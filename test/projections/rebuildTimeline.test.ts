import { expect } from 'chai';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import type { TimelineWrite } from '../../projections/readModels/timeline.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import type { TimelineKind, TimelineRow } from '../../projections/timelineRows.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { dumpReadModels } from '../support/readModelDump.ts';
import { importEditedDossier } from '../support/editedDossier.ts';

/**
 * A rebuild holds the timeline's actor and topic rows apart, in log order, and sorts them into the
 * timeline at the swap (`TimelinePending`). Whatever the writes, the rows must come out as the
 * live projection writes them row by row.
 */

/** A small deterministic generator (mulberry32), so a failing sequence can be run again. */
function randomOf(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const rowOf = (kind: TimelineKind, timelineId: string, factId: string, firstSeq: number, day: number): TimelineRow => ({
  kind,
  timelineId,
  factId,
  role: day % 2 === 0 ? null : 'witness',
  precisionRank: day % 3,
  firstSeq,
  retracted: day % 5 === 0,
  earliestDay: day % 7 === 0 ? Number.MIN_SAFE_INTEGER : day,
  latestDay: day + 3,
});

/**
 * Batches of writes in event order: rows opened, closed, closed and opened again at one event,
 * opened twice at one event (the second replaces the first), closed when none is open.
 */
function randomBatches(seed: number): TimelineWrite[][] {
  const random = randomOf(seed);
  const places: [TimelineKind, string][] = [
    ['all', ''],
    ['actor', 'ana'],
    ['actor', 'ben'],
    ['topic', 'war'],
  ];
  const facts = ['f1', 'f2', 'f3', 'f4', 'f5'];
  const batches: TimelineWrite[][] = [];
  let seq = 0;
  for (let b = 0; b < 12; b++) {
    const writes: TimelineWrite[] = [];
    for (let e = 0; e < 8; e++) {
      seq += 1;
      const factId = facts[random(facts.length)]!;
      const [kind, timelineId] = places[random(places.length)]!;
      const row = () => rowOf(kind, timelineId, factId, Number(factId.slice(1)), random(40));
      const what = random(4);
      if (what === 0) writes.push({ row: row(), seq, open: true });
      else if (what === 1) writes.push({ row: row(), seq, open: false });
      else if (what === 2) writes.push({ row: row(), seq, open: false }, { row: row(), seq, open: true });
      else writes.push({ row: row(), seq, open: true }, { row: row(), seq, open: true });
    }
    batches.push(writes);
  }
  return batches;
}

const timelineRows = (rm: ReadModelDb) =>
  rm.db
    .prepare(`SELECT * FROM ${rm.prefix}timeline ORDER BY kind, timeline_id, first_seq, fact_id, from_seq`)
    .raw()
    .all();

describe("a rebuild's timeline, written apart and sorted in at the end", function () {
  this.timeout(120_000);

  it('holds the same rows as writing each batch row by row, for any sequence of opens and closes', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const live = ReadModelDb.open(':memory:');
      const building = new ReadModelDb(live.db, 'rb_', false, true);
      for (const writes of randomBatches(seed)) {
        live.transaction(() => live.timeline.write(writes.map((w) => ({ ...w }))));
        building.transaction(() => building.timeline.write(writes.map((w) => ({ ...w }))));
      }
      building.db.transaction(() => building.timeline.mergePending())();
      expect(timelineRows(building), `seed ${seed}`).to.deep.equal(timelineRows(live));
      live.db.close();
    }
  });

  describe('on a store with edits, retractions, relations and merges', () => {
    let f: ChronicleFixture;
    before(async () => {
      f = await openTestChronicle();
      await importEditedDossier(f.chronicle.write);
      await f.chronicle.runner.catchUp();
    });
    after(async () => f.close());

    it('keeps the actor and topic rows out of the timeline while it runs, and swaps in the rows the live projection wrote', async () => {
      const rm = f.chronicle.readModels();
      const live = dumpReadModels(rm.db);
      const seen: { kinds: string[]; pending: number }[] = [];
      const runner = new ProjectionRunner(f.chronicle.store, rm, { batchSize: 97 });
      await runner.rebuild(() => {
        const kinds = rm.db.prepare(`SELECT DISTINCT kind FROM rb_timeline ORDER BY kind`).pluck().all() as string[];
        const pending = rm.db.prepare(`SELECT count(*) FROM rb_timeline_pending`).pluck().get() as number;
        seen.push({ kinds, pending });
      });
      expect(seen.length).to.be.greaterThan(10);
      expect(seen.at(-1)!.kinds).to.deep.equal(['all']);
      expect(seen.at(-1)!.pending).to.be.greaterThan(1000);
      expect(dumpReadModels(runner.readModels.db)).to.deep.equal(live);
    });

    it('leaves the live read models as they were when it stops part-way, and the next rebuild starts clean', async () => {
      const rm = f.chronicle.readModels();
      const live = dumpReadModels(rm.db);
      let reads = 0;
      const failing = new Proxy(f.chronicle.store, {
        get(target, key, receiver) {
          if (key === 'readAll')
            return async (options: Parameters<typeof target.readAll>[0]) => {
              if (++reads === 6) throw new Error('the store went away');
              return target.readAll(options);
            };
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const stopped = new ProjectionRunner(failing, rm, { batchSize: 97 });
      const error = await stopped.rebuild().catch((e: unknown) => e);
      expect(String(error)).to.match(/the store went away/);
      expect(rm.db.prepare(`SELECT count(*) FROM rb_timeline_pending`).pluck().get()).to.be.greaterThan(0);
      expect(dumpReadModels(rm.db)).to.deep.equal(live);

      const runner = new ProjectionRunner(f.chronicle.store, rm, { batchSize: 500 });
      await runner.rebuild();
      expect(dumpReadModels(runner.readModels.db)).to.deep.equal(live);
      const left = rm.db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'rb\\_%' ESCAPE '\\'`).pluck().all();
      expect(left).to.deep.equal([]);
    });
  });
});
