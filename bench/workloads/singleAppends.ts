import type { Chronicle } from '../../src/main.ts';
import { execute } from '../../src/commands/execute.ts';
import { connectionsOf } from '../chronicleHandles.ts';
import { now, summarize, type LatencySummary } from '../measure.ts';
import type { Profiler } from '../profiler.ts';
import type { Log } from '../progress.ts';
import { rawSingleAppender, synchronousName } from '../rawSqlite.ts';
import type { RawDatabase } from './bulkImport.ts';

export interface SingleAppendsResult {
  readonly count: number;
  readonly ours: LatencySummary;
  readonly raw: LatencySummary;
  readonly synchronous: { readonly ours: string; readonly raw: string };
}

const WARM_UP = 10;

/**
 * Workload 2: `count` `execute(RecordFact)` calls, each one small fact (one `FactRecorded` event,
 * its own transaction, durable at the store's `synchronous`), into the store the bulk import filled;
 * against raw single-event insert transactions into the raw copy of that store. The two alternate,
 * call by call, so both see the same disk.
 */
export async function benchSingleAppends(
  chronicle: Chronicle,
  raw: RawDatabase,
  count: number,
  log: Log,
  profiler: Profiler,
): Promise<SingleAppendsResult> {
  const rawAppend = rawSingleAppender(raw.store);
  const ours: number[] = [];
  const reference: number[] = [];
  log(`single appends: ${count} + ${WARM_UP} warm-up on each side`);
  await profiler.phase('appends', async () => {
    for (let i = 0; i < WARM_UP + count; i++) {
      const factId = `durable-${i.toString(36)}`;
      const start = now();
      const result = await execute(
        chronicle.write,
        'fact',
        factId,
        {
          type: 'RecordFact',
          data: {
            factId,
            summary: `Customs reports scanner downtime at crossing ${i % 40}`,
            when: `2023-0${1 + (i % 9)}-1${i % 10}`,
            place: null,
            notes: null,
            actors: [],
            topics: [],
            citations: [],
            relations: [],
          },
        },
        { metadata: { recordedBy: 'bench' } },
      );
      const ms = now() - start;
      const event = result.events[0]!;
      const rawMs = rawAppend({
        stream: result.streamName,
        id: event.id,
        type: event.type,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
      });
      if (i < WARM_UP) continue;
      ours.push(ms);
      reference.push(rawMs);
    }
  });
  const sync = (db: RawDatabase['store']) => synchronousName(db.pragma('synchronous', { simple: true }) as number);
  return {
    count,
    ours: summarize(ours),
    raw: summarize(reference),
    synchronous: { ours: sync(connectionsOf(chronicle).store), raw: sync(raw.store) },
  };
}
