import { isoDateOfDay, weekdayOf, type Weekday } from '../dates/index.ts';
import type { DayBounds } from './dayBounds.ts';
import { dayText } from './dayText.ts';
import { finding } from './findings.ts';
import { datesInQuote } from './quoteDates.ts';
import { readStatedDate, statedDays, yearFor, type StatedDate } from './statedDates.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';

/**
 * The dates in a quote that carry a weekday, in the order they appear. A weekday that is not
 * attached to a date (`on Friday the ambassador wrote`) is not a claim about a date, so it is
 * left alone.
 *
 * @example
 * datedWeekdaysIn('sent on Friday, April 22 by the State Department')
 * //=> [{ text: 'Friday, April 22', year: null, month: 4, day: 22, weekday: 'Friday' }]
 */
export function datedWeekdaysIn(quote: string, locale: string | null = null): StatedDate[] {
  return datesInQuote(quote, locale).filter((date) => date.weekday !== null);
}

/**
 * `weekday-mismatch` for each weekday a citation states that its date does not fall on: the
 * `statedWeekday` (against the stated date, or the fact's date when it is one day and no date is
 * stated), a weekday written in `statedDate`, and weekdays attached to dates in the quote. The
 * stated date is read in its source's locale.
 */
export function checkWeekdays(
  fact: CheckFact,
  bounds: DayBounds,
  sources: ReadonlyMap<string, CheckSource> = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  for (const citation of fact.citations) {
    const locale = sources.get(citation.source)?.locale ?? null;
    const reading = citation.statedDate === null ? null : readStatedDate(citation.statedDate, locale);
    const stated = reading?.kind === 'date' ? reading.date : null;
    const claims: { weekday: Weekday; date: StatedDate | null }[] = [];
    if (citation.statedWeekday !== null && (citation.statedDate === null || stated !== null)) {
      claims.push({ weekday: citation.statedWeekday, date: stated });
    }
    if (stated?.weekday) claims.push({ weekday: stated.weekday, date: stated });
    for (const date of datedWeekdaysIn(citation.quote ?? '', locale)) {
      claims.push({ weekday: date.weekday as Weekday, date });
    }

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
