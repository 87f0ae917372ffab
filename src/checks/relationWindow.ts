import { parseRelationOffset, shiftDay, spanRange, type Direction, type Duration } from '../dates/index.ts';
import type { CheckRelation } from './types.ts';

/** An interval of day differences; either end may be infinite. */
export interface DayRange {
  readonly min: number;
  readonly max: number;
}

/** A duration taken forward or back from the target's day. */
interface Shift {
  readonly duration: Duration;
  readonly direction: Direction;
}

/**
 * The days a relation allows its subject on, for each day the target may fall on: from
 * `target + lower` to `target + upper`, where a missing end is open. Both ends only ever move
 * forward as the target's day does (calendar months clamp, they never go back), which is what
 * makes the checks below exact.
 */
export interface RelationWindow {
  /** `null`: no earliest day. */
  readonly lower: Shift | null;
  /** `null`: no latest day. */
  readonly upper: Shift | null;
  /** Whether a month or year part makes the distance in days depend on the target's day. */
  readonly calendar: boolean;
}

const ZERO: Duration = { months: 0, days: 0 };
const windows = new Map<string, RelationWindow>();

/**
 * The window of a relation. An offset that does not parse (one validated by an older rule) only
 * orders, as a relation without an offset does.
 *
 * @example
 * windowOf({ kind: 'after', target: 'b', offset: '../P5M' })
 * //=> { lower: { duration: 0 days, direction: 1 }, upper: { duration: 5 months, direction: 1 }, calendar: true }
 */
export function windowOf(relation: CheckRelation): RelationWindow {
  const key = `${relation.kind} ${relation.offset ?? ''}`;
  let window = windows.get(key);
  if (window === undefined) {
    window = buildWindow(relation);
    windows.set(key, window);
  }
  return window;
}

function buildWindow(relation: CheckRelation): RelationWindow {
  let offset = null;
  try {
    offset = relation.offset === null ? null : parseRelationOffset(relation.offset);
  } catch {
    offset = null;
  }
  const lower = offset?.lower ?? ZERO;
  const upper = offset === null ? null : offset.upper;
  const calendar = lower.months !== 0 || (upper !== null && upper.months !== 0);
  switch (relation.kind) {
    case 'after':
      return {
        lower: { duration: lower, direction: 1 },
        upper: upper === null ? null : { duration: upper, direction: 1 },
        calendar,
      };
    case 'before':
      return {
        lower: upper === null ? null : { duration: upper, direction: -1 },
        upper: { duration: lower, direction: -1 },
        calendar,
      };
    case 'same-day':
      return { lower: { duration: ZERO, direction: 1 }, upper: { duration: ZERO, direction: 1 }, calendar: false };
    default: {
      const unexpected: never = relation.kind;
      throw new RangeError(`unknown relation kind ${String(unexpected)}`);
    }
  }
}

/** The first day the window allows when the target is on `day`; `-Infinity` when open. */
export function lowDay(window: RelationWindow, day: number): number {
  return window.lower === null ? -Infinity : shiftDay(day, window.lower.duration, window.lower.direction);
}

/** The last day the window allows when the target is on `day`; `Infinity` when open. */
export function highDay(window: RelationWindow, day: number): number {
  return window.upper === null ? Infinity : shiftDay(day, window.upper.duration, window.upper.direction);
}

/**
 * What a relation allows for `subject − target`, in days, whatever day from `from` to `to` (`null`:
 * open) the target falls on. Exact for offsets in days and weeks, and for any offset when the
 * target is one day; for month and year offsets over a longer target, the least and greatest
 * distance over its days, so that the temporal network never rules out a true date.
 *
 * @example
 * allowedDifference({ kind: 'after', target: 'b', offset: 'P10D' }, null, null) //=> { min: 10, max: 10 }
 * allowedDifference({ kind: 'after', target: 'b', offset: 'P1M' }, null, null)  //=> { min: 28, max: 31 }
 * allowedDifference({ kind: 'before', target: 'b', offset: null }, null, null)  //=> { min: -Infinity, max: 0 }
 */
export function allowedDifference(relation: CheckRelation, from: number | null, to: number | null): DayRange {
  const { lower, upper } = windowOf(relation);
  return {
    min: lower === null ? -Infinity : spanRange(lower.duration, lower.direction, from, to).min,
    max: upper === null ? Infinity : spanRange(upper.duration, upper.direction, from, to).max,
  };
}
