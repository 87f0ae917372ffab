import { isoDateOfDay, weekdayOf, type Weekday } from '../dates/index.ts';
import type { DayBounds } from './dayBounds.ts';
import { dayText } from './dayText.ts';
import { finding } from './findings.ts';
import {
  DAY_PATTERN,
  MONTH_PATTERN,
  parseStatedDate,
  statedDate,
  statedDays,
  WEEKDAY_PATTERN,
  weekdayNamed,
  yearFor,
  YEAR_PATTERN,
  type StatedDate,
} from './statedDates.ts';
import type { CheckFact, Finding } from './types.ts';

const SEP = '\\.?,?\\s+(?:the\\s+)?';
/** A weekday written right before a date: `Friday, April 22`, `Fri 22nd April 2022`, `Friday 2022-04-22`. */
const QUOTE_FORMS: readonly { regex: RegExp; read: (m: RegExpExecArray) => [string?, string?, string?] }[] = [
  {
    regex: new RegExp(`\\b${WEEKDAY_PATTERN}${SEP}${MONTH_PATTERN}\\s+${DAY_PATTERN}${YEAR_PATTERN}`, 'g'),
    read: (m) => [m[4], m[2], m[3]],
  },
  {
    regex: new RegExp(`\\b${WEEKDAY_PATTERN}${SEP}${DAY_PATTERN}(?:\\s+of)?\\s+${MONTH_PATTERN}${YEAR_PATTERN}`, 'g'),
    read: (m) => [m[4], m[3], m[2]],
  },
  {
    regex: new RegExp(`\\b${WEEKDAY_PATTERN}${SEP}(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'g'),
    read: (m) => [m[2], m[3], m[4]],
  },
];
/** What every form starts with: a quote without a weekday name needs none of them (most quotes). */
const ANY_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}`);

/**
 * The dates in a quote that carry a weekday, in the order they appear. A weekday that is not
 * attached to a date (`on Friday the ambassador wrote`) is not a claim about a date, so it is
 * left alone.
 *
 * @example
 * datedWeekdaysIn('sent on Friday, April 22 by the State Department')
 * //=> [{ text: 'Friday, April 22', year: null, month: 4, day: 22, weekday: 'Friday' }]
 */
export function datedWeekdaysIn(quote: string): StatedDate[] {
  if (!ANY_WEEKDAY.test(quote)) return [];
  const found: { at: number; date: StatedDate }[] = [];
  for (const { regex, read } of QUOTE_FORMS) {
    for (const match of quote.matchAll(regex)) {
      const date = statedDate(match[0].replace(/[\s,.]+$/, ''), read(match), weekdayNamed(match[1] ?? ''));
      if (date && !found.some((other) => other.at === match.index)) found.push({ at: match.index, date });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.date);
}

/**
 * `weekday-mismatch` for each weekday a citation states that its date does not fall on: the
 * `statedWeekday` (against the stated date, or the fact's date when it is one day and no date is
 * stated), a weekday written in `statedDate`, and weekdays attached to dates in the quote.
 */
export function checkWeekdays(fact: CheckFact, bounds: DayBounds): Finding[] {
  const findings: Finding[] = [];
  for (const citation of fact.citations) {
    const stated = citation.statedDate === null ? null : parseStatedDate(citation.statedDate);
    const claims: { weekday: Weekday; date: StatedDate | null }[] = [];
    if (citation.statedWeekday !== null && (citation.statedDate === null || stated !== null)) {
      claims.push({ weekday: citation.statedWeekday, date: stated });
    }
    if (stated?.weekday) claims.push({ weekday: stated.weekday, date: stated });
    for (const date of datedWeekdaysIn(citation.quote ?? '')) claims.push({ weekday: date.weekday as Weekday, date });

    for (const claim of claims) {
      const resolved = dayOfClaim(claim.date, bounds);
      if (resolved === null) continue;
      const actual = weekdayOf(isoDateOfDay(resolved.day));
      if (actual === claim.weekday) continue;
      const when = dayText(resolved.day);
      const message =
        `${fact.factId} (${bounds.date.edtf}) is cited by ${citation.source} as ${claim.weekday}, ${when}, ` +
        `but ${when} was a ${actual}.`;
      const uncertain = { facts: resolved.fromFact && bounds.date.uncertain ? [fact.factId] : [] };
      findings.push(finding('weekday-mismatch', [fact.factId], message, uncertain));
    }
  }
  return findings;
}

/** The one day a claim is about, and whether the fact's date was needed to tell it. */
function dayOfClaim(date: StatedDate | null, bounds: DayBounds): { day: number; fromFact: boolean } | null {
  if (date === null) {
    const single = bounds.earliestDay !== null && bounds.earliestDay === bounds.latestDay;
    return single ? { day: bounds.earliestDay as number, fromFact: true } : null;
  }
  if (date.day === null) return null;
  const year = yearFor(date, bounds);
  if (typeof year !== 'number') return null;
  const days = statedDays(date, year);
  return days === null ? null : { day: days.earliest, fromFact: date.year === null };
}
