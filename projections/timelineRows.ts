import { parseFuzzyDate, sortKeyOf, type SortKey } from '../src/dates/index.ts';
import type { NarrowedBounds } from '../src/checks/index.ts';
import type { FactDoc } from './documents.ts';

export type TimelineKind = 'actor' | 'topic' | 'all';

/**
 * A fact's effective bounds as sort days: its stated bounds narrowed by its relations, as the date
 * checks compute them (docs/design.md "Fuzzy dates", ordering). Days since 1970-01-01; an open
 * start is `Number.MIN_SAFE_INTEGER`, an open end `Number.MAX_SAFE_INTEGER`.
 */
export interface EffectiveDays {
  readonly earliestDay: number;
  readonly latestDay: number;
}

/**
 * One fact's place in one timeline. The order is docs/design.md's rule: `startDay` (the effective
 * earliest day, or where that is open the effective latest), then `latestDay`, then
 * `precisionRank` (of the stated date), then `firstSeq`.
 */
export interface TimelineRow extends EffectiveDays {
  readonly kind: TimelineKind;
  /** Actor or topic id; `''` for the chronology of all facts. */
  readonly timelineId: string;
  readonly factId: string;
  readonly role: string | null;
  /** Finer is smaller (see `precisionRank`). */
  readonly precisionRank: number;
  /** Ties on the date are broken by the position of the fact's first event. */
  readonly firstSeq: number;
  /** Retracted facts keep their place, flagged: timelines hide them unless asked for. */
  readonly retracted: boolean;
}

/**
 * The day a fact sorts from: its effective earliest day, or where the start is open its effective
 * latest day ("by October 2022" stands at the end of October, not before everything).
 */
export const startDayOf = (days: EffectiveDays): number =>
  days.earliestDay === Number.MIN_SAFE_INTEGER ? days.latestDay : days.earliestDay;

/**
 * Sort keys by EDTF text: a log holds the same date strings many times over, and a document's rows
 * are computed again for every version of it. Bounded, and emptied when full: the bound must be
 * above the distinct dates of a large store (55,232 in a generated store of 1M facts), or a
 * rebuild parses a third of its dates again. About 150 bytes an entry.
 */
const sortKeys = new Map<string, Readonly<SortKey>>();
const MAX_REMEMBERED = 200_000;

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

/** A fact's effective days: the stated ones, or the ones its relations narrow them to. */
export function effectiveDaysOf(doc: FactDoc, narrowed?: NarrowedBounds): EffectiveDays {
  const stated = sortKeyOfWhen(doc.when);
  if (narrowed === undefined) return { earliestDay: stated.earliestDay, latestDay: stated.latestDay };
  return {
    earliestDay: narrowed.earliestDay ?? Number.MIN_SAFE_INTEGER,
    latestDay: narrowed.latestDay ?? Number.MAX_SAFE_INTEGER,
  };
}

export const sameDays = (a: EffectiveDays, b: EffectiveDays): boolean =>
  a.earliestDay === b.earliestDay && a.latestDay === b.latestDay;

/**
 * Every timeline row of a fact: the chronology, then its actors (one row per linked actor; merges
 * are resolved when a timeline is read), then its topics. `days`: its effective days (default:
 * the stated ones, as for a fact whose relations narrow nothing).
 */
export function timelineRowsOf(doc: FactDoc, days: EffectiveDays = effectiveDaysOf(doc)): TimelineRow[] {
  const rank = sortKeyOfWhen(doc.when).precisionRank;
  const out = [rowOf(doc, days, rank, 'all', '', null)];
  for (const [actorId, role] of Object.entries(doc.actors)) out.push(rowOf(doc, days, rank, 'actor', actorId, role));
  for (const topicId of doc.topics) out.push(rowOf(doc, days, rank, 'topic', topicId, null));
  return out;
}

/**
 * One row of `timelineRowsOf`. A function of the module, not a closure per call: the build keeps
 * function names (`keepNames`), which names every closure as it is made, a property definition
 * that costs about as much as the row itself.
 */
function rowOf(
  doc: FactDoc,
  days: EffectiveDays,
  precisionRank: number,
  kind: TimelineKind,
  timelineId: string,
  role: string | null,
): TimelineRow {
  return {
    kind,
    timelineId,
    factId: doc.factId,
    role,
    firstSeq: doc.firstSeq,
    retracted: doc.retracted,
    earliestDay: days.earliestDay,
    latestDay: days.latestDay,
    precisionRank,
  };
}
