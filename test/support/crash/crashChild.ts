/**
 * The child process of the crash-safety test (`test/reliability/crashSafety.test.ts`): loads, says
 * `ready`, reads one job from stdin, does it against a real SQLite file while reporting each step on
 * stdout, and says `done` when it is complete. The parent kills it with SIGKILL on some report.
 *
 * Run as `node --import tsx test/support/crash/crashChild.ts` from the repository root, or as the
 * same code compiled into one file (`childBundle.ts`), which starts faster.
 */
import { readFileSync, writeSync } from 'node:fs';
import { importDossier } from '../../../src/dossier/importDossier.ts';
import { openSqliteEventStore } from '../../../src/store/sqlite/SqliteEventStore.ts';
import { ReadModelDb } from '../../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../../projections/runner.ts';
import type { ChildReport, CrashJob } from './protocol.ts';
import { ReportingStore } from './reportingStore.ts';
import { IMPORT_METADATA, contentIdsOnly, importClock } from './workload.ts';

/** A synchronous write: the report is in the pipe before the child takes another step. */
const say = (report: ChildReport) => writeSync(1, `${JSON.stringify(report)}\n`);

function readJob(): Promise<CrashJob | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) return;
      process.stdin.pause();
      resolve(JSON.parse(text.slice(0, end)) as CrashJob);
    });
    process.stdin.on('end', () => resolve(undefined));
    process.stdin.on('error', reject);
  });
}

async function run(job: CrashJob): Promise<void> {
  // The SQLite store with its default options, as `openStore('sqlite:PATH')` opens it — so the
  // default durability (`synchronous=FULL`) applies. (Not through `openStore` itself, which would
  // load the EventStoreDB client too and make every child slower to start.)
  const store = openSqliteEventStore({ path: job.storePath });
  say({ t: 'opened', synchronous: store.database.pragma('synchronous', { simple: true }) as number });
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
      say({ t: 'done' });
      break;
    }
    case 'catch-up': {
      // The read models in the store's own file, as `openChronicle` keeps them by default.
      const rm = ReadModelDb.open(job.storePath);
      const runner = new ProjectionRunner(reporting, rm, { batchSize: job.batchSize });
      await runner.catchUp((_applied, position) => say({ t: 'applied', position: position ?? null }));
      say({ t: 'done' });
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

say({ t: 'ready' });
const job = await readJob();
if (job) await run(job);
process.exit(0);
