import type { FactDoc } from './documents.ts';

/** Fields of an entry that a change can touch, as the live feed names them. */
export type EntryField = 'summary' | 'notes' | 'when' | 'place' | 'actors' | 'topics' | 'citations' | 'relations';

/**
 * One row of the live-feed read model: what one fact event did to the timelines. Which SSE event
 * a subscriber sees (added, changed, removed) depends on its filter, so the row keeps the fact's
 * timeline memberships before and after (`all`, `actor:<id>`, `topic:<id>`). The entry itself is
 * read when the message is built, as of the row's event (`readFeedMessages`, `feedEntryOf`).
 */
export interface FeedRow {
  readonly seq: number;
  readonly position: string;
  readonly factId: string;
  readonly eventType: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly changes: readonly EntryField[];
}

/**
 * The timelines a fact shows in (a retracted fact shows in none: the feed reports it removed), in
 * the order of its timeline rows (`timelineRowsOf`): the chronology, its actors, its topics.
 */
export function membershipsOf(doc: FactDoc | null): string[] {
  if (!doc || doc.retracted) return [];
  const out = ['all'];
  for (const actorId of Object.keys(doc.actors)) out.push(`actor:${actorId}`);
  for (const topicId of doc.topics) out.push(`topic:${topicId}`);
  return out;
}

const FIELDS: readonly EntryField[] = [
  'summary',
  'notes',
  'when',
  'place',
  'actors',
  'topics',
  'citations',
  'relations',
];

/**
 * Whether two values of an entry field that are not the very same value differ as JSON. Different
 * strings or nulls, and arrays or records of different sizes, differ without being serialised (no
 * field of a document holds `undefined`, which JSON would leave out).
 */
function differs(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return true;
  if (Array.isArray(a) !== Array.isArray(b)) return true;
  if (Array.isArray(a) ? a.length !== (b as unknown[]).length : Object.keys(a).length !== Object.keys(b).length)
    return true;
  return JSON.stringify(a) !== JSON.stringify(b);
}

/**
 * The entry fields that differ between two versions of a fact (see `changedFields`), as a bit mask
 * (bit i: `FIELDS[i]`), as the event-log read model stores a row's changes.
 */
export function changedMask(before: FactDoc | null, after: FactDoc | null): number {
  if (!before || !after) return 0;
  let mask = 0;
  for (let i = 0; i < FIELDS.length; i++) {
    const f = FIELDS[i]!;
    if (before[f] !== after[f] && differs(before[f], after[f])) mask |= 1 << i;
  }
  return mask;
}

/** The fields of a mask made by `changedMask`, in their order. */
export const fieldsOfMask = (mask: number): EntryField[] => FIELDS.filter((_, i) => (mask & (1 << i)) !== 0);

/**
 * Which entry fields differ between two versions of a fact. A field the projection did not touch
 * is the very same value in both (documents are updated by spreading), so only the others are
 * compared by their JSON.
 */
export function changedFields(before: FactDoc | null, after: FactDoc | null): EntryField[] {
  if (!before || !after) return [];
  return FIELDS.filter((f) => before[f] !== after[f] && differs(before[f], after[f]));
}

/**
 * The feed row for a fact event. Pure. A caller that already has the memberships of `before` (those
 * of the previous event's `after`) or of `after` may pass them.
 */
export function feedRowOf(
  seq: number,
  position: string,
  eventType: string,
  before: FactDoc | null,
  after: FactDoc | null,
  membershipsBefore: readonly string[] = membershipsOf(before),
  membershipsAfter: readonly string[] = membershipsOf(after),
): FeedRow {
  return {
    seq,
    position,
    factId: (after ?? before)?.factId ?? '',
    eventType,
    before: membershipsBefore,
    after: membershipsAfter,
    changes: changedFields(before, after),
  };
}

export type FeedEventName = 'entry-added' | 'entry-changed' | 'entry-removed';

/** What a subscriber to `membership` (`all`, `actor:x`, `topic:y`) sees of a row, if anything. */
export function feedEventFor(
  row: Pick<FeedRow, 'before' | 'after'>,
  memberships: ReadonlySet<string>,
): FeedEventName | null {
  const wasIn = row.before.some((m) => memberships.has(m));
  const isIn = row.after.some((m) => memberships.has(m));
  if (!wasIn && isIn) return 'entry-added';
  if (wasIn && isIn) return 'entry-changed';
  if (wasIn && !isIn) return 'entry-removed';
  return null;
}

/**
 * The rows of one append's events as one row, so a subscriber sees one message per append, never
 * half of one: the first row's memberships before, the last row's after, every change, the event
 * types in order, the last position.
 */
export function mergeFeedRows(rows: readonly FeedRow[]): FeedRow {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) throw new RangeError('an append has at least one event');
  if (first === last) return first;
  return {
    ...last,
    before: first.before,
    changes: FIELDS.filter((f) => rows.some((r) => r.changes.includes(f))),
    eventType: rows.map((r) => r.eventType).join(','),
  };
}
