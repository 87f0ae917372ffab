import { addUnits, calendarOf, lastOfMonth } from './calendarDays.ts';
import type { Offset } from './reading.ts';

/**
 * Moves `day` by the least (`'min'`) or most (`'max'`) that `offset` allows, forwards (+1) or
 * backwards (-1); `null` when the offset has no upper bound. "About" widens like a date at that
 * unit: ±3 days for days and weeks, ±1 month, ±1 year (docs/design.md, relation offsets).
 *
 * @example
 * moveBy(dayOf(2022, 4, 22), { kind: 'exact', count: 10, unit: 'D' }, 1, 'min') // 2 May 2022
 * moveBy(day, { kind: 'at-least', count: 3, unit: 'Y' }, 1, 'max')               // null
 */
export function moveBy(day: number, offset: Offset, sign: 1 | -1, which: 'min' | 'max'): number | null {
  const go = (count: number) => addUnits(day, offset.unit, sign * count);
  switch (offset.kind) {
    case 'exact':
      return go(offset.count);
    case 'about': {
      const byMonths = offset.unit === 'M' || offset.unit === 'Y';
      const widen = which === 'min' ? -1 : 1;
      return addUnits(go(offset.count), byMonths ? offset.unit : 'D', sign * widen * (byMonths ? 1 : 3));
    }
    case 'at-most':
      return which === 'min' ? day : go(offset.count);
    case 'at-least':
      return which === 'min' ? go(offset.count) : null;
    case 'between':
      return go(which === 'min' ? offset.count : offset.upTo);
    default: {
      const never: never = offset;
      throw new Error(`unknown offset ${JSON.stringify(never)}`);
    }
  }
}

/** The days a date `offset` after (+1) or before (-1) the bounds `[earliest, latest]` may fall on. */
export function offsetBounds(
  earliest: number | null,
  latest: number | null,
  offset: Offset,
  sign: 1 | -1,
): { earliest: number | null; latest: number | null } {
  if (sign === 1) {
    return {
      earliest: earliest === null ? null : moveBy(earliest, offset, 1, 'min'),
      latest: latest === null ? null : moveBy(latest, offset, 1, 'max'),
    };
  }
  return {
    earliest: earliest === null ? null : moveBy(earliest, offset, -1, 'max'),
    latest: latest === null ? null : moveBy(latest, offset, -1, 'min'),
  };
}

/** Whether `[earliest, latest]` are whole calendar months: the first day of one month to the last day of one. */
function wholeMonths(earliest: number | null, latest: number | null): boolean {
  if (earliest === null || latest === null) return false;
  const last = calendarOf(latest);
  return calendarOf(earliest).day === 1 && latest === lastOfMonth(last.year, last.month);
}

/**
 * The bounds a count of months or years from an anchor dated to whole months gives: whole months
 * too ("a month after February" is March, not 1–28 March), as the anchor's precision supports.
 * Days and weeks, or an anchor dated to a day, keep the plain arithmetic of `offsetBounds`.
 */
export function monthAlignedBounds(
  anchor: { earliest: number | null; latest: number | null },
  moved: { earliest: number | null; latest: number | null },
  offset: Offset,
): { earliest: number | null; latest: number | null } {
  if ((offset.unit !== 'M' && offset.unit !== 'Y') || !wholeMonths(anchor.earliest, anchor.latest)) return moved;
  if (moved.latest === null) return moved;
  const end = calendarOf(moved.latest);
  return { earliest: moved.earliest, latest: lastOfMonth(end.year, end.month) };
}
