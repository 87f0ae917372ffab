import { calendarOf, weekdayIndexOf } from './calendarDays.ts';
import { dayDate, type CapturedDate } from './capturedDate.ts';
import { WEEKDAY_NAMES } from './lexicon.ts';
import type { PhraseContext } from './narrative.ts';
import type { Reading } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

type Read = Omit<Resolution, 'relation'>;
type Weekday = Extract<Reading, { kind: 'weekday' }>;

/** The first day from `pub` on, stepping by `step`, that is `weekday` and day `dayOfMonth` of its month (within two years). */
function findDay(weekday: number, dayOfMonth: number, pub: number, step: 1 | -1): number | null {
  for (let at = pub, n = 0; n <= 731; at += step, n += 1)
    if (weekdayIndexOf(at) === weekday && calendarOf(at).day === dayOfMonth) return at;
  return null;
}

/**
 * "Tuesday the 3rd", "la sesión del martes 22": the first such day on or after the publication for an
 * event told as future; otherwise the latest on or before it, unless the first after it is nearer, as a
 * story that names no month names a day near the news ("incluyó en el orden del día de la sesión del
 * martes 22", published on Friday the 18th, is the coming Tuesday); null when none falls within two years.
 */
export function weekdayOfMonth(
  r: Weekday,
  dayOfMonth: number,
  pub: number,
  uncertain: boolean,
  ctx: PhraseContext,
): Read | null {
  const name = WEEKDAY_NAMES[r.weekday] as string;
  const future = ctx.tense === 'future' || ctx.tense === 'future-in-past' || r.lean === 'next';
  const back = future ? null : findDay(r.weekday, dayOfMonth, pub, -1);
  const ahead = findDay(r.weekday, dayOfMonth, pub, 1);
  const nearer = !future && ahead !== null && (back === null || ahead - pub < pub - back);
  const at = future || nearer ? ahead : back;
  if (at === null) return null;
  const which = future || nearer ? 'the first' : 'the latest';
  const side = future ? 'on or after' : nearer ? 'after' : 'on or before';
  return {
    date: dayDate(at, uncertain),
    rule: `${quoted(ctx.phrase)} names no month: it is ${which} ${name} on day ${dayOfMonth} of a month ${side} the publication (${labelOf(ctx.narrative.publication as CapturedDate)})${nearer ? ', nearer to it than the latest before it' : ''}.`,
    confidence: 0.7,
    weekday: r.weekday,
  };
}

/**
 * "until the Monday", "a top-up on the Monday was missed": a weekday after "the", with no date, is
 * the first such day after the last day the text named; null when the text named none.
 */
export function storyWeekday(r: Weekday, ctx: PhraseContext): Read | null {
  const last = ctx.narrative.lastDay;
  if (r.lean !== 'story' || last === null) return null;
  const at = last.day + ((r.weekday - weekdayIndexOf(last.day) + 6) % 7) + 1;
  return {
    date: dayDate(at, last.uncertain),
    rule: `${quoted(ctx.phrase)} is the first ${WEEKDAY_NAMES[r.weekday] as string} after the last day the text named (${labelOf(dayDate(last.day))}).`,
    confidence: 0.7,
    weekday: r.weekday,
  };
}

/** "last week Wednesday", "el miércoles de la próxima semana": that weekday of the week (Monday–Sunday) `week` weeks from the publication's. */
export function weekdayOfWeek(r: Weekday, week: number, pub: number, uncertain: boolean, ctx: PhraseContext): Read {
  const which =
    week === 0
      ? "of the publication's week"
      : `of the week ${Math.abs(week) === 1 ? '' : `${Math.abs(week)} weeks `}${week < 0 ? 'before' : 'after'} the publication's`;
  return {
    date: dayDate(pub - weekdayIndexOf(pub) + 7 * week + r.weekday, uncertain),
    rule: `${quoted(ctx.phrase)} is the ${WEEKDAY_NAMES[r.weekday] as string} ${which} (Monday–Sunday; ${labelOf(ctx.narrative.publication as CapturedDate)}).`,
    confidence: 0.8,
    weekday: r.weekday,
  };
}
