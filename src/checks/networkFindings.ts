import { isoDateOfDay, type Precision } from '../dates/index.ts';
import type { DayBounds } from './dayBounds.ts';
import { dayText, listText, rangeText } from './dayText.ts';
import { finding } from './findings.ts';
import type { Cycle, ImpliedBounds, NetworkRelation } from './network.ts';
import { narrowedDays } from './narrowedBounds.ts';
import { relationName } from './relationRules.ts';
import type { Finding } from './types.ts';

/** Longer cycles are named by their first relations and a count. */
const MAX_NAMED = 12;

/**
 * `relations-inconsistent` for one contradiction: `The relations a after b (P10D), b after c,
 * c after a cannot all hold.`, or, when it only arises from the recorded dates, `… cannot all hold
 * with the recorded dates of a (2022-04-22) and c (2022-04-25).` Only uncertain recorded dates
 * the contradiction rests on make it a warning: relations that contradict each other do so
 * whatever the dates.
 */
export function cycleFinding(
  cycle: Cycle,
  relations: readonly NetworkRelation[],
  bounds: ReadonlyMap<string, DayBounds>,
): Finding {
  const chain = cycle.relations.map((index) => relations[index] as NetworkRelation);
  const facts = [...new Set(chain.flatMap((r) => [r.subject, r.relation.target]))];
  const named = chain.slice(0, chain.length > MAX_NAMED ? MAX_NAMED - 2 : MAX_NAMED);
  const rest = chain.length - named.length;
  const names =
    named.map((r) => relationName(r.subject, r.relation)).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
  const edtf = (id: string) => `${id} (${bounds.get(id)?.date.edtf ?? '?'})`;
  const dates =
    cycle.dated.length === 0
      ? ''
      : ` with the recorded date${cycle.dated.length === 1 ? '' : 's'} of ${listText(cycle.dated.map(edtf))}`;
  const uncertain = { facts: cycle.dated.filter((id) => bounds.get(id)?.date.uncertain === true) };
  return finding('relations-inconsistent', facts, `The relations ${names} cannot all hold${dates}.`, uncertain);
}

/**
 * `date-narrowed` when the relations imply tighter bounds than recorded: `guacamaya-hack (by
 * October 2022) must fall on or after 22 April 2022 given its relations: 22 April – 31 October 2022.`
 */
export function narrowedFinding(id: string, recorded: DayBounds, implied: ImpliedBounds): Finding | null {
  const narrowed = narrowedDays(recorded, implied);
  if (narrowed === null) return null;
  const { earliestDay: earliest, latestDay: latest, later, sooner } = narrowed;
  const bound =
    earliest !== null && earliest === latest
      ? `on ${dayText(earliest)}`
      : later && sooner
        ? `between ${dayText(earliest as number)} and ${dayText(latest as number)}`
        : later
          ? `on or after ${dayText(earliest as number)}`
          : `on or before ${dayText(latest as number)}`;
  const message = `${id} (${recorded.date.label}) must fall ${bound} given its relations: ${rangeText(earliest, latest)}.`;
  const facts = [id, ...new Set([...(later ? implied.earliestFrom : []), ...(sooner ? implied.latestFrom : [])])];
  return {
    ...finding('date-narrowed', [...new Set(facts)], message),
    implied: { earliest: isoOrNull(earliest), latest: isoOrNull(latest) },
  };
}

const COARSE: ReadonlySet<Precision> = new Set([
  'month',
  'season',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
  'millennium',
]);

/**
 * `imprecise-date` for a date given to the month or coarser, or with an open end:
 * `guacamaya-hack is dated by October 2022 (../2022-10), not to a day: month precision and an
 * open start.`
 */
export function impreciseFinding(id: string, bounds: DayBounds): Finding | null {
  const reasons: string[] = [];
  if (COARSE.has(bounds.date.precision)) reasons.push(`${bounds.date.precision} precision`);
  if (bounds.earliestDay === null) reasons.push('an open start');
  if (bounds.latestDay === null) reasons.push('an open end');
  if (reasons.length === 0) return null;
  const { label, edtf } = bounds.date;
  const message = `${id} is dated ${label === edtf ? label : `${label} (${edtf})`}, not to a day: ${listText(reasons)}.`;
  return finding('imprecise-date', [id], message);
}

function isoOrNull(day: number | null): string | null {
  return day === null ? null : isoDateOfDay(day);
}
