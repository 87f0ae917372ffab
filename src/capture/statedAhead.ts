import { dayOf, lastOfMonth } from './calendarDays.ts';
import type { Mention } from './reading.ts';
import { COMPARED_FIGURE } from './sentenceParts.ts';
import type { Sentence } from './sentences.ts';

/** A date the text writes with its year ("January 24, 2025", "March 2021"), where it stands and the last day it covers. */
export interface StatedDate {
  readonly start: number;
  readonly phrase: string;
  readonly latest: number;
}

/** The last day of a month or a day written with its year, or null. */
function lastDayOf(r: Mention['reading']): number | null {
  if (r.kind !== 'calendar' || r.yearHint !== 'stated' || r.year === null || r.month === null || r.nth !== undefined)
    return null;
  return r.day === null ? lastOfMonth(r.year, r.month) : dayOf(r.year, r.month, r.day);
}

/** ", elegido en mayo de 2023,", ", appointed in March 2019,": a participle set off by a comma, an aside on a name. */
const PARTICIPLE_ASIDE =
  /,\s+\p{L}+(?:ed|ado|ada|ados|adas|ido|ida|idos|idas)\s+(?:(?:in|on|since|en|el|desde|de)\s+){0,2}$/iu;

/**
 * The days and months the text writes with their years, in text order, for a date without one to be
 * read in order with the next of them (`returnToNews.ts`): "on October 19, 2021", "in March 2021";
 * not a year alone, a bound, a span, the base of a comparison ("frente a 74 en marzo de 2024") or
 * an aside on a name (", elegido en mayo de 2023,"), which do not move a story told in order.
 */
export function statedDatesOf(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): StatedDate[] {
  const out: StatedDate[] = [];
  let s = 0;
  for (const m of mentions) {
    const latest = lastDayOf(m.reading);
    if (latest === null) continue;
    while (s < sentences.length - 1 && (sentences[s] as Sentence).end <= m.start) s += 1;
    const sentence = sentences[s];
    const before = sentence ? text.slice(sentence.start, m.start) : '';
    if (COMPARED_FIGURE.test(before) || PARTICIPLE_ASIDE.test(before)) continue;
    out.push({ start: m.start, phrase: text.slice(m.start, m.end), latest });
  }
  return out;
}

/** The first of `dates` written after `position`, or null. */
export const nextStatedDate = (dates: readonly StatedDate[], position: number): StatedDate | null =>
  dates.find((d) => d.start >= position) ?? null;
