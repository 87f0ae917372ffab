import Database from 'better-sqlite3';
import { Agent } from 'node:http';
import type { Chronicle } from '../../src/main.ts';
import { readTimeline, type TimelineQuery } from '../../projections/queries/timelineQuery.ts';
import { httpGet, now, summarize, type LatencySummary } from '../measure.ts';
import type { Profiler } from '../profiler.ts';
import type { Log } from '../progress.ts';
import { rawTimelinePager, type SortTuple } from '../rawReadModels.ts';
import { TIMELINE_ACTOR_FACTS } from '../sizes.ts';
import type { ServerChildProcess } from './startup.ts';

export const PAGE_SIZE = 100;
/** The timeline: an actor with 10,000 facts. The workload reads the actor whose count is nearest (the generator's hub, see `hubShareFor`). */
export const TARGET_ACTOR_FACTS = TIMELINE_ACTOR_FACTS;

export interface PageResult {
  readonly label: string;
  /** Read as of the log's middle (`asOf`), or current. */
  readonly asOf: boolean;
  /** Read again with nothing changed since: entries from the read cache (`ReadCache`). */
  readonly ours: LatencySummary;
  /**
   * The same page with the read cache emptied first, as after another process wrote or a name changed: every
   * document parsed, name resolved and entry built again. Absent in results saved before it was measured.
   */
  readonly cold?: LatencySummary;
  /** CPU time (user + system, every thread of the process: the garbage collector's helpers too) of one read with the cache emptied, mean over the timed calls (ms). */
  readonly coldCpuMs?: number;
  readonly raw: LatencySummary;
  /** Both sides returned the same facts in the same order. */
  readonly samePage: boolean;
  /** Entries on the page (100, or fewer on a short timeline). */
  readonly entries: number;
}

export interface HttpPageResult {
  readonly label: string;
  readonly asOf: boolean;
  /** `GET /api/timelines/actors/:id?limit=100[&cursor=…][&asOf=…]`, request sent → last byte of the body. */
  readonly ours: LatencySummary;
  /** The bare express route answering the pre-serialised first page, alternating request by request. */
  readonly bare: LatencySummary;
  /** The answer held the same 100 facts, in the same order, as `readTimeline` in process. */
  readonly samePage: boolean;
  readonly bytes: number;
}

export interface HttpPagesResult {
  readonly pages: readonly HttpPageResult[];
  /** Size of the bare reference's fixed answer. */
  readonly bareBytes: number;
  readonly settings: Readonly<Record<string, string>>;
}

export interface TimelinePageResult {
  readonly actorId: string;
  /** Timeline rows of the actor (its facts). */
  readonly actorFacts: number;
  /** Facts of the store's busiest actor (the hub), for comparison. */
  readonly busiestFacts: number;
  readonly middlePage: number;
  /** The past point of the `asOf` pages: the event halfway through the log. */
  readonly asOf: {
    readonly position: string;
    readonly seq: number;
    readonly headSeq: number;
    readonly actorFacts: number;
    readonly middlePage: number;
  };
  readonly pages: readonly PageResult[];
  /** The pages again, for `benchTimelineHttp`: their queries and the facts `readTimeline` returned. */
  readonly plan: readonly PagePlan[];
  /** What the raw reference runs. */
  readonly rawSql: { readonly page: string; readonly doc: string; readonly asOfPage: string; readonly asOfDoc: string };
}

/** One of the measured pages: how to ask for it, and what it holds. */
export interface PagePlan {
  readonly label: string;
  readonly actorId: string;
  readonly cursor: string | undefined;
  readonly asOf: string | undefined;
  /** The page's fact ids, comma-separated, as `readTimeline` returned them. */
  readonly factIds: string;
}

/** Untimed calls before the timed ones: a quarter of them, at most 20. */
const warmUpOf = (repeats: number) => Math.min(20, Math.ceil(repeats / 4));

interface RawPage {
  readonly ms: number;
  readonly factIds: string[];
  readonly next: SortTuple | null;
}

/**
 * Raw reference for an "as known at" page: the position resolved to its event's `seq`, the same
 * keyset `SELECT` over the timeline rows in force at that `seq` (the versions index), then each
 * fact's document as it was at that `seq`, one by one, as text.
 */
function rawAsOfPager(db: Database.Database, prefix: string) {
  const columns = `fact_id, earliest, latest, precision_rank, first_seq FROM ${prefix}timeline
    WHERE kind = 'actor' AND timeline_id = ? AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?) AND retracted = 0`;
  const order = 'ORDER BY earliest, latest, precision_rank, first_seq LIMIT ?';
  const sql = {
    asOfPage: `SELECT ${columns} ${order}`,
    asOfDoc: `SELECT doc FROM ${prefix}fact_versions WHERE fact_id = ? AND from_seq <= ? ORDER BY from_seq DESC LIMIT 1`,
  };
  const seqOf = db.prepare(`SELECT seq FROM ${prefix}events WHERE position = ?`).pluck();
  const first = db.prepare(sql.asOfPage).raw();
  const after = db
    .prepare(`SELECT ${columns} AND (earliest, latest, precision_rank, first_seq) > (?, ?, ?, ?) ${order}`)
    .raw();
  const doc = db.prepare(sql.asOfDoc).pluck();
  return {
    sql,
    page(actorId: string, position: string, limit: number, cursor?: SortTuple): RawPage {
      const start = now();
      const seq = seqOf.get(position) as number;
      const rows = (
        cursor ? after.all(actorId, seq, seq, ...cursor, limit + 1) : first.all(actorId, seq, seq, limit + 1)
      ) as [string, number, number, number, number][];
      const page = rows.slice(0, limit);
      for (const r of page) doc.get(r[0], seq);
      const ms = now() - start;
      const last = page.at(-1);
      return {
        ms,
        factIds: page.map((r) => r[0]),
        next: rows.length > limit && last ? [last[1], last[2], last[3], last[4]] : null,
      };
    },
  };
}

/**
 * Workload, in process: 100-entry pages of the timeline of the actor whose fact count is nearest
 * 10,000, with `readTimeline` — the first page and a page in the middle (reached through the
 * cursors), current and as known at the event halfway through the log (`asOf`: that event's
 * position) — each `repeats` times after a warm-up, against the raw keyset query + document fetch
 * on the same file, the sides alternating call by call: Chronicle read again (its entries from the
 * read cache), Chronicle with the cache emptied first (as after another process's write or a changed name), raw. The same pages over HTTP: `benchTimelineHttp`.
 */
export async function benchTimelinePage(
  chronicle: Chronicle,
  chroniclePath: string,
  repeats: number,
  log: Log,
  profiler: Profiler,
): Promise<TimelinePageResult> {
  const rm = chronicle.readModels();
  const p = rm.prefix;
  const db = new Database(chroniclePath, { readonly: true });
  try {
    const counts = db
      .prepare(
        `SELECT timeline_id AS id, count(DISTINCT fact_id) AS n FROM ${p}timeline WHERE kind = 'actor' AND to_seq IS NULL AND retracted = 0
        GROUP BY timeline_id`,
      )
      .all() as { id: string; n: number }[];
    const busiest = Math.max(...counts.map((c) => c.n));
    const top = counts.reduce((best, c) => {
      const d = Math.abs(c.n - TARGET_ACTOR_FACTS) - Math.abs(best.n - TARGET_ACTOR_FACTS);
      return d < 0 || (d === 0 && c.id < best.id) ? c : best;
    });
    const headSeq = db.prepare(`SELECT max(seq) FROM ${p}events`).pluck().get() as number;
    const point = db
      .prepare(`SELECT seq, position FROM ${p}events WHERE seq >= ? ORDER BY seq LIMIT 1`)
      .get(Math.ceil(headSeq / 2)) as { seq: number; position: string };
    const asOfFacts = db
      .prepare(
        `SELECT count(DISTINCT fact_id) FROM ${p}timeline WHERE kind = 'actor' AND timeline_id = ? AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?) AND retracted = 0`,
      )
      .pluck()
      .get(top.id, point.seq, point.seq) as number;
    const middlePage = Math.floor(Math.ceil(top.n / PAGE_SIZE) / 2);
    const asOfMiddlePage = Math.floor(Math.ceil(asOfFacts / PAGE_SIZE) / 2);
    log(
      `timeline: actor ${top.id} has ${top.n.toLocaleString('en-US')} facts (${asOfFacts.toLocaleString('en-US')} as of position ${point.position}); ` +
        `pages 1 and ${middlePage + 1} (as of: 1 and ${asOfMiddlePage + 1}), ${repeats}× each`,
    );

    const pager = rawTimelinePager(db, p);
    const asOfPager = rawAsOfPager(db, p);
    type Side = { cursor: string | undefined; raw: SortTuple | undefined };
    const walk = (asOf: string | undefined, pages: number): Side => {
      const side: Side = { cursor: undefined, raw: undefined };
      for (let page = 0; page < pages; page++) {
        side.cursor =
          readTimeline(rm, {
            kind: 'actor',
            id: top.id,
            limit: PAGE_SIZE,
            ...(side.cursor ? { cursor: side.cursor } : {}),
            ...(asOf ? { asOf } : {}),
          }).nextCursor ?? undefined;
        side.raw =
          (asOf ? asOfPager.page(top.id, asOf, PAGE_SIZE, side.raw) : pager.page(top.id, PAGE_SIZE, side.raw)).next ??
          undefined;
      }
      return side;
    };
    const start: Side = { cursor: undefined, raw: undefined };
    const targets = [
      { label: 'first page', asOf: undefined, side: start },
      { label: `middle page (page ${middlePage + 1})`, asOf: undefined, side: walk(undefined, middlePage) },
      { label: 'first page, as of the middle of the log', asOf: point.position, side: start },
      {
        label: `middle page as of the middle of the log (page ${asOfMiddlePage + 1})`,
        asOf: point.position,
        side: walk(point.position, asOfMiddlePage),
      },
    ];
    const queryOf = (t: (typeof targets)[number]): TimelineQuery => ({
      kind: 'actor',
      id: top.id,
      limit: PAGE_SIZE,
      ...(t.side.cursor ? { cursor: t.side.cursor } : {}),
      ...(t.asOf ? { asOf: t.asOf } : {}),
    });
    const expected = new Map<string, string>();

    const measure = (t: (typeof targets)[number]): PageResult => {
      const query = queryOf(t);
      const rawPage = () =>
        t.asOf ? asOfPager.page(top.id, t.asOf, PAGE_SIZE, t.side.raw) : pager.page(top.id, PAGE_SIZE, t.side.raw);
      const ours: number[] = [];
      const cold: number[] = [];
      let coldCpu = 0;
      const raw: number[] = [];
      let samePage = true;
      let entries = 0;
      const warmUp = warmUpOf(repeats);
      for (let i = 0; i < warmUp + repeats; i++) {
        const begin = now();
        const timeline = readTimeline(rm, query);
        const ms = now() - begin;
        rm.cache.clear();
        const coldCpuBegin = process.cpuUsage();
        const coldBegin = now();
        readTimeline(rm, query);
        const coldMs = now() - coldBegin;
        const coldCpuUsed = process.cpuUsage(coldCpuBegin);
        const reference = rawPage();
        if (i < warmUp) {
          if (i === 0) {
            const ids = timeline.entries.map((e) => e.factId).join();
            expected.set(t.label, ids);
            entries = timeline.entries.length;
            samePage = ids === reference.factIds.join() && timeline.entries.length > 0;
          }
          continue;
        }
        ours.push(ms);
        cold.push(coldMs);
        coldCpu += (coldCpuUsed.user + coldCpuUsed.system) / 1000;
        raw.push(reference.ms);
      }
      return {
        label: t.label,
        asOf: t.asOf !== undefined,
        ours: summarize(ours),
        cold: summarize(cold),
        coldCpuMs: coldCpu / repeats,
        raw: summarize(raw),
        samePage,
        entries,
      };
    };
    const pages = await profiler.phase('timeline', async () => targets.map(measure));

    return {
      actorId: top.id,
      actorFacts: top.n,
      busiestFacts: busiest,
      middlePage,
      asOf: { position: point.position, seq: point.seq, headSeq, actorFacts: asOfFacts, middlePage: asOfMiddlePage },
      pages,
      plan: targets.map((t) => ({
        label: t.label,
        actorId: top.id,
        cursor: t.side.cursor,
        asOf: t.asOf,
        factIds: expected.get(t.label) ?? '',
      })),
      rawSql: { ...pager.sql, ...asOfPager.sql },
    };
  } finally {
    db.close();
  }
}

/**
 * Workload, over HTTP: the pages of `plan` from the real server, running in a child process on the
 * same store file (the `serve` child of `startup.ts`, so the client does not share the server's
 * thread), `GET /api/timelines/actors/:id?limit=100[&cursor=…][&asOf=…]`, sequential keep-alive
 * requests, each `repeats` times after a warm-up; against the bare express route of the same child
 * answering a fixed pre-serialised 100-entry page, alternating request by request.
 */
export async function benchTimelineHttp(
  child: ServerChildProcess,
  plan: readonly PagePlan[],
  repeats: number,
  log: Log,
): Promise<HttpPagesResult> {
  const ourAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bareAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const barePage = await child.barePage(plan[0]!.actorId);
    const bareUrl = `${barePage.url}/page`;
    const pages: HttpPageResult[] = [];
    log(`timeline over HTTP: ${repeats} requests per page and side`);
    for (const t of plan) {
      const query = new URLSearchParams({
        limit: String(PAGE_SIZE),
        ...(t.cursor ? { cursor: t.cursor } : {}),
        ...(t.asOf ? { asOf: t.asOf } : {}),
      });
      const url = `${child.ready.url}/api/timelines/actors/${encodeURIComponent(t.actorId)}?${query}`;
      const ours: number[] = [];
      const bare: number[] = [];
      let samePage = true;
      let bytes = 0;
      const warmUp = warmUpOf(repeats);
      for (let i = 0; i < warmUp + repeats; i++) {
        const reference = await httpGet(bareAgent, bareUrl);
        const answer = await httpGet(ourAgent, url);
        if (answer.status !== 200 || reference.status !== 200) {
          throw new Error(
            `GET ${answer.status !== 200 ? url : bareUrl} answered ${answer.status !== 200 ? answer.status : reference.status}: ${answer.body.toString('utf8').slice(0, 300)}`,
          );
        }
        if (i === 0) {
          const body = JSON.parse(answer.body.toString('utf8')) as { entries: { factId: string }[] };
          samePage = body.entries.map((e) => e.factId).join() === t.factIds && body.entries.length > 0;
          bytes = answer.body.length;
        }
        if (i < warmUp) continue;
        ours.push(answer.ms);
        bare.push(reference.ms);
      }
      const result = {
        label: t.label,
        asOf: t.asOf !== undefined,
        ours: summarize(ours),
        bare: summarize(bare),
        samePage,
        bytes,
      };
      log(
        `timeline over HTTP, ${t.label}: p50 ${result.ours.p50.toFixed(2)} ms, p99 ${result.ours.p99.toFixed(2)} ms (bare ${result.bare.p50.toFixed(2)} / ${result.bare.p99.toFixed(2)} ms)`,
      );
      pages.push(result);
    }
    return { pages, bareBytes: barePage.bytes, settings: child.ready.settings };
  } finally {
    ourAgent.destroy();
    bareAgent.destroy();
  }
}
