import { expect } from 'chai';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import type { TimelineRow } from '../../projections/timelineRows.ts';

const rowOf = (factId: string, firstSeq: number, timelineId: string): TimelineRow => ({
  kind: 'actor',
  timelineId,
  factId,
  role: null,
  precisionRank: 0,
  firstSeq,
  retracted: false,
  earliestDay: 100,
  latestDay: 100,
});

describe('the timeline table', () => {
  let rm: ReadModelDb;
  beforeEach(() => {
    rm = ReadModelDb.open(':memory:');
  });
  afterEach(() => rm.db.close());

  it("keeps each timeline's rows in the order their facts were first recorded, so a new fact's rows go at the end", () => {
    const key = (rm.db.prepare(`PRAGMA table_info(rm_timeline)`).all() as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    expect(key).to.deep.equal(['kind', 'timeline_id', 'first_seq', 'fact_id', 'from_seq']);
    rm.transaction(() =>
      rm.timeline.write([
        { row: rowOf('a-late', 9, 'ana'), seq: 9, open: true },
        { row: rowOf('z-early', 2, 'ana'), seq: 2, open: true },
      ]),
    );
    const stored = rm.db.prepare(`SELECT fact_id FROM rm_timeline WHERE kind = 'actor' AND timeline_id = 'ana'`);
    expect(stored.pluck().all()).to.deep.equal(['z-early', 'a-late']);
  });

  it('closes the open row of a fact in a timeline by its key', () => {
    rm.transaction(() =>
      rm.timeline.write([
        { row: rowOf('f1', 3, 'ana'), seq: 3, open: true },
        { row: rowOf('f1', 3, 'ben'), seq: 3, open: true },
      ]),
    );
    rm.transaction(() => rm.timeline.write([{ row: rowOf('f1', 3, 'ana'), seq: 7, open: false }]));
    const rows = rm.db
      .prepare(`SELECT timeline_id AS id, from_seq AS fromSeq, to_seq AS toSeq FROM rm_timeline ORDER BY timeline_id`)
      .all();
    expect(rows).to.deep.equal([
      { id: 'ana', fromSeq: 3, toSeq: 7 },
      { id: 'ben', fromSeq: 3, toSeq: null },
    ]);
  });
});
