import type { CapturedDate } from './capturedDate.ts';
import type { Narrative, PriorFact } from './narrative.ts';
import type { Reading } from './reading.ts';
import type { Resolution } from './resolution.ts';

/** Whether a reading takes its year as the first such month or season after (or the last before) the story's time. */
function orderedHint(r: Reading): 'following' | 'previous' | null {
  switch (r.kind) {
    case 'calendar':
    case 'season':
    case 'quarter':
    case 'half':
      return r.yearHint === 'following' || r.yearHint === 'previous' ? r.yearHint : null;
    case 'part':
    case 'open':
    case 'weekend':
    case 'week':
      return orderedHint(r.of);
    default:
      return null;
  }
}

/** The span in days of a date that is a year's: longer than the story's time (`REFERENCE_SPAN_DAYS`), at most a leap year. */
const YEAR_SPAN = { least: 124, most: 366 };

/**
 * What "the following spring", "the previous January" are ordered against: the last date the text
 * established, or the previous event when it is dated to a year that does not hold that date ("The wing opened in October 1986. … In 1997 Haddad visited. She wrote the following
 * spring": 1997).
 */
export function orderingReference(narrative: Narrative): { date: CapturedDate; fact: PriorFact | null } | null {
  const ref = narrative.reference;
  const previous = narrative.facts.at(-1);
  const { earliest, latest } = previous?.date ?? { earliest: null, latest: null };
  if (
    previous &&
    !previous.background &&
    !previous.derived &&
    earliest !== null &&
    latest !== null &&
    latest - earliest >= YEAR_SPAN.least &&
    latest - earliest <= YEAR_SPAN.most &&
    (ref === null || ref.latest === null || ref.earliest === null || earliest > ref.latest || latest < ref.earliest)
  )
    return { date: previous.date, fact: previous };
  if (!ref) return null;
  return {
    date: ref,
    fact: narrative.facts.findLast((f) => f.date.earliest === ref.earliest && f.date.latest === ref.latest) ?? null,
  };
}

/**
 * "the following January", "the following spring", "el otoño anterior": dated from the last date the
 * text established, they relate after (or before) the event that date came from, with no offset (they
 * only order the two).
 */
export function orderedRelation(r: Reading, resolution: Resolution, narrative: Narrative): Resolution {
  const hint = orderedHint(r);
  const fact = hint && !resolution.relation ? orderingReference(narrative)?.fact : null;
  if (!hint || !fact) return resolution;
  return {
    ...resolution,
    relation: { type: hint === 'following' ? 'after' : 'before', fact: fact.id, offset: null },
  };
}
