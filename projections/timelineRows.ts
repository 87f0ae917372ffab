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

function rows(doc: FactDoc, kind: TimelineKind, ids: readonly [string, string | null][]): TimelineRow[] {
  const key = sortKeyOf(parseFuzzyDate(doc.when));
  return ids.map(([timelineId, role]) => ({ kind, timelineId, factId: doc.factId, role, firstSeq: doc.firstSeq, retracted: doc.retracted, ...key }));
}

/** Actor timelines: one row per linked actor (merges are resolved when a timeline is read). */
export const actorTimelineRows = (doc: FactDoc): TimelineRow[] => rows(doc, 'actor', Object.entries(doc.actors));

/** Topic timelines: one row per tagged topic. */
export const topicTimelineRows = (doc: FactDoc): TimelineRow[] => rows(doc, 'topic', doc.topics.map((t) => [t, null]));

/** The chronology: every fact. */
export const chronologyRows = (doc: FactDoc): TimelineRow[] => rows(doc, 'all', [['', null]]);

export const timelineRowsOf = (doc: FactDoc): TimelineRow[] => [...chronologyRows(doc), ...actorTimelineRows(doc), ...topicTimelineRows(doc)];
