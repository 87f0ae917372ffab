import type { EntryCitation, TimelineEntry } from '../../projections/queries/entries.ts';

/** `Name (role)`, or `Name` when the actor has no role on this fact. */
export function actorWithRole(actor: TimelineEntry['actors'][number]): string {
  return actor.role ? `${actor.name} (${actor.role})` : actor.name;
}

/** The Admiralty grade of a citation: source reliability then information credibility, `?` where unknown (`C2`, `?3`). */
export function citationGrade(citation: EntryCitation): string {
  return `${citation.source.reliability ?? '?'}${citation.credibility ?? '?'}`;
}

/** The source's title, or its id when it has none. */
export function sourceName(citation: EntryCitation): string {
  return citation.source.title ?? citation.source.id;
}

/**
 * Cuts `text` to at most `max` characters (code points, so no surrogate pair is split), ending a
 * cut text with `…`; whitespace runs become one space first.
 *
 * @example
 * shortText('one  two three', 8) //=> 'one two…'
 */
export function shortText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** A calendar day split into numbers; years are astronomical (0 is 1 BC, -100 is 101 BC). */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const BOUND = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/;

/**
 * Splits a fuzzy-date bound (`YYYY-MM-DD`, also ISO expanded years `+170000002-01-01`, `-0100-03-15`).
 *
 * @example
 * dayPartsOf('-0100-03-15') //=> { year: -100, month: 3, day: 15 }
 */
export function dayPartsOf(isoDate: string): DayParts {
  const match = BOUND.exec(isoDate);
  if (!match) throw new RangeError(`${JSON.stringify(isoDate)} is not a YYYY-MM-DD date`);
  // + 0 turns -0 into 0
  return { year: Number(match[1]) + 0, month: Number(match[2]), day: Number(match[3]) };
}
