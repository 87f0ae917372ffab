import { NotFoundError, ValidationError } from '../../src/core/errors.ts';
import { parseFuzzyDate, sortKeyOf } from '../../src/dates/index.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { TimelineKind } from '../timelineRows.ts';
import type { SortTuple } from '../readModels/timeline.ts';
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
  const family = [survivor];
  for (let i = 0; i < family.length; i++) {
    for (const id of rm.registries.mergedInto(family[i]!)) if (!family.includes(id)) family.push(id);
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
  const family = [topic];
  for (let i = 0; i < family.length; i++) {
    for (const id of rm.registries.subtopics(family[i]!)) if (!family.includes(id)) family.push(id);
  }
  return family;
}

/** A page of one timeline, ordered by docs/design.md's rule, with a cursor that stays stable under inserts. */
export function readTimeline(rm: ReadModelDb, query: TimelineQuery): Timeline {
  const names = new NameResolver(rm);
  const { ids, header } = subject(rm, names, query);
  const at = query.asOf !== undefined ? resolveAsOf(rm, query.asOf) : undefined;
  const limit = query.limit ?? -1;
  const rows = rm.timeline.page({
    kind: query.kind,
    ids,
    ...(at ? { atSeq: at.seq } : {}),
    ...(query.includeRetracted ? { includeRetracted: true } : {}),
    ...(query.from ? { fromDay: sortKeyOf(parseFuzzyDate(query.from, 'from')).earliestDay } : {}),
    ...(query.to ? { toDay: sortKeyOf(parseFuzzyDate(query.to, 'to')).latestDay } : {}),
    ...(query.q ? { text: query.q.toLowerCase() } : {}),
    ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
    ...(limit >= 0 ? { limit: limit + 1 } : {}),
  });
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
