import { brief } from './anchors.ts';
import { boundsDate, onOrAfter } from './capturedDate.ts';
import type { Narrative } from './narrative.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * "Les llegó hasta el 9 de enero. Desde entonces …", "The plant ran until 9 January. Since then, …":
 * "since then" after an event dated only by the day it ended on is open from that day; when that
 * day is after the publication ("podía extenderse hasta el otoño"), from the last event before it
 * with a start not after the publication. `null` when the previous event has a start of its own.
 */
export function sinceEndOfBound(phrase: string, narrative: Narrative): Resolution | null {
  const facts = narrative.facts;
  const previous = facts.at(-1);
  if (!previous || previous.date.earliest !== null) return null;
  const pub = narrative.publication?.latest ?? null;
  const { latest, uncertain } = previous.date;
  if (latest !== null && (pub === null || latest <= pub)) {
    return {
      date: boundsDate(latest, null, uncertain),
      rule: `${quoted(phrase)} is after the previous event in the text (${quoted(brief(previous.summary))}), from ${labelOf(boundsDate(latest, latest, uncertain))}, the day it is dated up to.`,
      confidence: 0.6,
      relation: { type: 'after', fact: previous.id, offset: null },
      weekday: null,
    };
  }
  const started = facts.findLast((f) => f.date.earliest !== null && (pub === null || f.date.earliest <= pub));
  if (!started) return null;
  return {
    date: onOrAfter(started.date),
    rule: `${quoted(phrase)} is after the last event in the text with a start before the publication (${quoted(brief(started.summary))}), dated ${labelOf(started.date)}, as the previous one has no start (${labelOf(previous.date)}).`,
    confidence: 0.5,
    relation: { type: 'after', fact: started.id, offset: null },
    weekday: null,
  };
}
