import type { DayBounds } from './dayBounds.ts';
import { betweenText, dayText, daysText, rangeText } from './dayText.ts';
import { finding } from './findings.ts';
import { assertedText } from './relationRules.ts';
import { allowedDifference, highDay, lowDay, windowOf, type DayRange } from './relationWindow.ts';
import type { CheckFact, CheckRelation, Finding } from './types.ts';
import { windowMeets } from './windowMeets.ts';

/**
 * The days `subject − target` can be apart, from their recorded bounds alone.
 *
 * @example
 * differenceOf(bounds('2022-05-02'), bounds('2022-04-21')) //=> { min: 11, max: 11 }
 */
export function differenceOf(subject: DayBounds, target: DayBounds): DayRange {
  return {
    min: subject.earliestDay === null || target.latestDay === null ? -Infinity : subject.earliestDay - target.latestDay,
    max: subject.latestDay === null || target.earliestDay === null ? Infinity : subject.latestDay - target.earliestDay,
  };
}

/** Whether the relation can hold between the two recorded dates: exact, month and year offsets included. */
export function relationHolds(relation: CheckRelation, subject: DayBounds, target: DayBounds): boolean {
  return windowMeets(windowOf(relation), spanOf(target), spanOf(subject));
}

/**
 * `relation-violated` when the relation cannot hold between the two recorded dates, e.g.
 * `salazar-letter (2022-05-02) is asserted 10 days after state-dept-report (2022-04-21): they are
 * 11 days apart.`, or, for a month or year offset, `b (2019-04-02) is asserted 5 months after a
 * (2018-10-29): that would be on 29 March 2019, but it is 2 April 2019.`
 */
export function checkRelation(
  subjectId: string,
  relation: CheckRelation,
  subject: DayBounds,
  target: DayBounds,
): Finding | null {
  const uncertain = {
    facts: [...(subject.date.uncertain ? [subjectId] : []), ...(target.date.uncertain ? [relation.target] : [])],
  };
  if (subjectId === relation.target) {
    const allowed = allowedDifference(relation, subject.earliestDay, subject.latestDay);
    if (allowed.min <= 0 && allowed.max >= 0) return null;
    const message = `${subjectId} (${subject.date.edtf}) is asserted ${assertedText(relation)} itself.`;
    return finding('relation-violated', [subjectId], message, uncertain);
  }
  if (relationHolds(relation, subject, target)) return null;
  const found = windowOf(relation).calendar
    ? calendarFoundText(relation, subject, target)
    : foundText(relation, differenceOf(subject, target));
  const message =
    `${subjectId} (${subject.date.edtf}) is asserted ${assertedText(relation)} ` +
    `${relation.target} (${target.date.edtf})${found}.`;
  return finding('relation-violated', [subjectId, relation.target], message, uncertain);
}

/** `dangling-relation` for a relation whose target is missing or retracted. */
export function checkDangling(
  subjectId: string,
  relation: CheckRelation,
  target: CheckFact | undefined,
): Finding | null {
  if (target !== undefined && !target.retracted) return null;
  const state = target === undefined ? 'is not recorded' : 'is retracted';
  const message = `${subjectId} is asserted ${assertedText(relation)} ${relation.target}, which ${state}.`;
  return finding('dangling-relation', [subjectId, relation.target], message);
}

function spanOf(bounds: DayBounds) {
  return { earliest: bounds.earliestDay, latest: bounds.latestDay };
}

/**
 * For month and year offsets, which have no fixed length in days: the days the relation allows,
 * and the subject's. When the subject's days lie among the allowed ones yet none fits a day of the
 * target (5 months after 29, 30 or 31 September are all 28 February), it says so.
 */
function calendarFoundText(relation: CheckRelation, subject: DayBounds, target: DayBounds): string {
  const window = windowOf(relation);
  const from = target.earliestDay === null ? null : lowDay(window, target.earliestDay);
  const to = target.latestDay === null ? null : highDay(window, target.latestDay);
  const first = from === null || from === -Infinity ? null : from;
  const last = to === null || to === Infinity ? null : to;
  const it = rangeText(subject.earliestDay, subject.latestDay);
  const amongAllowed =
    (last === null || subject.earliestDay === null || subject.earliestDay <= last) &&
    (first === null || subject.latestDay === null || subject.latestDay >= first);
  if (amongAllowed) return `: no day of ${it} is ${assertedText(relation)} a day of ${rangeOf(target)}`;
  return `: that would be ${windowText(first, last)}, but it is ${it}`;
}

function rangeOf(bounds: DayBounds): string {
  return rangeText(bounds.earliestDay, bounds.latestDay);
}

/** `on 29 March 2019`, `between 1 and 31 March 2019`, `on or after …`, `on or before …`. */
function windowText(first: number | null, last: number | null): string {
  if (first !== null && first === last) return `on ${dayText(first)}`;
  if (first !== null && last !== null) return betweenText(first, last);
  if (first !== null) return `on or after ${dayText(first)}`;
  return last === null ? 'any day' : `on or before ${dayText(last)}`;
}

/** What the recorded dates say instead, from the subject's point of view. */
function foundText(relation: CheckRelation, difference: DayRange): string {
  // Directed so that a positive difference goes the way the relation points.
  const flip = relation.kind === 'before';
  const lo = flip ? -difference.max : difference.min;
  const hi = flip ? -difference.min : difference.max;
  const ahead = flip ? 'earlier' : 'later';
  const behind = flip ? 'later' : 'earlier';
  if (relation.kind === 'same-day') {
    return lo > 0 ? `: it is ${amount(lo, hi)} later` : `: it is ${amount(-hi, -lo)} earlier`;
  }
  if (lo >= 0) return lo === hi && lo === 0 ? ': they fall on the same day' : `: they are ${amount(lo, hi)} apart`;
  if (hi < 0) return `, but it is ${amount(-hi, -lo)} ${behind}`;
  if (lo === -Infinity) {
    return hi === 0 ? `, but it is on the same day or ${behind}` : `: it is at most ${daysText(hi)} ${ahead}`;
  }
  const upper = hi === 0 ? 'the same day' : `${daysText(hi)} ${ahead}`;
  return `: it is between ${daysText(-lo)} ${behind} and ${upper}`;
}

/** `11 days`, `between 5 and 40 days`, `at least 3 days`. */
function amount(lo: number, hi: number): string {
  if (lo === hi) return daysText(lo);
  if (hi === Infinity) return `at least ${daysText(lo)}`;
  return `between ${lo} and ${daysText(hi)}`;
}
