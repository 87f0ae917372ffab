import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RebuildTakenOverError } from '../../src/core/errors.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import type { ChronicleFixture } from '../support/chronicleFixture.ts';
import { diffReadModels, dumpReadModels, type ReadModelDump } from '../support/readModelDump.ts';
import { chronicleWithEditedDossier } from '../support/editedDossier.ts';

/**
 * Two rebuilds on one read-model file (two processes, each with its own connection) fill the same
 * `rb_` tables: the later one takes them over, and the earlier stops rather than mix its rows in.
 */
describe('a rebuild whose tables a later rebuild on the same file took over', function () {
  this.timeout(120_000);
  let f: ChronicleFixture;
  let live: ReadModelDump;
  let dir: string;
  let files = 0;
  /** Two connections to one fresh read-model file, as two processes would hold. */
  const twoConnections = () => {
    const path = join(dir, `${(files += 1)}.sqlite`);
    return [ReadModelDb.open(path), ReadModelDb.open(path)] as const;
  };
  const rbTables = (rm: ReadModelDb) =>
    rm.db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'rb\\_%' ESCAPE '\\'`).pluck().all();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-rebuild-claim-'));
    ({ f, live } = await chronicleWithEditedDossier());
  });
  after(async () => {
    await f.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops with a clear error, and the later rebuild swaps in exactly what the live projection wrote', async () => {
    const [a, b] = twoConnections();
    try {
      const first = new ProjectionRunner(f.chronicle.store, a, { batchSize: 97 });
      const second = new ProjectionRunner(f.chronicle.store, b, { batchSize: 97 });
      let later: Promise<number> | undefined;
      const stopped = await first
        .rebuild(() => {
          later ??= second.rebuild();
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(stopped).to.be.instanceOf(RebuildTakenOverError);
      expect((stopped as Error).message).to.match(/another rebuild .* took over/);
      await later;
      expect(diffReadModels(dumpReadModels(b.db), live)).to.deep.equal([]);
      expect(rbTables(b)).to.deep.equal([]);
    } finally {
      a.db.close();
      b.db.close();
    }
  });

  it('lets a first load of empty read models go on live when a rebuild takes its tables over', async () => {
    const [a, b] = twoConnections();
    try {
      const loading = new ProjectionRunner(f.chronicle.store, a, { batchSize: 97 });
      const rebuilding = new ProjectionRunner(f.chronicle.store, b, { batchSize: 97 });
      let later: Promise<number> | undefined;
      await loading.catchUp(() => {
        later ??= rebuilding.rebuild();
      });
      await later;
      await loading.catchUp();
      expect(diffReadModels(dumpReadModels(a.db), live)).to.deep.equal([]);
      expect(diffReadModels(dumpReadModels(b.db), live)).to.deep.equal([]);
      expect(rbTables(a)).to.deep.equal([]);
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
