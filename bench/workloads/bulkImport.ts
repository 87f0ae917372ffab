import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Chronicle } from '../../src/main.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import type { Dossier } from '../../src/commands/dossier/schema.ts';
import { connectionsOf } from '../chronicleHandles.ts';
import { Stopwatch, timed } from '../measure.ts';
import type { EventStore } from '../../src/store/port.ts';
import type { Profiler } from '../profiler.ts';
import { throttled, type Log } from '../progress.ts';
import { rawProject, type RawProjectResult } from '../rawReadModels.ts';
import { ReadModelRows, type Association } from '../readModelRows.ts';
import {
  openLike,
  pragmasOf,
  rawBulkAppend,
  schemaOf,
  type PragmaSet,
  type RawAppendResult,
  type SchemaObject,
} from '../rawSqlite.ts';
import { READ_INDEXES } from '../../projections/readModelSchemas.ts';

/** The raw reference database of the run: one file, a store connection and a read-model connection, like Chronicle's. */
export interface RawDatabase {
  readonly path: string;
  readonly store: Database.Database;
  readonly readModels: Database.Database;
  close(): void;
}

export interface PhaseResult {
  readonly events: number;
  readonly transactions: number;
  readonly ms: number;
}

export interface BulkImportResult {
  readonly items: number;
  readonly rejected: number;
  readonly append: PhaseResult;
  readonly project: PhaseResult;
  readonly rawAppend: RawAppendResult;
  readonly rawProject: RawProjectResult;
  /** Streams per import transaction / events per projection transaction, as Chronicle committed them. */
  readonly streamsPerTransaction: readonly number[];
  readonly eventsPerTransaction: readonly number[];
  readonly chronicleSettings: { readonly store: PragmaSet; readonly readModels: PragmaSet };
  readonly rawSettings: { readonly store: PragmaSet; readonly readModels: PragmaSet };
  /** Read-model tables the raw reference writes, and how their rows were put into batches. */
  readonly rawTables: readonly { readonly name: string; readonly association: Association }[];
  readonly chronicleBytes: number;
  readonly rawBytes: number;
}

/** Size of a SQLite file with its WAL. */
export function fileBytes(path: string): number {
  let bytes = 0;
  for (const p of [path, `${path}-wal`]) {
    try {
      bytes += statSync(p).size;
    } catch {
      // no WAL file
    }
  }
  return bytes;
}

/**
 * Workload 1: `importDossier` of the generated dossier into the fresh Chronicle, each batch it
 * commits projected in turn (`runner.projectingBatches`, as `chronicle import` does), then
 * `runner.catchUp()`; then the raw references insert the same rows into `<dir>/raw.db`.
 */
export async function benchBulkImport(
  chronicle: Chronicle,
  chroniclePath: string,
  dossier: Dossier,
  dir: string,
  log: Log,
  profiler: Profiler,
): Promise<{ result: BulkImportResult; raw: RawDatabase }> {
  const total = dossier.sources.length + dossier.actors.length + dossier.topics.length + dossier.facts.length;
  const streamsPerTransaction: number[] = [];
  let lastDone = 0;
  const importProgress = throttled(log, 'import (items)');
  log(`import: ${total.toLocaleString('en-US')} items`);
  // As `chronicle import` does, each batch the import commits is projected in the turn of its commit
  // (`runner.projectingBatches`). The time inside those projections (a stopwatch around the
  // commit callback), and after the import until the read models are swapped in, counts as the
  // projection's, with the catch-up after it (nothing left unless the chain broke); the rest as the append's.
  const eventsPerTransaction: number[] = [];
  let lastApplied = 0;
  const noteApplied = (applied: number) => {
    eventsPerTransaction.push(applied - lastApplied);
    lastApplied = applied;
  };
  const inTurn = new Stopwatch();
  let importMs = 0;
  const imported = await profiler.phase('import', () =>
    timed(() =>
      chronicle.runner.projectingBatches(
        timedCommits(chronicle.write.store, inTurn),
        async (store) => {
          const run = await timed(() =>
            importDossier({ ...chronicle.write, store }, dossier, {
              metadata: { recordedBy: 'bench', reason: 'store benchmark' },
              onProgress: (done, all) => {
                streamsPerTransaction.push(done - lastDone);
                lastDone = done;
                importProgress(done, all);
              },
            }),
          );
          importMs = run.ms;
          return run.result;
        },
        noteApplied,
      ),
    ),
  );
  const report = imported.result.result;
  if (report.rejected.length > 0) {
    throw new Error(`the generated dossier has rejected items, first: ${JSON.stringify(report.rejected[0])}`);
  }
  const appendMs = importMs - inTurn.ms;
  log(`import: ${report.appended.toLocaleString('en-US')} events in ${(appendMs / 1000).toFixed(1)} s`);

  const projectProgress = throttled(log, 'catch-up (events)');
  const before = lastApplied;
  const caughtUp = await profiler.phase('catch-up', () =>
    timed(() =>
      chronicle.runner.catchUp((applied) => {
        noteApplied(before + applied);
        projectProgress(applied, report.appended);
      }),
    ),
  );
  const projectMs = imported.ms - appendMs + caughtUp.ms;
  log(
    `projection: ${(imported.result.projected + caughtUp.result).toLocaleString('en-US')} events in ${(projectMs / 1000).toFixed(1)} s ` +
      `(${caughtUp.result.toLocaleString('en-US')} of them caught up after the import)`,
  );

  const connections = connectionsOf(chronicle);
  const chronicleSettings = { store: pragmasOf(connections.store), readModels: pragmasOf(connections.readModels) };
  const rmPrefix = chronicle.readModels().prefix;
  const source = new Database(chroniclePath, { readonly: true });
  const rawPath = join(dir, 'raw.db');
  const rawStore = openLike(rawPath, chronicleSettings.store);
  const rawReadModels = openLike(rawPath, chronicleSettings.readModels);
  const raw: RawDatabase = {
    path: rawPath,
    store: rawStore,
    readModels: rawReadModels,
    close() {
      rawReadModels.close();
      rawStore.close();
    },
  };
  try {
    for (const o of schemaOf(source, (t) => t === 'streams' || t === 'events')) rawStore.exec(o.sql);
    log('raw: inserting the same event rows');
    const rawAppend = rawBulkAppend(rawStore, source, streamsPerTransaction);
    log(`raw append: ${rawAppend.events.toLocaleString('en-US')} events in ${(rawAppend.ms / 1000).toFixed(1)} s`);
    // As Chronicle's catch-up from empty does: the indexes only reads need are built once, after the
    // rows are in (timed); the tables and the indexes the projections look things up by come first.
    const readIndex = (o: SchemaObject) =>
      o.type === 'index' && READ_INDEXES.some((name) => o.name === `${rmPrefix}${name}`);
    const rmSchema = schemaOf(source, (t) => t.startsWith(rmPrefix));
    for (const o of rmSchema.filter((x) => !readIndex(x))) rawReadModels.exec(o.sql);
    log('raw: sorting the read-model rows out of Chronicle by event (not timed)');
    const rows = new ReadModelRows(chroniclePath, rmPrefix, join(dir, 'rows.db'));
    log('raw: inserting the same read-model rows');
    let rawProjected: RawProjectResult;
    try {
      rawProjected = rawProject(rawStore, rawReadModels, rows, eventsPerTransaction, rmPrefix, undefined, () => {
        for (const o of rmSchema.filter(readIndex)) rawReadModels.exec(o.sql);
      });
    } finally {
      rows.close();
    }
    log(
      `raw projection: ${rawProjected.events.toLocaleString('en-US')} events in ${(rawProjected.ms / 1000).toFixed(1)} s`,
    );
    return {
      raw,
      result: {
        items: total,
        rejected: report.rejected.length,
        append: { events: report.appended, transactions: streamsPerTransaction.length, ms: appendMs },
        project: { events: report.appended, transactions: eventsPerTransaction.length, ms: projectMs },
        rawAppend,
        rawProject: rawProjected,
        streamsPerTransaction,
        eventsPerTransaction,
        chronicleSettings,
        rawSettings: { store: pragmasOf(rawStore), readModels: pragmasOf(rawReadModels) },
        rawTables: rows.tables.map((t) => ({ name: `${rmPrefix}${t.table}`, association: t.association })),
        chronicleBytes: fileBytes(chroniclePath),
        rawBytes: fileBytes(rawPath),
      },
    };
  } catch (error) {
    raw.close();
    throw error;
  } finally {
    source.close();
  }
}

/** `store`, with the time spent in the commit callbacks of its batch appends added up in `watch`. */
export function timedCommits(store: EventStore, watch: Stopwatch): EventStore {
  return {
    ...store,
    appendBatch: (requests, options) =>
      store.appendBatch(requests, {
        ...options,
        ...(options?.onCommit ? { onCommit: (commit) => watch.run(() => options.onCommit!(commit)) } : {}),
      }),
  };
}
