import Database from 'better-sqlite3';
import type { Chronicle } from '../../../src/main.ts';
import { readTimeline } from '../../../projections/queries/timelineQuery.ts';
import { now, summarize, type LatencySummary } from '../measure.ts';
import type { Profiler } from '../profiler.ts';
import type { Log } from '../progress.ts';
import { rawTimelinePager, type SortTuple } from '../rawReadModels.ts';

export const PAGE_SIZE = 100;

export interface PageResult {
  readonly label: string;
  readonly ours: LatencySummary;
  readonly raw: LatencySummary;
  /** Both sides returned the same facts in the same order. */
  readonly samePage: boolean;
}

export interface TimelinePageResult {
  readonly actorId: string;
  /** Timeline rows of the actor (its facts). */
  readonly actorFacts: number;
  readonly middlePage: number;
  readonly pages: readonly PageResult[];
  /** What the raw reference runs. */
  readonly rawSql: { readonly page: string; readonly doc: string };
}

/**
 * Workload 4: `readTimeline` of the actor with the most facts, 100 entries, the first page and a
 * page in the middle (reached through the cursors), each `repeats` times after a warm-up, against
 * the raw keyset query + document fetch on the same file. Ours and raw alternate, call by call.
 */
export async function benchTimelinePage(chronicle: Chronicle, chroniclePath: string, repeats: number, log: Log, profiler: Profiler): Promise<TimelinePageResult> {
  const rm = chronicle.readModels();
  const db = new Database(chroniclePath, { readonly: true });
  try {
    const top = db
      .prepare(`SELECT timeline_id AS id, count(DISTINCT fact_id) AS n FROM ${rm.prefix}timeline WHERE kind = 'actor'
        GROUP BY timeline_id ORDER BY n DESC, timeline_id LIMIT 1`)
      .get() as { id: string; n: number };
    const middlePage = Math.floor(Math.ceil(top.n / PAGE_SIZE) / 2);
    log(`timeline: actor ${top.id} has ${top.n.toLocaleString('en-US')} facts; pages 0 and ${middlePage}, ${repeats}× each`);

    const pager = rawTimelinePager(db, rm.prefix);
    const rawPage = pager.page;
    // Walk to the middle page on both sides (not timed).
    let cursor: string | undefined;
    let rawCursor: SortTuple | undefined;
    for (let page = 0; page < middlePage; page++) {
      cursor = readTimeline(rm, { kind: 'actor', id: top.id, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }).nextCursor ?? undefined;
      rawCursor = rawPage(top.id, PAGE_SIZE, rawCursor).next ?? undefined;
    }

    const measure = (label: string, ourCursor: string | undefined, theirCursor: SortTuple | undefined): PageResult => {
      const query = { kind: 'actor' as const, id: top.id, limit: PAGE_SIZE, ...(ourCursor ? { cursor: ourCursor } : {}) };
      const ours: number[] = [];
      const raw: number[] = [];
      let samePage = true;
      const warmUp = Math.min(20, repeats);
      for (let i = 0; i < warmUp + repeats; i++) {
        const start = now();
        const timeline = readTimeline(rm, query);
        const ms = now() - start;
        const reference = rawPage(top.id, PAGE_SIZE, theirCursor);
        if (i < warmUp) {
          if (i === 0) samePage = timeline.entries.map((e) => e.factId).join() === reference.factIds.join() && timeline.entries.length === PAGE_SIZE;
          continue;
        }
        ours.push(ms);
        raw.push(reference.ms);
      }
      return { label, ours: summarize(ours), raw: summarize(raw), samePage };
    };
    const pages = await profiler.phase('timeline', async () => [
      measure('first page', undefined, undefined),
      measure(`middle page (page ${middlePage + 1})`, cursor, rawCursor),
    ]);
    return { actorId: top.id, actorFacts: top.n, middlePage, pages, rawSql: pager.sql };
  } finally {
    db.close();
  }
}
