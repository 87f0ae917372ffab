import type { Narrative } from './narrative.ts';
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

/**
 * "the following January", "the following spring", "el otoño anterior": dated from the last date the
 * text established, they relate after (or before) the event that date came from, with no offset (they
 * only order the two).
 */
export function orderedRelation(r: Reading, resolution: Resolution, narrative: Narrative): Resolution {
  const hint = orderedHint(r);
  const ref = narrative.reference;
  if (!hint || resolution.relation || !ref) return resolution;
  const fact = narrative.facts.findLast((f) => f.date.earliest === ref.earliest && f.date.latest === ref.latest);
  if (!fact) return resolution;
  return {
    ...resolution,
    relation: { type: hint === 'following' ? 'after' : 'before', fact: fact.id, offset: null },
  };
}
