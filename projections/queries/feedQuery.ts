import { fieldsOfMask, membershipsOf, mergeFeedRows, type FeedRow } from '../feed.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { StoredFeedRow } from '../readModels/eventLog.ts';
import { NameResolver, type TimelineEntry } from './entries.ts';

/**
 * One message of the live feed: what one append did to one fact. It is built from the feed rows
 * of the events of one fact version (the events of one append make one version, see
 * `applyEvents`), so whoever reads the rows — a subscriber live, or one resuming later — gets the
 * same messages: the same ids, the same event types, the same entry.
 */
export interface FeedMessage {
  /** The events' rows merged: the first row's memberships before, the last row's after, every change. */
  readonly row: FeedRow;
  /** The seq of the first event of the append. */
  readonly firstSeq: number;
}

/** A stored feed row with the seq of the fact version its event belongs to. */
interface VersionedRow extends StoredFeedRow {
  readonly version: number;
}

/** Feed rows read at a time; a page that ends inside an append is cut before it. */
const PAGE_ROWS = 500;

/** The seq of the event at `position`, or undefined when the read models hold no such event. */
export function feedSeqOf(rm: ReadModelDb, position: string): number | undefined {
  return rm.eventLog.seqOf(position);
}

/** `rows` with the seq of the fact version each one's event belongs to. */
function withVersions(rm: ReadModelDb, rows: readonly StoredFeedRow[]): VersionedRow[] {
  const versions = rm.facts.versionsAt(rows.map((r) => [r.factId, r.seq] as const));
  return rows.map((r, i) => ({ ...r, version: versions[i] ?? r.seq }));
}

/**
 * The messages whose last event lies in (`afterSeq`, `throughSeq`], oldest first, at most about a
 * page of rows' worth: call again after the last one returned until none is. `throughSeq` must be
 * a checkpoint's seq, so every append up to it is wholly committed (an append's events are
 * applied, with the checkpoint, in one transaction). An append that straddles `afterSeq` (the
 * caller resumes from an event inside it) is delivered whole.
 */
export function readFeedMessages(rm: ReadModelDb, afterSeq: number, throughSeq: number): FeedMessage[] {
  for (let limit = PAGE_ROWS; ; limit *= 2) {
    const rows = withVersions(rm, rm.eventLog.feedRows(afterSeq, throughSeq, limit));
    const groups: VersionedRow[][] = [];
    for (const row of rows) {
      const group = groups.at(-1);
      const last = group?.at(-1);
      if (group && last && last.factId === row.factId && last.version === row.version) group.push(row);
      else groups.push([row]);
    }
    // A full page may end inside an append: leave that append for the next call (or read further
    // when the page holds nothing else).
    if (rows.length === limit && groups.length > 1) groups.pop();
    else if (rows.length === limit) continue;
    const first = groups[0]?.[0];
    if (first && first.version <= afterSeq) groups[0] = [...appendBefore(rm, first, afterSeq), ...groups[0]!];
    return groups.map((group) => messageOf(rm, group));
  }
}

/**
 * The message of one append's rows: the fact's timelines before it (those of the version before)
 * and after it (those of its version), every field its events changed, their types in order.
 */
function messageOf(rm: ReadModelDb, group: readonly VersionedRow[]): FeedMessage {
  const first = group[0]!;
  const last = group.at(-1)!;
  const before = membershipsOf(rm.facts.at(first.factId, first.version - 1));
  const after = membershipsOf(rm.facts.at(last.factId, last.seq));
  return {
    firstSeq: first.seq,
    row: mergeFeedRows(
      group.map((r) => ({
        seq: r.seq,
        position: r.position,
        factId: r.factId,
        eventType: r.eventType,
        before,
        after,
        changes: fieldsOfMask(r.changes),
      })),
    ),
  };
}

/** The events of `row`'s append up to `afterSeq` (the part a caller resuming inside it passed over). */
function appendBefore(rm: ReadModelDb, row: VersionedRow, afterSeq: number): VersionedRow[] {
  return rm.eventLog.feedRowsOf(row.factId, row.version, afterSeq).map((r) => ({ ...r, version: row.version }));
}

/** The entry of a message's fact as it stood right after the append (its findings as of then; names as they are now). */
export function feedEntryOf(rm: ReadModelDb, message: FeedMessage): TimelineEntry | null {
  return new NameResolver(rm).entriesOf([message.row.factId], message.row.seq)[0] ?? null;
}
