import { calendarOf } from './calendarDays.ts';
import { dateOf, type CapturedDate } from './capturedDate.ts';
import type { EventMention } from './clauses.ts';
import { clauseStems } from './anchorScore.ts';
import { REFERENCE_SPAN_DAYS, type Narrative } from './narrative.ts';
import { withoutQuotedWords } from './quotedBefore.ts';
import type { Mention, Reading } from './reading.ts';
import type { Resolution } from './resolution.ts';
import { statesItsYear } from './statedYear.ts';

/** The single day a phrase names, for a later "on that date": the day itself, or the start of "since April 22". */
function namedDay(mention: Mention, resolution: Resolution): number | null {
  const { earliest, latest } = resolution.date;
  if (earliest !== null && earliest === latest) return earliest;
  const r = mention.reading;
  if (r.kind === 'open' && r.of.kind === 'calendar' && r.of.day !== null)
    return r.side === 'by' || r.side === 'until' || r.side === 'before' ? latest : earliest;
  return null;
}

/**
 * "had paid him $310,000 by July 2022", "on bail since March 2023": an open statement written with
 * its year, not after the publication, brings the story to the date it names.
 */
function namedBound(r: Reading, date: CapturedDate, narrative: Narrative): CapturedDate | null {
  if (r.kind !== 'open' || !statesItsYear(r.of)) return null;
  const inner = date.edtf.replace(/^\.\.\//u, '').replace(/\/\.\.$/u, '');
  const named = inner === date.edtf ? null : dateOf(inner);
  const pub = narrative.publication?.latest;
  return named && (pub == null || (named.latest ?? Infinity) <= pub) ? named : null;
}

/** Whether a date lies within one calendar year ("the summer of 2021", "entre agosto y diciembre de 2023"). */
const withinOneYear = (date: CapturedDate): boolean =>
  date.earliest !== null && date.latest !== null && calendarOf(date.earliest).year === calendarOf(date.latest).year;

/**
 * A fact the narrative remembers once its date is read: its words for later anchors, the day it
 * names, the year it frames its sentence with, and the story's reference time it moves.
 */
export function remember(
  narrative: Narrative,
  id: string,
  event: EventMention,
  resolution: Resolution,
  clause: string,
  summary: string,
  paragraph: number,
  /** The start of the sentence whose other dates a year stated here frames (-1: none). */
  sentence: number,
  /** Whether the date is that of a figure compared with, which leaves the reference time alone. */
  compared = false,
  /** The sentence before, for a clause that names its event only as "the incident". */
  lead = '',
  /** Whether the event is told in an aside in the pluperfect, background to its sentence. */
  background = false,
  /** The words of its sentence beyond the clause, when the sentence dates no other event. */
  beyond = '',
  /** The words of the sentences without a date told on after it, filled as they are read. */
  toldOn: ReadonlySet<string> = new Set(),
): void {
  const { date } = resolution;
  // A clause's reference to another event ("weeks before the contract was signed") is not its own event.
  const relative = event.relative ?? (resolution.relation ? event.primary : null);
  const unquoted = withoutQuotedWords(clause, event.primary.start - event.clause.start);
  const own = relative
    ? unquoted.slice(0, relative.start - event.clause.start) + ' ' + unquoted.slice(relative.end - event.clause.start)
    : unquoted;
  const derived = resolution.relation !== null;
  const fact = {
    id,
    date,
    ...clauseStems(own, lead, beyond),
    summary,
    order: narrative.facts.length,
    paragraph,
    background,
    lastTime: event.primary.reading.kind === 'open' && event.primary.reading.side === 'last',
    ...(resolution.relation?.type === 'before' ? { countedBackFrom: resolution.relation.fact } : {}),
    derived,
    toldOn,
  };
  narrative.facts.push(fact);
  narrative.index.add(fact);
  if (date.earliest !== null && date.earliest === date.latest) narrative.datedDays.set(date.earliest, id);
  // A date written with its year and within one calendar year, whatever its form ("ocurrió en 2019, cuando … entre
  // febrero y junio", "Entre agosto y diciembre de 2023 …, y el pago llegó el 22 de diciembre"), frames the rest of
  // its sentence; a span across two years ("the fiscal year ended July 31, 2025") names no one year to give.
  if (withinOneYear(date) && statesItsYear(event.primary.reading)) {
    narrative.yearFrame = { date, sentence };
  }
  const told = namedBound(event.primary.reading, date, narrative) ?? date;
  const toldSpan = told.earliest !== null && told.latest !== null ? told.latest - told.earliest : Infinity;
  // "The lease runs until 30 September 2027", "the licence, which expires on 31 October 2027": an end, or a date
  // written with its year, placed after the publication leaves the story's time alone.
  const ahead =
    (event.primary.reading.kind === 'open' || statesItsYear(event.primary.reading)) &&
    (told.earliest ?? 0) > (narrative.publication?.latest ?? Infinity);
  if (toldSpan <= REFERENCE_SPAN_DAYS && !compared && !ahead) {
    const before = narrative.reference;
    narrative.referenceForward =
      before !== null && (told.earliest ?? -Infinity) > (before.latest ?? before.earliest ?? Infinity);
    narrative.reference = told;
    narrative.referenceParagraph = paragraph;
    narrative.referenceStated = statesItsYear(event.primary.reading);
    narrative.referenceEnd = event.primary.end;
  }
  const day = namedDay(event.primary, resolution);
  if (day !== null) {
    narrative.lastDay = { day, uncertain: date.uncertain, factId: narrative.datedDays.get(day) ?? id };
  }
}
