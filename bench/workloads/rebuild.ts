import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import type { Chronicle } from '../../src/main.ts';
import { timed } from '../measure.ts';
import type { Profiler } from '../profiler.ts';
import { throttled, type Log } from '../progress.ts';
import { rawRebuild, type RawProjectResult } from '../rawReadModels.ts';
import { ReadModelRows } from '../readModelRows.ts';
import { schemaOf } from '../rawSqlite.ts';
import type { PhaseResult, RawDatabase } from './bulkImport.ts';

export interface RebuildResult {
  readonly ours: PhaseResult;
  readonly raw: RawProjectResult;
}

/**
 * Workload 3: `runner.rebuild()` over the whole store, against a raw rebuild of the raw database:
 * `SELECT` pages of all events, insert the same read-model rows into fresh tables, swap them in.
 */
export async function benchRebuild(
  chronicle: Chronicle,
  chroniclePath: string,
  raw: RawDatabase,
  log: Log,
  profiler: Profiler,
): Promise<RebuildResult> {
  const eventsPerTransaction: number[] = [];
  let last = 0;
  const progress = throttled(log, 'rebuild (events)');
  log('rebuild: Chronicle');
  const rebuilt = await profiler.phase('rebuild', () =>
    timed(() =>
      chronicle.runner.rebuild((applied) => {
        eventsPerTransaction.push(applied - last);
        last = applied;
        progress(applied);
      }),
    ),
  );
  log(`rebuild: ${rebuilt.result.toLocaleString('en-US')} events in ${(rebuilt.ms / 1000).toFixed(1)} s`);

  const prefix = chronicle.readModels().prefix;
  const source = new Database(chroniclePath, { readonly: true });
  const live = schemaOf(source, (t) => t.startsWith(prefix));
  source.close();
  log('raw rebuild: sorting the read-model rows out of Chronicle by event (not timed)');
  const rows = new ReadModelRows(chroniclePath, prefix, join(dirname(raw.path), 'rows.db'));
  try {
    log('raw rebuild');
    const rawResult = rawRebuild(raw.store, raw.readModels, rows, eventsPerTransaction, live);
    log(`raw rebuild: ${rawResult.events.toLocaleString('en-US')} events in ${(rawResult.ms / 1000).toFixed(1)} s`);
    return {
      ours: { events: rebuilt.result, transactions: eventsPerTransaction.length, ms: rebuilt.ms },
      raw: rawResult,
    };
  } finally {
    rows.close();
  }
}
