import type { Precision } from './FuzzyDate.ts';

const RANKS: Readonly<Record<Precision, number>> = {
  time: 0,
  day: 1,
  month: 2,
  season: 3,
  quarter: 4,
  half: 5,
  year: 6,
  decade: 7,
  century: 8,
  millennium: 9,
};

/**
 * Orders precisions, finer first.
 *
 * @example
 * precisionRank('time')    //=> 0
 * precisionRank('day')     //=> 1
 * precisionRank('century') //=> 8
 */
export function precisionRank(precision: Precision): number {
  return RANKS[precision];
}

/**
 * The coarser of two precisions.
 *
 * @example
 * coarserPrecision('day', 'year') //=> 'year'
 */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return precisionRank(a) >= precisionRank(b) ? a : b;
}
