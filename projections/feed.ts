import type { FactDoc } from './documents.ts';
import { timelineRowsOf } from './timelineRows.ts';

/** Fields of an entry that a change can touch, as the live feed names them. */
export type EntryField = 'summary' | 'notes' | 'when' | 'place' | 'actors' | 'topics' | 'citations' | 'relations';

/**
 * One row of the live-feed read model: what one fact event did to the timelines. Which SSE event
 * a subscriber sees (added, changed, removed) depends on its filter, so the row keeps the fact's
 * timeline memberships before and after (`all`, `actor:<id>`, `topic:<id>`). The entry itself is
 * read when the row is sent: a client that resumes converges on the fact's current state.
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

/** The timelines a fact shows in (a retracted fact shows in none: the feed reports it removed). */
export const membershipsOf = (doc: FactDoc | null): string[] =>
  doc && !doc.retracted ? timelineRowsOf(doc).map((r) => (r.kind === 'all' ? 'all' : `${r.kind}:${r.timelineId}`)) : [];

const FIELDS: readonly EntryField[] = ['summary', 'notes', 'when', 'place', 'actors', 'topics', 'citations', 'relations'];

/** Which entry fields differ between two versions of a fact. */
export function changedFields(before: FactDoc | null, after: FactDoc | null): EntryField[] {
  if (!before || !after) return [];
  return FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** The feed row for a fact event. Pure. */
export function feedRowOf(seq: number, position: string, eventType: string, before: FactDoc | null, after: FactDoc | null): FeedRow {
  return {
    seq, position, factId: (after ?? before)?.factId ?? '', eventType,
    before: membershipsOf(before), after: membershipsOf(after), changes: changedFields(before, after),
  };
}

export type FeedEventName = 'entry-added' | 'entry-changed' | 'entry-removed';

/** What a subscriber to `membership` (`all`, `actor:x`, `topic:y`) sees of a row, if anything. */
export function feedEventFor(row: Pick<FeedRow, 'before' | 'after'>, memberships: ReadonlySet<string>): FeedEventName | null {
  const wasIn = row.before.some((m) => memberships.has(m));
  const isIn = row.after.some((m) => memberships.has(m));
  if (!wasIn && isIn) return 'entry-added';
  if (wasIn && isIn) return 'entry-changed';
  if (wasIn && !isIn) return 'entry-removed';
  return null;
}
