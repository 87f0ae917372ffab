import { dayOf, isoOf, weekdayIndexOf } from './calendarDays.ts';
import { dayDate, spanDate, type CapturedDate } from './capturedDate.ts';
import type { PhraseContext } from './narrative.ts';
import { nthWeekdayOf } from './nthWeekdays.ts';
import type { Reading } from './reading.ts';
import { quoted, type Resolution } from './resolution.ts';
import { chooseYear } from './yearResolution.ts';

/**
 * Holidays whose day a calendar rule gives, not a date: the days counted from Western Easter Sunday
 * ("Good Friday", "Semana Santa", "Whit Monday"), the nth weekday of a month ("Thanksgiving", "Labor
 * Day"), and a day's place on another calendar (Eid on the Islamic, the Lunar New Year on the
 * Chinese); and a day, week, weekend or weekday counted from one ("the Friday after Thanksgiving").
 * The year is the one written beside it or the narrative's, chosen as any date's without one.
 */

/** What a rule counts from. */
export type RuleBase =
  | { readonly kind: 'easter' }
  | { readonly kind: 'nth'; readonly month: number; readonly weekday: number; readonly nth: number }
  /** A day of a month of another calendar, found among the Gregorian year's days. */
  | {
      readonly kind: 'calendar';
      readonly calendar: 'islamic-umalqura' | 'chinese';
      readonly month: number;
      readonly day: number;
    }
  /** Gregorian months the holiday always falls in, where no rule bundled here gives its day (Diwali: October–November). */
  | { readonly kind: 'months'; readonly from: number; readonly to: number };

/** "the Friday after", "the week before", "the day after", "the weekend after" a holiday. */
export interface RuleAround {
  readonly side: 'after' | 'before';
  /** A weekday (0 = Monday), or the day, the Monday–Sunday week or the weekend next to the holiday. */
  readonly what: number | 'day' | 'week' | 'weekend';
}

export interface RuleDay {
  /** The holiday as the rule names it ("Easter Monday"). */
  readonly name: string;
  /** How its day is found, in words ("the day after Western Easter Sunday"). */
  readonly how: string;
  readonly base: RuleBase;
  /** Days from the base to the holiday's first and last day (Good Friday: −2, −2; Semana Santa: −7, 0). */
  readonly from: number;
  readonly to: number;
  readonly around?: RuleAround;
}

/** Western (Gregorian) Easter Sunday of `year`, as a day number: the anonymous Gregorian computus. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The month and day of `day` on another calendar, from the ICU tables Node carries. */
function otherCalendar(day: number, calendar: string): { month: number; day: number } {
  let format = formats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    formats.set(calendar, format);
  }
  const parts = format.formatToParts(new Date(`${isoOf(day)}T12:00:00Z`));
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { month: value('month'), day: value('day') };
}

/** The first and last day of `base` in Gregorian `year`, or `null` when it has none there. */
function baseDays(base: RuleBase, year: number): [number, number] | null {
  switch (base.kind) {
    case 'easter': {
      const day = easterSunday(year);
      return [day, day];
    }
    case 'nth': {
      const day = nthWeekdayOf(year, base.month, base.weekday, base.nth);
      return day === null ? null : [day, day];
    }
    case 'calendar': {
      // A lunar year is eleven days shorter than the Gregorian: a day may fall twice in one year; the first is taken.
      for (let day = dayOf(year, 1, 1); day <= dayOf(year, 12, 31); day += 1) {
        const o = otherCalendar(day, base.calendar);
        if (o.month === base.month && o.day === base.day) return [day, day];
      }
      return null;
    }
    case 'months':
      return [dayOf(year, base.from, 1), dayOf(year, base.to + 1, 1) - 1];
    default: {
      const never: never = base;
      throw new Error(`unknown rule ${JSON.stringify(never)}`);
    }
  }
}

/** The days of `around` next to the span `[first, last]`. */
function aroundDays([first, last]: [number, number], around: RuleAround): [number, number] {
  const after = around.side === 'after';
  if (around.what === 'day') return after ? [last + 1, last + 1] : [first - 1, first - 1];
  if (around.what === 'week') {
    const monday = after ? last - weekdayIndexOf(last) + 7 : first - weekdayIndexOf(first) - 7;
    return [monday, monday + 6];
  }
  // A weekend before is the last whole Saturday–Sunday before the holiday; one after, the first after it.
  const weekday = around.what === 'weekend' ? (after ? 5 : 6) : around.what;
  const day = after
    ? last + 1 + ((weekday - weekdayIndexOf(last + 1) + 7) % 7)
    : first - 1 - ((weekdayIndexOf(first - 1) - weekday + 7) % 7);
  if (around.what !== 'weekend') return [day, day];
  return after ? [day, day + 1] : [day - 1, day];
}

/** The days of `rule` in `year`, or `null`. */
function ruleDays(rule: RuleDay, year: number): [number, number] | null {
  const base = baseDays(rule.base, year);
  if (base === null) return null;
  const span: [number, number] = [base[0] + rule.from, base[1] + rule.to];
  return rule.around ? aroundDays(span, rule.around) : span;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "the Friday after Thanksgiving (…)", in words. */
function described(rule: RuleDay): string {
  const own = `${rule.name} (${rule.how})`;
  const a = rule.around;
  if (!a) return own;
  const what = typeof a.what === 'number' ? WEEKDAYS[a.what] : a.what === 'week' ? 'Monday–Sunday week' : a.what;
  return `the ${what} ${a.side} ${own}`;
}

/** The weekday a rule's day has, when it is one day every year. */
export function ruleWeekday(rule: RuleDay): number | null {
  const a = rule.around;
  if (a) return typeof a.what === 'number' ? a.what : null;
  if (rule.from !== rule.to) return null;
  if (rule.base.kind === 'easter') return (((6 + rule.from) % 7) + 7) % 7;
  if (rule.base.kind === 'nth') return (((rule.base.weekday + rule.from) % 7) + 7) % 7;
  return null;
}

/** Reads a holiday fixed by a rule: its day (or days) in the year stated, or in the year chosen as a date's without one. */
export function ruleDayCalendar(
  r: Extract<Reading, { kind: 'calendar' }> & { readonly ruleDay: RuleDay },
  ctx: PhraseContext,
): Omit<Resolution, 'relation'> {
  const rule = r.ruleDay;
  const build = (year: number, uncertain: boolean): CapturedDate => {
    const days = ruleDays(rule, year) ?? [dayOf(year, 1, 1), dayOf(year, 12, 31)];
    return days[0] === days[1] ? dayDate(days[0], uncertain) : spanDate(days[0], days[1], uncertain);
  };
  const which = `${quoted(ctx.phrase)} is ${described(rule)}`;
  const weekday = ruleWeekday(rule);
  const confidence = rule.base.kind === 'months' ? 0.6 : 0.9;
  if (r.year !== null)
    return { date: build(r.year, false), rule: `${which}, in the year it states.`, confidence, weekday };
  const choice = chooseYear(r.yearHint, build, ctx);
  return {
    date: choice.date,
    rule: `${which}; ${choice.rule}`,
    confidence: Math.min(confidence, choice.confidence),
    weekday,
  };
}
