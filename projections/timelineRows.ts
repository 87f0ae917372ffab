import { parseFuzzyDate, sortKeyOf, type SortKey } from '../src/dates/index.ts';
import type { FactDoc } from './documents.ts';

export type TimelineKind = 'actor' | 'topic' | 'all';

/** One fact's place in one timeline; the sort columns implement DESIGN.md's ordering rule. */
export interface TimelineRow extends SortKey {
  readonly kind: TimelineKind;
  /** Actor or topic id; `''` for the chronology of all facts. */
  readonly timelineId: string;
  readonly factId: string;
  readonly role: string | null;
  /** Ties on the date are broken by the position of the fact's first event. */
  readonly firstSeq: number;
  /** Retracted facts keep their place, flagged: timelines hide them unless asked for. */
  readonly retracted: boolean;
}

/**
 * Sort keys by EDTF text: a log holds the same date strings many times over, and a document's rows
 * are computed again for every version of it. Bounded like `parseFuzzyDate`'s own memory.
 */
const sortKeys = new Map<string, Readonly<SortKey>>();
const MAX_REMEMBERED = 50_000;

/** The sort key of an EDTF date (as `sortKeyOf(parseFuzzyDate(when))`, remembered). */
export function sortKeyOfWhen(when: string): Readonly<SortKey> {
  let key = sortKeys.get(when);
  if (key === undefined) {
    key = Object.freeze(sortKeyOf(parseFuzzyDate(when)));
    if (sortKeys.size >= MAX_REMEMBERED) sortKeys.clear();
    sortKeys.set(when, key);
  }
  return key;
}

function rows(
  doc: FactDoc,
  kind: TimelineKind,
  ids: readonly [string, string | null][],
  key = sortKeyOfWhen(doc.when),
): TimelineRow[] {
  return ids.map(([timelineId, role]) => ({
    kind,
    timelineId,
    factId: doc.factId,
    role,
    firstSeq: doc.firstSeq,
    retracted: doc.retracted,
    earliestDay: key.earliestDay,
    latestDay: key.latestDay,
    precisionRank: key.precisionRank,
  }));
}

/** Actor timelines: one row per linked actor (merges are resolved when a timeline is read). */
export const actorTimelineRows = (doc: FactDoc): TimelineRow[] => rows(doc, 'actor', Object.entries(doc.actors));

/** Topic timelines: one row per tagged topic. */
export const topicTimelineRows = (doc: FactDoc): TimelineRow[] =>
  rows(
    doc,
    'topic',
    doc.topics.map((t) => [t, null]),
  );

/** The chronology: every fact. */
export const chronologyRows = (doc: FactDoc): TimelineRow[] => rows(doc, 'all', [['', null]]);

/** Every timeline row of a fact: the chronology, then its actors, then its topics. */
export function timelineRowsOf(doc: FactDoc): TimelineRow[] {
  const key = sortKeyOfWhen(doc.when);
  return [
    ...rows(doc, 'all', [['', null]], key),
    ...rows(doc, 'actor', Object.entries(doc.actors), key),
    ...rows(
      doc,
      'topic',
      doc.topics.map((t) => [t, null]),
      key,
    ),
  ];
}
