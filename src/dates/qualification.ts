import type { EdtfQualifier } from 'edtf';
import type { ApproximationUnit } from './approximationRule.ts';
import { precisionRank } from './precisionRank.ts';

/** A part of a date a qualifier (`~ ? %`) can sit on, most significant first. */
export type Component = ApproximationUnit;

// edtf.js bitmask over the digits YYYYMMDD: bit 0 is the first year digit.
const BITS: Readonly<Record<Component, number>> = {
  year: 0b0000_1111,
  month: 0b0011_0000,
  season: 0b0011_0000,
  quarter: 0b0011_0000,
  half: 0b0011_0000,
  day: 0b1100_0000,
  decade: 0b1111_1111,
  century: 0b1111_1111,
  millennium: 0b1111_1111,
};

/**
 * Which of the `present` components (most significant first) a qualifier covers. edtf gives
 * `true` for a qualifier on the whole value and a digit bitmask for level-2 component qualifiers.
 *
 * @example
 * qualifiedComponents(true, ['year', 'month'])           //=> ['year', 'month']
 * qualifiedComponents(15, ['year', 'month', 'day'])      //=> ['year']   ('?2022-04-22')
 * qualifiedComponents(undefined, ['year'])               //=> []
 */
export function qualifiedComponents(qualifier: EdtfQualifier | undefined, present: readonly Component[]): Component[] {
  if (!qualifier) return [];
  if (qualifier === true) return [...present];
  return present.filter((component) => (qualifier & BITS[component]) !== 0);
}

/**
 * The unit `~` widens by, or `null` when nothing is approximate. A qualifier that covers a run of
 * components from the most significant one (`2022-04~-22`: year and month) counts as one
 * qualifier on the finest of them; other qualified components count one by one; the coarsest
 * unit wins (see {@link APPROXIMATION_RULE}).
 *
 * @example
 * approximationUnit(['year', 'month', 'day'], ['year', 'month', 'day']) //=> 'day'   ('2022-04-22~')
 * approximationUnit(['year'], ['year', 'month', 'day'])                 //=> 'year'  ('~2022-04-22')
 * approximationUnit(['month', 'day'], ['year', 'month', 'day'])         //=> 'month' ('2022-~04-~22')
 */
export function approximationUnit(
  approximate: readonly Component[],
  present: readonly Component[],
): ApproximationUnit | null {
  let run = 0;
  while (run < present.length && approximate.includes(present[run] as Component)) run++;
  const units: Component[] = approximate.filter((c) => present.indexOf(c) >= run);
  if (run > 0) units.push(present[run - 1] as Component);
  let widest: Component | null = null;
  for (const unit of units) {
    if (widest === null || precisionRank(unit) > precisionRank(widest)) widest = unit;
  }
  return widest;
}
