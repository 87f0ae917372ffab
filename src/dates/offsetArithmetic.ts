import { addMonths, daysInMonth } from './calendar.ts';
import { dayOfDate } from './dayNumber.ts';
import { dateOfDay } from './isoDateOfDay.ts';
import type { Duration } from './relationOffset.ts';

/** Forward (`1`, "after") or back (`-1`, "before"). */
export type Direction = 1 | -1;

/**
 * The day a duration away from `day` (a day number), by calendar arithmetic: the months first,
 * the day clamped to the end of a shorter month, then the days.
 *
 * @example
 * shiftDay(dayNumber('2018-10-29'), { months: 5, days: 0 }, 1)  // 29 March 2019
 * shiftDay(dayNumber('2019-01-31'), { months: 1, days: 0 }, 1)  // 28 February 2019
 * shiftDay(dayNumber('2022-03-31'), { months: 1, days: 0 }, -1) // 28 February 2022
 */
export function shiftDay(day: number, { months, days }: Duration, direction: Direction): number {
  if (months === 0) return day + direction * days;
  return dayOfDate(addMonths(dateOfDay(day), direction * months)) + direction * days;
}

/** The least and greatest number of days, `shiftDay(day) − day`. */
export interface SpanRange {
  readonly min: number;
  readonly max: number;
}

/** The Gregorian calendar repeats every 400 years: 4800 months. */
const CYCLE_MONTHS = 4800;
const CYCLE_START = 2000 * 12;
const anyStart = new Map<number, SpanRange>();

/**
 * How many days a duration moves a day, at least and at most, over every start day from `from`
 * to `to` (day numbers; `null` = open, any day). Exact: a month offset moves a day by as many
 * days as the months it crosses have, less the days clamped off at the end of a shorter month.
 *
 * @example
 * spanRange({ months: 1, days: 0 }, 1, null, null)                 //=> { min: 28, max: 31 }
 * spanRange({ months: 5, days: 0 }, 1, day('2018-10-29'), day('2018-10-29')) //=> { min: 151, max: 151 }
 */
export function spanRange(duration: Duration, direction: Direction, from: number | null, to: number | null): SpanRange {
  const extra = direction * duration.days;
  if (duration.months === 0) return { min: extra, max: extra };
  const months = direction * duration.months;
  const range = from === null || to === null ? cycleRange(months) : boundedRange(months, from, to);
  return { min: range.min + extra, max: range.max + extra };
}

function boundedRange(months: number, from: number, to: number): SpanRange {
  const first = dateOfDay(from);
  const last = dateOfDay(to);
  const firstIndex = first.year * 12 + first.month - 1;
  const lastIndex = last.year * 12 + last.month - 1;
  if (lastIndex - firstIndex >= CYCLE_MONTHS) return cycleRange(months);
  let range: SpanRange = { min: Infinity, max: -Infinity };
  for (let index = firstIndex; index <= lastIndex; index++) {
    const fromDay = index === firstIndex ? first.day : 1;
    const toDay = index === lastIndex ? last.day : undefined;
    range = widen(range, monthRange(index, months, fromDay, toDay));
  }
  return range;
}

function cycleRange(months: number): SpanRange {
  let range = anyStart.get(months);
  if (range === undefined) {
    range = { min: Infinity, max: -Infinity };
    for (let index = CYCLE_START; index < CYCLE_START + CYCLE_MONTHS; index++) {
      range = widen(range, monthRange(index, months, 1, undefined));
    }
    anyStart.set(months, range);
  }
  return range;
}

/** The spans of the start days `fromDay`…`toDay` (default: the month's last) of the month `index`. */
function monthRange(index: number, months: number, fromDay: number, toDay: number | undefined): SpanRange {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const targetIndex = index + months;
  const targetYear = Math.floor(targetIndex / 12);
  const targetMonth = targetIndex - targetYear * 12 + 1;
  const base = dayOfDate({ year: targetYear, month: targetMonth, day: 1 }) - dayOfDate({ year, month, day: 1 });
  const targetLast = daysInMonth(targetYear, targetMonth);
  const lastDay = toDay ?? daysInMonth(year, month);
  // A start day past the target month's end is clamped to it: the span shrinks by the overflow.
  return { min: base - Math.max(0, lastDay - targetLast), max: base - Math.max(0, fromDay - targetLast) };
}

function widen(a: SpanRange, b: SpanRange): SpanRange {
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}
