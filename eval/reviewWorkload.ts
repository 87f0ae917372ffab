import type { Counts } from './scoreArticle.ts';

/**
 * What an analyst must do to turn a captured draft into the gold chronology, counted from the scores, and the time
 * it would take at stated rates per action. The counts are the draft's; the minutes are an estimate from rates
 * that were not measured on a person (eval/README.md, "Review workload", gives the source of each).
 */
export interface ReviewWorkload {
  /** Cards on the desk: one per captured fact, each read and accepted or dropped. */
  cards: number;
  /** Found events whose date must be edited. */
  dateEdits: number;
  /** Found events whose relation must be set or changed. */
  relationEdits: number;
  /** Found events whose stated weekday must be added. */
  weekdayEdits: number;
  /** Actor chips to add (a gold actor not linked) or remove (an actor linked beside the gold ones). */
  actorEdits: number;
  /** Gold events the draft missed, entered by hand. */
  additions: number;
  /** Cards dropped: facts matching no gold event. */
  drops: number;
  /** Minutes to read the article once. */
  readingMinutes: number;
  /** Minutes for the actions above, at the rates of `REVIEW_RATES`. */
  actionMinutes: number;
  /** Reading and actions. */
  minutes: number;
}

/** Seconds per action and words read per minute; eval/README.md says where each comes from. */
export const REVIEW_RATES = {
  wordsPerMinute: 238,
  cardSeconds: 10,
  dateEditSeconds: 45,
  relationEditSeconds: 30,
  weekdayEditSeconds: 5,
  actorEditSeconds: 10,
  additionSeconds: 86,
} as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The review workload of one article, or of a sum of articles' counts. */
export function reviewWorkload(c: Counts, rates = REVIEW_RATES): ReviewWorkload {
  const dateEdits = c.found - c.datedRight;
  const relationEdits = c.relations - c.relationsRight - c.relationEventMissed;
  const weekdayEdits = c.weekdays - c.weekdaysRight;
  const actorEdits = c.actorPairs - c.actorsLinked + c.actorsExtra;
  const additions = c.events - c.found;
  const seconds =
    c.captured * rates.cardSeconds +
    dateEdits * rates.dateEditSeconds +
    relationEdits * rates.relationEditSeconds +
    weekdayEdits * rates.weekdayEditSeconds +
    actorEdits * rates.actorEditSeconds +
    additions * rates.additionSeconds;
  const readingMinutes = c.words / rates.wordsPerMinute;
  return {
    cards: c.captured,
    dateEdits,
    relationEdits,
    weekdayEdits,
    actorEdits,
    additions,
    drops: c.spurious,
    readingMinutes: round1(readingMinutes),
    actionMinutes: round1(seconds / 60),
    minutes: round1(readingMinutes + seconds / 60),
  };
}
