import { writeFileSync } from 'node:fs';
import { importDossier } from '../../../src/commands/dossier/importDossier.ts';
import { openSqliteEventStore } from '../../../src/store/sqlite/SqliteEventStore.ts';
import { ReadModelDb } from '../../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../../projections/runner.ts';
import type { TempDir } from '../tempDir.ts';
import type { CleanPhase } from './importChecks.ts';
import { checkLog } from './logIntegrity.ts';
import type { PlannedAppend } from './protocol.ts';
import { readerViews } from './readModelChecks.ts';
import { dumpReadModels, type ReadModelDump } from '../readModelDump.ts';
import { ReportingStore } from './reportingStore.ts';
import { IMPORT_METADATA, contentIdsOnly, importClock, type CrashWorkload } from './workload.ts';

export interface CleanReference {
  /** Importing the first dossier into an empty store, then the second on top. */
  readonly phases: readonly [CleanPhase, CleanPhase];
  /** The clean store after both imports (the log only: its read models are in other files). */
  readonly storePath: string;
  /** Read models built by the projection runner from scratch over that log, in a fresh file. */
  readonly rebuilt: ReadModelDump;
}

/**
 * Imports the workload once, cleanly, in this process, recording every append it commits; after
 * each import, builds the read models from scratch in a fresh file. (`synchronous=NORMAL` here:
 * this store is never killed, it is only the yardstick.)
 */
export async function buildCleanReference(dir: TempDir, workload: CrashWorkload): Promise<CleanReference> {
  const storePath = dir.file('clean.db');
  const store = openSqliteEventStore({ path: storePath, synchronous: 'normal' });
  const phases: CleanPhase[] = [];
  let rebuilt: ReadModelDump = new Map();
  try {
    for (const [n, dossier] of [workload.first, workload.second].entries()) {
      const dossierPath = dir.file(`dossier-${n + 1}.json`);
      writeFileSync(dossierPath, JSON.stringify(dossier));
      const appends: PlannedAppend[] = [];
      const recording = new ReportingStore(
        store,
        (report) => void (report.type === 'commit' && appends.push(...report.appends)),
        0,
      );
      const report = await importDossier({ store: recording, clock: importClock, newId: contentIdsOnly }, dossier, {
        metadata: IMPORT_METADATA,
      });
      if (report.rejected.length > 0)
        throw new Error(`the clean import rejected items: ${JSON.stringify(report.rejected.slice(0, 3))}`);
      const { events, problems } = checkLog(store.database);
      if (problems.length > 0) throw new Error(`the clean import's log is not sound: ${problems.join('; ')}`);
      const base = phases.at(-1)?.log.length ?? 0;
      const written = appends.reduce((sum, a) => sum + a.events, 0);
      if (written !== report.appended + report.recorded || base + written !== events.length) {
        throw new Error(
          `the clean import appended ${report.appended} + ${report.recorded} events in ${appends.length} appends of ${written}`,
        );
      }
      const rm = ReadModelDb.open(dir.file(`clean-${n + 1}-read-models.db`));
      try {
        await new ProjectionRunner(store, rm).catchUp();
        phases.push({ dossierPath, log: events, base, appends, views: readerViews(rm) });
        rebuilt = dumpReadModels(rm.db);
      } finally {
        rm.db.close();
      }
    }
  } finally {
    await store.close();
  }
  return { phases: phases as [CleanPhase, CleanPhase], storePath, rebuilt };
}
