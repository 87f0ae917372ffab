/**
 * The child process of the crash-safety test (`test/reliability/crashSafety.test.ts`): loads, says
 * `ready`, waits for one job, does it against a real SQLite file while reporting each step, and
 * says `done` when it is complete. The parent kills it with SIGKILL on some report.
 *
 * Run (by `childPool.ts`) as `node --import tsx test/support/crash/crashChild.ts` from the
 * repository root, or as the same code compiled into one module, which starts faster.
 */
import { readFileSync } from 'node:fs';
import { importDossier } from '../../../src/commands/dossier/importDossier.ts';
import { openSqliteEventStore } from '../../../src/store/sqlite/SqliteEventStore.ts';
import { ReadModelDb } from '../../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../../projections/runner.ts';
import { nextMessage, say as sayMessage } from '../childProcess/child.ts';
import type { ChildReport, CrashJob } from './protocol.ts';
import { ReportingStore } from './reportingStore.ts';
import { IMPORT_METADATA, contentIdsOnly, importClock } from './workload.ts';

/** Reports a step to the parent, before taking the next (see `say`). */
const say: (report: ChildReport) => void = sayMessage;

async function run(job: CrashJob): Promise<void> {
  // The SQLite store with its default options, as `openStore('sqlite:PATH')` opens it — so the
  // default durability (`synchronous=FULL`) applies. (Not through `openStore` itself, which would
  // load the EventStoreDB client too and make every child slower to start.)
  const store = openSqliteEventStore({ path: job.storePath });
  say({ type: 'opened', synchronous: store.database.pragma('synchronous', { simple: true }) as number });
  const reporting = new ReportingStore(store, say, job.yieldTurns);
  switch (job.mode) {
    case 'import': {
      const dossier = JSON.parse(readFileSync(job.dossierPath, 'utf8')) as unknown;
      const report = await importDossier({ store: reporting, clock: importClock, newId: contentIdsOnly }, dossier, {
        metadata: IMPORT_METADATA,
        batchSize: job.batchSize,
      });
      if (report.rejected.length > 0)
        throw new Error(`the import rejected items: ${JSON.stringify(report.rejected.slice(0, 3))}`);
      say({ type: 'done' });
      break;
    }
    case 'catch-up': {
      // The read models in the store's own file, as `openChronicle` keeps them by default.
      const rm = ReadModelDb.open(job.storePath);
      const runner = new ProjectionRunner(reporting, rm, {
        batchSize: job.batchSize,
        loadEmptyWhole: job.loadEmptyWhole,
      });
      await runner.catchUp((_applied, position) => say({ type: 'applied', position: position ?? null }));
      say({ type: 'done' });
      rm.db.close();
      break;
    }
    default: {
      const unknown: never = job;
      throw new Error(`unknown job ${JSON.stringify(unknown)}`);
    }
  }
  await store.close();
}

say({ type: 'ready' });
const job = await nextMessage<CrashJob>();
if (job) await run(job);
process.exit(0);
