import { NotFoundError, ValidationError } from '../../src/core/errors.ts';
import { parseFuzzyDate, sortKeyOf } from '../../src/dates/index.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { TimelineKind } from '../timelineRows.ts';
import { NameResolver, type TimelineEntry } from './entries.ts';
import { resolveAsOf } from './asOf.ts';

export interface TimelineQuery {
  readonly kind: TimelineKind;
  /** Actor or topic id (not for `all`). */
  readonly id?: string;
  /** EDTF: keep entries that may fall on or after its earliest day. */
  readonly from?: string;
  /** EDTF: keep entries that may fall on or before its latest day. */
  readonly to?: string;
  /** Case-insensitive text in the summary or notes. */
  readonly q?: string;
  /** Entries per page; default: all. */
  readonly limit?: number;
  /** From a previous page's `nextCursor`. */
  readonly cursor?: string;
  /** The timeline as known at an instant or position (see `resolveAsOf`). */
  readonly asOf?: string;
  /** Show retracted facts too (as entries with `status: 'retracted'`). Default false. */
  readonly includeRetracted?: boolean;
  /** A topic's own facts only; by default its timeline includes its subtopics' facts. */
  readonly direct?: boolean;
}

export interface Timeline {
  readonly timeline: { readonly kind: TimelineKind; readonly id: string | null; readonly name: string };
  readonly asOf: string | null;
  /** The read models' checkpoint: the timeline includes every event up to this position. */
  readonly position: string | null;
  readonly entries: readonly TimelineEntry[];
  readonly nextCursor: string | null;
}

type SortTuple = [number, number, number, number];

export function encodeCursor(t: SortTuple): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

function decodeCursor(cursor: string): SortTuple {
  try {
    const t = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(t) && t.length === 4 && t.every((n) => Number.isSafeInteger(n))) return t as SortTuple;
  } catch {
    // fall through to the error below
  }
  throw ValidationError.at('cursor', 'is not a cursor returned by a previous page');
}

/** Actors merged (directly or through others) into `survivor`, and `survivor` itself. */
export function mergedFamily(rm: ReadModelDb, survivor: string): string[] {
  const stmt = rm.stmt(`SELECT id FROM ${rm.prefix}actors WHERE json_extract(doc, '$.mergedInto') = ?`).pluck();
  const family = [survivor];
  for (let i = 0; i < family.length; i++) {
    for (const id of stmt.all(family[i]) as string[]) if (!family.includes(id)) family.push(id);
  }
  return family;
}

function subject(
  rm: ReadModelDb,
  names: NameResolver,
  query: TimelineQuery,
): { ids: string[]; header: Timeline['timeline'] } {
  if (query.kind === 'all') return { ids: [''], header: { kind: 'all', id: null, name: 'All facts' } };
  const id = query.id ?? '';
  if (query.kind === 'actor') {
    if (!names.actor(id)) throw new NotFoundError(`actor ${id} does not exist`);
    const survivor = names.survivor(id);
    return {
      ids: mergedFamily(rm, survivor),
      header: { kind: 'actor', id: survivor, name: names.actor(survivor)?.name ?? survivor },
    };
  }
  const topic = rm.registryDoc('topics', id);
  if (!topic) throw new NotFoundError(`topic ${id} does not exist`);
  return { ids: query.direct ? [id] : topicFamily(rm, id), header: { kind: 'topic', id, name: topic.label } };
}

/** A topic and its subtopics, at any depth (a parent named in a loop is visited once). */
export function topicFamily(rm: ReadModelDb, topic: string): string[] {
  const stmt = rm.stmt(`SELECT id FROM ${rm.prefix}topics WHERE json_extract(doc, '$.parent') = ? ORDER BY id`).pluck();
  const family = [topic];
  for (let i = 0; i < family.length; i++) {
    for (const id of stmt.all(family[i]) as string[]) if (!family.includes(id)) family.push(id);
  }
  return family;
}

/** A page of one timeline, ordered by docs/design.md's rule, with a cursor that stays stable under inserts. */
export function readTimeline(rm: ReadModelDb, query: TimelineQuery): Timeline {
  const names = new NameResolver(rm);
  const { ids, header } = subject(rm, names, query);
  const at = query.asOf !== undefined ? resolveAsOf(rm, query.asOf) : undefined;
  const where = [`t.kind = ?`, `t.timeline_id IN (${ids.map(() => '?').join(', ')})`];
  const params: unknown[] = [query.kind, ...ids];
  if (at) {
    where.push('t.from_seq <= ? AND (t.to_seq IS NULL OR t.to_seq > ?)');
    params.push(at.seq, at.seq);
  } else {
    where.push('t.to_seq IS NULL');
  }
  if (!query.includeRetracted) where.push('t.retracted = 0');
  // The window keeps the entries whose effective days overlap it (`earliest` is the day an entry
  // sorts from, which for an open start is its latest: such an entry may fall before any day).
  if (query.from) {
    where.push('t.latest >= ?');
    params.push(sortKeyOf(parseFuzzyDate(query.from, 'from')).earliestDay);
  }
  if (query.to) {
    where.push('(t.open_start = 1 OR t.earliest <= ?)');
    params.push(sortKeyOf(parseFuzzyDate(query.to, 'to')).latestDay);
  }
  if (query.q) {
    // The text of the version shown: the latest, or the one in force at asOf.
    where.push(`EXISTS (SELECT 1 FROM (SELECT doc FROM ${rm.prefix}fact_versions f WHERE f.fact_id = t.fact_id AND f.from_seq <= ?
        ORDER BY f.from_seq DESC LIMIT 1) v
      WHERE instr(lower(json_extract(v.doc, '$.summary')), ?) > 0 OR instr(lower(coalesce(json_extract(v.doc, '$.notes'), '')), ?) > 0)`);
    params.push(at ? at.seq : Number.MAX_SAFE_INTEGER, query.q.toLowerCase(), query.q.toLowerCase());
  }
  if (query.cursor) {
    where.push('(t.earliest, t.latest, t.precision_rank, t.first_seq) > (?, ?, ?, ?)');
    params.push(...decodeCursor(query.cursor));
  }
  const limit = query.limit ?? -1;
  const rows = rm.db
    .prepare(
      `SELECT DISTINCT t.fact_id AS factId, t.earliest, t.latest, t.precision_rank AS rank, t.first_seq AS seq
      FROM ${rm.prefix}timeline t WHERE ${where.join(' AND ')}
      ORDER BY t.earliest, t.latest, t.precision_rank, t.first_seq LIMIT ?`,
    )
    .all(...params, limit < 0 ? -1 : limit + 1) as {
    factId: string;
    earliest: number;
    latest: number;
    rank: number;
    seq: number;
  }[];
  const more = limit >= 0 && rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const entries = names.entriesOf(
    page.map((r) => r.factId),
    at?.seq,
  );
  return {
    timeline: header,
    asOf: query.asOf ?? null,
    position: at ? at.position : (rm.checkpoint().position ?? null),
    entries,
    nextCursor: more && last ? encodeCursor([last.earliest, last.latest, last.rank, last.seq]) : null,
  };
}
