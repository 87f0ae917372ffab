import { spanRange } from '../dates/index.ts';
import { highDay, lowDay, type RelationWindow } from './relationWindow.ts';

/** Days from `earliest` to `latest`; `null` = open. */
export interface DaySpan {
  readonly earliest: number | null;
  readonly latest: number | null;
}

/**
 * Whether some day of `target` and some day of `subject` satisfy the window: a target day `T`
 * with `low(T) ≤ subject's latest` and `high(T) ≥ subject's earliest`. Both ends of the window
 * move forward with `T`, so the best `T` is the latest one whose window starts early enough:
 * one binary search finds it, and the answer is exact for any bounds, months and years included.
 *
 * @example
 * windowMeets(windowOf(after('b', 'P5M')), span('2018-10-29'), span('2019-03-29')) //=> true
 * windowMeets(windowOf(after('b', 'P5M')), span('2018-10-29'), span('2019-03-30')) //=> false
 */
export function windowMeets(window: RelationWindow, target: DaySpan, subject: DaySpan): boolean {
  const day = latestTargetDay(window, target, subject.latest);
  if (day === null) return false;
  if (subject.earliest === null || day === Infinity) return true;
  return highDay(window, day) >= subject.earliest;
}

/**
 * The latest target day whose window starts on or before `limit` (`null` = no limit);
 * `Infinity` when the target's end is open and any day will do; `null` when none does.
 */
function latestTargetDay(window: RelationWindow, target: DaySpan, limit: number | null): number | null {
  if (limit === null || window.lower === null) return target.latest ?? Infinity;
  const span = spanRange(window.lower.duration, window.lower.direction, null, null);
  // low(T) lies in [T + span.min, T + span.max]: days up to limit − span.max qualify, past limit − span.min none do.
  if (target.earliest !== null && target.earliest > limit - span.min) return null;
  let high = Math.min(target.latest ?? Infinity, limit - span.min);
  let low = Math.max(target.earliest ?? -Infinity, limit - span.max);
  if (high < low) return high;
  if (lowDay(window, low) > limit) return null;
  while (low < high) {
    const middle = low + Math.ceil((high - low) / 2);
    if (lowDay(window, middle) <= limit) low = middle;
    else high = middle - 1;
  }
  return low;
}
