import { expect } from 'chai';
import Database from 'better-sqlite3';
import { openDemoChronicle, type ChronicleFixture } from './chronicleFixture.ts';
import { diffDigests, diffReadModels, digestReadModels, dumpReadModels } from './readModelDump.ts';

/** The one read-model comparison the tests and the projection benchmark use. */
describe('read-model dumps compare two builds of one log', () => {
  let f: ChronicleFixture;
  let db: Database.Database;

  beforeEach(async () => {
    f = await openDemoChronicle();
    db = f.chronicle.readModels().db;
  });
  afterEach(() => f.close());

  it('finds two builds equal though their write tokens differ', async () => {
    const caughtUp = dumpReadModels(db);
    const caughtUpDigest = digestReadModels(db);
    const tokenBefore = db.prepare(`SELECT value FROM rm_meta WHERE key = 'write-token'`).pluck().get();
    await f.chronicle.runner.rebuild();
    const tokenAfter = db.prepare(`SELECT value FROM rm_meta WHERE key = 'write-token'`).pluck().get();
    expect(tokenAfter).to.be.a('string').and.not.equal(tokenBefore);
    expect(diffReadModels(dumpReadModels(db), caughtUp)).to.deep.equal([]);
    expect(diffDigests(digestReadModels(db), caughtUpDigest)).to.deep.equal([]);
    expect(caughtUp.get('fact_versions')!.length).to.be.greaterThan(0);
  });

  it('names the table and the rows where one cell differs, and the digest names the table', () => {
    const before = dumpReadModels(db);
    const beforeDigest = digestReadModels(db);
    db.prepare(`UPDATE rm_actors SET doc = json_set(doc, '$.name', 'Someone else') WHERE id = 'sedena'`).run();
    const diff = diffReadModels(dumpReadModels(db), before);
    expect(diff).to.have.length(1);
    expect(diff[0]).to.match(/^actors: (\d+) rows, the reference has \1/);
    expect(diff[0]).to.match(/only here: .*Someone else/);
    expect(diff[0]).to.match(/only in the reference: .*sedena/);
    expect(diffDigests(digestReadModels(db), beforeDigest)).to.deep.equal([
      `actors: ${before.get('actors')!.length} rows, the reference has ${before.get('actors')!.length}`,
    ]);
  });

  it('counts a missing row', () => {
    const before = dumpReadModels(db);
    db.prepare(
      `DELETE FROM rm_cites WHERE (fact_id, source_id) IN (SELECT fact_id, source_id FROM rm_cites LIMIT 1)`,
    ).run();
    const rows = before.get('cites')!.length;
    expect(diffReadModels(dumpReadModels(db), before)[0]).to.match(
      new RegExp(`^cites: ${rows - 1} rows, the reference has ${rows}\\n    only in the reference: `),
    );
  });

  it('refuses read models that lack a table, so a comparison cannot pass by comparing nothing', () => {
    const empty = new Database(':memory:');
    try {
      expect(() => dumpReadModels(empty)).to.throw(/no read-model table rm_checkpoint, rm_meta, rm_events/);
      expect(() => digestReadModels(db, 'nothing_')).to.throw(/no read-model table nothing_checkpoint/);
    } finally {
      empty.close();
    }
  });
});
