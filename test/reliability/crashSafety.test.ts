import { expect } from 'chai';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openSqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import { Prng } from '../support/generators/prng.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { ChildPool, CRASH_CHILD, compileCrashChild } from '../support/crash/childPool.ts';
import { buildCleanReference, type CleanReference } from '../support/crash/cleanReference.ts';
import { batchFate, checkImportPrefix, remainingReports, type CleanPhase } from '../support/crash/importChecks.ts';
import { checkLog, type LogReport, type StoredEvent } from '../support/crash/logIntegrity.ts';
import { ReferenceReadModels, readerViews } from '../support/crash/readModelChecks.ts';
import { diffReadModels, dumpReadModels } from '../support/readModelDump.ts';
import { IMPORT_METADATA, contentIdsOnly, crashWorkload, importClock } from '../support/crash/workload.ts';

/**
 * Issue #7: kill a real Chronicle process with SIGKILL at random points of a bulk import and of a
 * projection catch-up, restart, and check what the files hold.
 *
 * Each child (`test/support/crash/crashChild.ts`, run from the repository root) reports every step
 * on stdout as it takes it — before and after each import batch's transaction, after each read of
 * the log and each read-model commit — and the parent sends SIGKILL on the k-th report, k drawn by
 * a seeded PRNG, so the kill lands while the work is in progress: inside a transaction or between
 * two. A kill counts as landed mid-work only when the child had not said it was done. Each run
 * starts on the crashed files of the one before — kill, restart and check, kill again — for up to
 * `KILLS_PER_STAGE` kills; then a run in this process completes the stage, the result is compared
 * with a clean run's, and the next stage begins (the second import, or a fresh store).
 *
 * The seed is random per run and printed on failure; `CHRONICLE_CRASH_SEED=<n>` replays its
 * choices (batch sizes, kill points, yields) — where exactly within a step a kill lands still
 * depends on timing, which is the point: every outcome must pass.
 * `CHRONICLE_CRASH_KILLS=<n>` sets the kills to land in each scenario (default 25, 50 in all).
 * Children run the child compiled ahead of time into one module (`compileCrashChild`: a child
 * through `node --import tsx` spends over a second of CPU loading, and there are dozens);
 * `CHRONICLE_CRASH_CHILD=tsx` runs `node --import tsx test/support/crash/crashChild.ts` instead.
 */
const seed = process.env.CHRONICLE_CRASH_SEED ? Number(process.env.CHRONICLE_CRASH_SEED) : randomInt(2 ** 31);
const KILLS = process.env.CHRONICLE_CRASH_KILLS ? Number(process.env.CHRONICLE_CRASH_KILLS) : 25;
/**
 * Child runs a scenario may take before it gives up on landing its kills: each run lands one or
 * finishes its stage (one that finishes before its kill lands none), so a sound run needs fewer.
 */
const MAX_RUNS = 2 * KILLS + 5;
/** The dossier is fixture data: always the same (the seed picks the kill points, batch sizes and yields). */
const WORKLOAD_SEED = 7;
const IMPORT_BATCH_SIZES = [2, 5, 10, 25] as const;
const CATCH_UP_BATCH_SIZES = [20, 50, 100, 200] as const;

const replay = `seed ${seed} (replay: CHRONICLE_CRASH_SEED=${seed})`;

/** Opens the store as a restarted process does (default options: synchronous=FULL) and checks its log. */
function restartAndCheckLog(storePath: string): LogReport {
  const store = openSqliteEventStore({ path: storePath });
  try {
    return checkLog(store.database);
  } finally {
    store.database.close();
  }
}

const sameLog = (a: readonly StoredEvent[], b: readonly StoredEvent[]) =>
  a.length === b.length && a.every((e, i) => JSON.stringify(e) === JSON.stringify(b[i]));

/**
 * A stage — one import into one store, or one catch-up of one store — takes at most this many
 * kills; then it is completed in this process and the next stage begins, so the kills spread over
 * both imports and over several stores.
 */
const KILLS_PER_STAGE = 7;

/**
 * Draws kill points: the k-th of (at most about) `reports` progress reports still to come,
 * uniformly — but after a run that changed nothing (say, killed in a commit that rolled back), at a
 * later report than that run's, so no point is hit twice from the same state. Undefined when no
 * report is left to draw.
 */
class KillPoints {
  private from = 1;
  private last = 0;

  constructor(private readonly rng: Prng) {}

  next(reports: number): number | undefined {
    if (this.from > reports) return undefined;
    this.last = this.from + this.rng.int(reports - this.from + 1);
    return this.last;
  }

  /** Tells whether the last run moved the work on. */
  progressed(moved: boolean): void {
    this.from = moved ? 1 : this.last + 1;
  }
}

describe('crash safety: SIGKILL at random points, then restart', function () {
  // The work is bounded by counts (KILLS, MAX_RUNS); this only stops a hang. About 40 s of CPU in
  // all, so well under a minute on two idle cores — but the machine is shared, and every import
  // commit waits for a real fsync.
  this.timeout(240_000);
  let dir: TempDir;
  let compiled: string | undefined;
  let pool: ChildPool;
  let reference: CleanReference;

  before(async () => {
    dir = await createTempDir('chronicle-crash-');
    if (process.env.CHRONICLE_CRASH_CHILD !== 'tsx') compiled = await compileCrashChild();
    pool = new ChildPool(compiled ?? CRASH_CHILD);
    reference = await buildCleanReference(dir, crashWorkload(WORKLOAD_SEED));
  });

  after(async () => {
    await pool?.close();
    if (compiled) rmSync(compiled, { force: true });
    await dir?.remove();
  });

  it(`leaves no torn or duplicated event and no half-written item after ${KILLS} kills during a bulk import, and re-running it converges on a clean import`, async () => {
    const rng = new Prng(seed);
    const figures = {
      landed: 0,
      inCommit: 0,
      rolledBack: 0,
      committed: 0,
      betweenCommits: 0,
      finishedFirst: 0,
      runs: 0,
      stores: 0,
      perDossier: [0, 0],
    };

    /** Restarts on the store, checks its log, and returns how many of the phase's appends it holds whole. */
    const restartAndCheck = (storePath: string, phase: CleanPhase, before: number, where: string) => {
      const log = restartAndCheckLog(storePath);
      expect(log.problems, `${where}: the log after the restart`).to.deep.equal([]);
      const state = checkImportPrefix(log.events, phase);
      expect(state.problems, `${where}: the log against a clean import's`).to.deep.equal([]);
      expect(state.appendsPresent, `${where}: a restart lost committed items`).to.be.at.least(before);
      return { appendsPresent: state.appendsPresent, events: log.events.length };
    };

    do {
      figures.stores += 1;
      // A fresh store: import the first dossier, then its revision, each through kills and re-runs.
      const storePath = dir.file(`import-${figures.stores}.db`);
      for (const [p, phase] of reference.phases.entries()) {
        const at = `store ${figures.stores}, dossier ${p + 1}`;
        let appendsPresent = 0;
        let landedHere = 0;
        const points = new KillPoints(rng);
        while (figures.landed < KILLS && landedHere < KILLS_PER_STAGE && appendsPresent < phase.appends.length) {
          const batchSize = rng.pick(IMPORT_BATCH_SIZES);
          const killAfter = points.next(remainingReports(phase, appendsPresent, batchSize));
          if (killAfter === undefined) break;
          figures.runs += 1;
          const where = `${replay}, import run ${figures.runs} (${at})`;
          expect(figures.runs, `${where}: only ${figures.landed} of ${KILLS} kills landed mid-work`).to.be.at.most(
            MAX_RUNS,
          );
          const job = {
            mode: 'import',
            storePath,
            dossierPath: phase.dossierPath,
            batchSize,
            yieldTurns: rng.int(3),
          } as const;
          const outcome = await pool.take().run(job, killAfter);
          expect(outcome.synchronous, `${where}: the child's store is not synchronous=FULL`).to.equal(2);
          const before = appendsPresent;
          appendsPresent = restartAndCheck(storePath, phase, before, where).appendsPresent;
          points.progressed(appendsPresent > before);
          // Every batch whose transaction returned before the kill is in the store.
          const returned = outcome.reports
            .filter((r, i) => r.type === 'commit' && outcome.reports[i + 1]?.type === 'committed')
            .at(-1);
          if (returned?.type === 'commit') {
            expect(
              batchFate(returned.appends, phase, appendsPresent),
              `${where}: the last batch committed before the kill`,
            ).to.equal('committed');
          }
          if (outcome.finished) {
            figures.finishedFirst += 1;
            continue;
          }
          expect(outcome.killed, `${where}: the child neither finished nor was killed`).to.equal(true);
          figures.landed += 1;
          landedHere += 1;
          figures.perDossier[p]! += 1;
          const last = outcome.lastProgress;
          if (last?.type === 'commit') {
            // Killed after announcing a commit and before the transaction returned (in it, or just
            // before it when the child yielded first): all of the batch is in the store, or none.
            figures.inCommit += 1;
            const fate = batchFate(last.appends, phase, appendsPresent);
            expect(fate, `${where}: the batch the kill interrupted`).to.be.oneOf(['committed', 'rolled back']);
            if (fate === 'committed') figures.committed += 1;
            else figures.rolledBack += 1;
          } else {
            figures.betweenCommits += 1;
          }
        }

        // Re-running the same import (here, in this process) completes the rest — or appends nothing.
        const store = openSqliteEventStore({ path: storePath });
        try {
          const dossier = JSON.parse(readFileSync(phase.dossierPath, 'utf8')) as unknown;
          const report = await importDossier({ store, clock: importClock, newId: contentIdsOnly }, dossier, {
            metadata: IMPORT_METADATA,
          });
          expect(report.rejected, `${replay}, ${at}: the re-run`).to.deep.equal([]);
        } finally {
          await store.close();
        }
        const final = restartAndCheck(storePath, phase, appendsPresent, `${replay}, ${at}, after the re-run`);
        expect(final, `${replay}, ${at}: after the re-run, the store holds exactly a clean import's log`).to.deep.equal(
          { appendsPresent: phase.appends.length, events: phase.log.length },
        );

        if (figures.stores === 1) {
          // What readers see is what they see after a clean import: exported dossier, timelines, findings.
          const rm = ReadModelDb.open(dir.file(`import-${figures.stores}-read-models-${p + 1}.db`));
          const readStore = openSqliteEventStore({ path: storePath });
          try {
            await new ProjectionRunner(readStore, rm).catchUp();
            expect(
              readerViews(rm) === phase.views,
              `${replay}, ${at}: the exported dossier, timelines or findings differ from a clean import's`,
            ).to.equal(true);
          } finally {
            rm.db.close();
            await readStore.close();
          }
        }
      }
    } while (figures.landed < KILLS);

    expect(figures.landed, replay).to.be.at.least(KILLS);
    console.log(
      `      import: ${figures.landed} kills landed mid-work (${figures.perDossier.join(' + ')} during the first and the second dossier; ${figures.inCommit} at a commit: ${figures.rolledBack} rolled back, ` +
        `${figures.committed} committed; ${figures.betweenCommits} between commits), ${figures.finishedFirst} child(ren) finished before their kill; ` +
        `${figures.runs} child runs on ${figures.stores} store(s); ${replay}`,
    );
  });

  it(`keeps the read models equal to a rebuild from the log after ${KILLS} kills during projection catch-up`, async () => {
    const rng = new Prng(seed ^ 0x2545f491);
    const log = reference.phases[1].log;
    const head = String(log.at(-1)!.position);
    const figures = {
      landed: 0,
      inBatch: 0,
      rolledBack: 0,
      committed: 0,
      betweenBatches: 0,
      finishedFirst: 0,
      runs: 0,
      stores: 0,
    };
    // A kill on a `read` report lands while that batch is applied (or committed, or just after);
    // one on an `applied` report, after a commit, while the next batch is read.
    let storePath = '';

    do {
      figures.stores += 1;
      // A copy of the clean store without read models: catch up from nothing, through kills. Every
      // other store loads them whole (a kill leaves them empty), the others batch by batch.
      storePath = dir.file(`catch-up-${figures.stores}.db`);
      const loadEmptyWhole = figures.stores % 2 === 1;
      copyFileSync(reference.storePath, storePath);
      const beside = new ReferenceReadModels(log);
      try {
        let checkpoint: { position: string | undefined; seq: number } = { position: undefined, seq: 0 };
        let landedHere = 0;
        const points = new KillPoints(rng);
        while (figures.landed < KILLS && landedHere < KILLS_PER_STAGE && checkpoint.position !== head) {
          const batchSize = rng.pick(CATCH_UP_BATCH_SIZES);
          // About two reports per batch: a read of the log, a commit of the read models.
          const killAfter = points.next(2 * Math.ceil((log.length - checkpoint.seq) / batchSize));
          if (killAfter === undefined) break;
          figures.runs += 1;
          const where = `${replay}, catch-up run ${figures.runs} (store ${figures.stores})`;
          expect(figures.runs, `${where}: only ${figures.landed} of ${KILLS} kills landed mid-work`).to.be.at.most(
            MAX_RUNS,
          );
          const outcome = await pool
            .take()
            .run({ mode: 'catch-up', storePath, batchSize, yieldTurns: rng.int(3), loadEmptyWhole }, killAfter);

          // Restart: open the read models as the next process would; check the log and the checkpoint.
          const rm = ReadModelDb.open(storePath);
          let cp: { position: string | undefined; seq: number };
          try {
            const after = checkLog(rm.db);
            expect(after.problems, `${where}: the log after the restart`).to.deep.equal([]);
            expect(sameLog(after.events, log), `${where}: the catch-up changed the log`).to.equal(true);
            cp = rm.checkpoint();
            const lastApplied = [...outcome.reports].reverse().find((r) => r.type === 'applied');
            const committed =
              lastApplied?.type === 'applied' ? (lastApplied.position ?? undefined) : checkpoint.position;
            expect(
              Number(cp.position ?? 0),
              `${where}: the checkpoint went back before ${committed}, which was committed`,
            ).to.be.at.least(Number(committed ?? 0));
            // The read models hold exactly what the log up to the checkpoint gives, applied afresh.
            const diff = diffReadModels(dumpReadModels(rm.db), beside.at(cp.position));
            expect(
              diff,
              `${where}: read models at checkpoint ${cp.position} (seq ${cp.seq}) against the log applied up to there`,
            ).to.deep.equal([]);
            if (!outcome.finished) {
              expect(outcome.killed, `${where}: the child neither finished nor was killed`).to.equal(true);
              figures.landed += 1;
              landedHere += 1;
              if (outcome.lastProgress?.type === 'read') {
                // Killed after reading a batch: while applying it, committing it, or just after.
                figures.inBatch += 1;
                if (cp.position === committed) figures.rolledBack += 1;
                else figures.committed += 1;
              } else {
                figures.betweenBatches += 1;
              }
            } else {
              figures.finishedFirst += 1;
            }
          } finally {
            rm.db.close();
          }
          points.progressed(cp.seq > checkpoint.seq);
          checkpoint = cp;
        }
      } finally {
        beside.close();
      }

      // Restart once more (in this process) and catch up: the read models equal a fresh file built
      // from scratch over the same log by the projection runner.
      const store = openSqliteEventStore({ path: storePath });
      const rm = ReadModelDb.open(storePath);
      try {
        await new ProjectionRunner(store, rm).catchUp();
        expect(rm.checkpoint().position, `${replay}, store ${figures.stores}: checkpoint after catching up`).to.equal(
          head,
        );
        expect(
          diffReadModels(dumpReadModels(rm.db), reference.rebuilt),
          `${replay}, store ${figures.stores}: read models after catching up`,
        ).to.deep.equal([]);
      } finally {
        rm.db.close();
        await store.close();
      }
    } while (figures.landed < KILLS);

    // And the runner's own rebuild (fresh tables swapped in) over the crashed-and-resumed read models changes nothing.
    const store = openSqliteEventStore({ path: storePath });
    const rm = ReadModelDb.open(storePath);
    try {
      const runner = new ProjectionRunner(store, rm);
      await runner.rebuild();
      expect(
        diffReadModels(dumpReadModels(runner.readModels.db), reference.rebuilt),
        `${replay}: after the runner's rebuild`,
      ).to.deep.equal([]);
    } finally {
      rm.db.close();
      await store.close();
    }
    expect(figures.landed, replay).to.be.at.least(KILLS);
    console.log(
      `      catch-up: ${figures.landed} kills landed mid-work (${figures.inBatch} after reading a batch: ${figures.rolledBack} rolled back, ` +
        `${figures.committed} committed; ${figures.betweenBatches} between batches), ${figures.finishedFirst} child(ren) finished before their kill; ` +
        `${figures.runs} child runs on ${figures.stores} store(s); ${replay}`,
    );
  });
});
