import { daysText } from './dayText.ts';
import type { CheckRelation } from './types.ts';

/** An interval of day differences; either end may be infinite. */
export interface DayRange {
  readonly min: number;
  readonly max: number;
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The days of an ISO 8601 duration in weeks and days, or `null` when there is none or it is
 * not one (months and years have no fixed length in days, so `P1M` is not read).
 *
 * @example
 * offsetDays('P10D')  //=> 10
 * offsetDays('P2W')   //=> 14
 * offsetDays('P1W3D') //=> 10
 * offsetDays(null)    //=> null
 */
export function offsetDays(offset: string | null): number | null {
  if (offset === null) return null;
  const match = DURATION.exec(offset.trim().toUpperCase());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 7 + Number(match[2] ?? 0);
}

/**
 * What a relation allows for `subject − target`, in days. `after` without an offset allows the
 * same day: events of one day can still be ordered.
 *
 * @example
 * allowedDifference({ kind: 'after', target: 'b', offset: 'P10D' }) //=> { min: 10, max: 10 }
 * allowedDifference({ kind: 'before', target: 'b', offset: null })  //=> { min: -Infinity, max: 0 }
 */
export function allowedDifference(relation: CheckRelation): DayRange {
  const days = offsetDays(relation.offset);
  switch (relation.kind) {
    case 'after':
      return days === null ? { min: 0, max: Infinity } : { min: days, max: days };
    case 'before':
      return days === null ? { min: -Infinity, max: 0 } : { min: -days, max: -days };
    case 'same-day':
      return { min: 0, max: 0 };
    default: {
      const unexpected: never = relation.kind;
      throw new RangeError(`unknown relation kind ${String(unexpected)}`);
    }
  }
}

/**
 * The relation as the words after "is asserted".
 *
 * @example
 * assertedText({ kind: 'after', target: 'b', offset: 'P10D' }) //=> '10 days after'
 * assertedText({ kind: 'after', target: 'b', offset: null })   //=> 'to be on or after'
 */
export function assertedText(relation: CheckRelation): string {
  const days = offsetDays(relation.offset);
  switch (relation.kind) {
    case 'after':
      return days === null ? 'to be on or after' : `${daysText(days)} after`;
    case 'before':
      return days === null ? 'to be on or before' : `${daysText(days)} before`;
    case 'same-day':
      return 'to be on the same day as';
    default: {
      const unexpected: never = relation.kind;
      throw new RangeError(`unknown relation kind ${String(unexpected)}`);
    }
  }
}

/**
 * The relation as recorded, for naming it in a list.
 *
 * @example
 * relationName('a', { kind: 'after', target: 'b', offset: 'P10D' }) //=> 'a after b (P10D)'
 * relationName('a', { kind: 'same-day', target: 'b', offset: null }) //=> 'a same day as b'
 */
export function relationName(subject: string, relation: CheckRelation): string {
  const word = relation.kind === 'same-day' ? 'same day as' : relation.kind;
  const offset = relation.kind !== 'same-day' && relation.offset !== null ? ` (${relation.offset})` : '';
  return `${subject} ${word} ${relation.target}${offset}`;
}
