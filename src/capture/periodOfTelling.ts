import { calendarOf } from './calendarDays.ts';
import { monthDate, yearDate } from './capturedDate.ts';
import type { PhraseContext } from './narrative.ts';
import type { Reading } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';
import { staleReference } from './returnToNews.ts';

/** "the year", "del año", never "this year" / "este año", which name the publication's. */
const THE_YEAR = /(?:^|[^\p{L}])(?:the\s+year|del\s+año|de\s+año)(?![\p{L}])/iu;
/** "the month", "del mes", never "this month" / "este mes". */
const THE_MONTH = /(?:^|[^\p{L}])(?:the\s+month|del\s+mes|de\s+mes)(?![\p{L}])/iu;

/**
 * "In June 2023 she promised the work would be finished by the end of the year", "We placed an order on
 * January 9. We were told the consignment would be delivered by the end of the month": "the year" or
 * "the month" told as the future seen from a past telling is the year or month of that telling (the
 * last date the text established), not the publication's. The telling is the news's, and the period
 * the publication's, in a paragraph that returns to the news after dates told more than six months
 * before the publication ("… in November that year. ¶ The agency's manager said it would publish a
 * review before the end of the year") and in a statement reported with "said" in a sentence with no
 * date of its own ("Lyle said the agency would publish a timeline by the end of the month").
 */
export function periodOfTelling(
  r: Extract<Reading, { kind: 'deictic' }>,
  ctx: PhraseContext,
): Omit<Resolution, 'relation'> | null {
  const { reference, publication } = ctx.narrative;
  const unit =
    r.unit === 'year' && THE_YEAR.test(ctx.phrase)
      ? 'year'
      : r.unit === 'month' && THE_MONTH.test(ctx.phrase)
        ? 'month'
        : null;
  if (unit === null || r.shift !== 0 || ctx.tense !== 'future-in-past' || staleReference(ctx)) return null;
  if (ctx.reportedNow) return null;
  if (reference?.earliest == null || reference.latest == null || publication?.earliest == null) return null;
  const from = calendarOf(reference.earliest);
  const to = calendarOf(reference.latest);
  const pub = calendarOf(publication.earliest);
  const confidence = reference.uncertain ? 0.6 : 0.8;
  const told = `${quoted(ctx.phrase)} is told as the future seen from the last date the text established (${labelOf(reference)})`;
  if (unit === 'year') {
    if (to.year !== from.year || from.year >= pub.year) return null;
    const date = yearDate(from.year, reference.uncertain);
    return { date, rule: `${told}: the year of that telling, ${from.year}.`, confidence, weekday: null };
  }
  if (to.year !== from.year || to.month !== from.month || from.year * 12 + from.month >= pub.year * 12 + pub.month)
    return null;
  const date = monthDate(from.year, from.month, reference.uncertain);
  return { date, rule: `${told}: the month of that telling, ${labelOf(date)}.`, confidence, weekday: null };
}
