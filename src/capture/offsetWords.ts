import { COUNT_PATTERN, UNIT_PATTERN, countOf, unitFactor, unitOf } from './lexicon.ts';
import type { Offset } from './reading.ts';

type Unit = Offset['unit'];

/** How exact a single count is (a range of two counts is 'between'). */
type Counted = Exclude<Offset['kind'], 'between'>;

/**
 * "ten days", "about two months", "less than a year", "four to five months", "unos diez días":
 * a count of units with the qualifier that says how exact it is.
 */

const QUALIFIERS: Record<string, Offset['kind']> = {
  about: 'about',
  around: 'about',
  roughly: 'about',
  some: 'about',
  approximately: 'about',
  'almost exactly': 'about',
  unos: 'about',
  unas: 'about',
  'alrededor de': 'about',
  aproximadamente: 'about',
  'cerca de': 'about',
  nearly: 'at-most',
  almost: 'at-most',
  'less than': 'at-most',
  'fewer than': 'at-most',
  under: 'at-most',
  'just under': 'at-most',
  within: 'at-most',
  'no more than': 'at-most',
  casi: 'at-most',
  'menos de': 'at-most',
  'more than': 'at-least',
  over: 'at-least',
  'just over': 'at-least',
  'at least': 'at-least',
  'no less than': 'at-least',
  'más de': 'at-least',
  'poco más de': 'at-least',
  'algo más de': 'at-least',
  'poco menos de': 'at-most',
  'algo menos de': 'at-most',
  'al menos': 'at-least',
  'por lo menos': 'at-least',
  exactly: 'exact',
  'exactly one': 'exact',
  justo: 'exact',
};

export const QUALIFIER_PATTERN = Object.keys(QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .map((q) => q.replace(/ /g, '\\s+'))
  .join('|');

/**
 * `(qualifier)? (count) (and a half)? (to|-|or (count))? (unit) (and a half | y medio | and (count)
 * (unit))?`: groups `q`, `n`, `m`, `u`, `h` or `g` for the half, and `k`, `v` for the smaller unit
 * of "a year and two months", "three weeks and three days".
 */
export const OFFSET_PATTERN = `(?:(?<q>${QUALIFIER_PATTERN})\\s+)?(?<n>${COUNT_PATTERN})(?<h>\\s+and\\s+a\\s+half)?(?:\\s*(?:to|-|–|or|a|o)\\s*(?<m>${COUNT_PATTERN}))?\\s+(?<u>${UNIT_PATTERN})(?:(?<g>\\s+(?:and\\s+a\\s+half|y\\s+medi[oa]))|\\s+(?:and|y)\\s+(?<k>${COUNT_PATTERN})\\s+(?<v>${UNIT_PATTERN}))?`;

/** How exact the qualifier says a count is; none says exact. */
function kindOf(q: string | undefined): Offset['kind'] {
  const qualifier = q?.toLowerCase().replace(/\s+/g, ' ');
  return qualifier ? (QUALIFIERS[qualifier] ?? 'exact') : 'exact';
}

/**
 * A count of years and a half ("a year and a half", "two and a half years", "dos años y medio")
 * in months, and of decades in years; of weeks or days, which no whole count of days says, the two
 * whole counts around it ("a week and a half", 10½ days: between `P10D` and `P11D`); of months,
 * between the days it spans in the shortest and the longest month ("a month and a half", 42 to
 * 46½ days: `P42D/P47D`).
 */
function withHalf(count: number, unit: Unit, factor: number, kind: Counted): Offset | null {
  if (unit === 'Y')
    return factor % 2 === 0 ? { kind, count: count + factor / 2, unit } : { kind, count: count * 12 + 6, unit: 'M' };
  if (kind !== 'exact') return null;
  const [least, most] = unit === 'M' ? [28, 31] : unit === 'W' ? [7, 7] : [1, 1];
  const from = Math.floor((count + 0.5) * least);
  const to = Math.ceil((count + 0.5) * most);
  return to > from ? { kind: 'between', count: from, upTo: to, unit: 'D' } : null;
}

/**
 * "a year and two months" counted in months, "three weeks and three days" in days, each written as
 * the text counts it (`P1Y2M`, `P3W3D`); other pairs `null`.
 */
function withSmaller(
  count: number,
  unit: Unit,
  groups: Record<string, string | undefined>,
): { count: number; unit: Unit; written: string } | null {
  const more = countOf(groups.k ?? '');
  const smaller = unitOf(groups.v ?? '');
  if (more === null || smaller === null) return null;
  const extra = more * unitFactor(groups.v ?? '');
  const written = `${count}${unit}${extra}${smaller}`;
  if (unit === 'Y' && smaller === 'M') return { count: count * 12 + extra, unit: 'M', written };
  if (unit === 'W' && smaller === 'D') return { count: count * 7 + extra, unit: 'D', written };
  return null;
}

/** The offset the named groups of {@link OFFSET_PATTERN} spell, or `null` when they do not. */
export function offsetOf(groups: Record<string, string | undefined> | undefined): Offset | null {
  if (!groups) return null;
  const factor = unitFactor(groups.u ?? '');
  const counted = countOf(groups.n ?? '');
  const count = counted === null ? null : counted * factor;
  const unit = unitOf(groups.u ?? '');
  if (count === null || unit === null) return null;
  if (groups.h !== undefined || groups.g !== undefined || groups.k !== undefined) {
    const kind = kindOf(groups.q);
    if (groups.m !== undefined || kind === 'between') return null;
    if (groups.k === undefined) return withHalf(count, unit, factor, kind);
    const both = withSmaller(count, unit, groups);
    return both && { kind, ...both };
  }
  if (groups.m !== undefined) {
    const upToCount = countOf(groups.m);
    const upTo = upToCount === null ? null : upToCount * factor;
    if (upTo === null || upTo <= count) return null;
    return { kind: 'between', count, upTo, unit };
  }
  const kind = kindOf(groups.q);
  return kind === 'between' ? null : { kind, count, unit };
}

/** The offset in the grammar of docs/design.md: `P10D`, `P3Y~`, `../P1Y`, `P5M/..`, `P4M/P5M`. */
export function offsetIso(offset: Offset): string {
  const p = (n: number) => (offset.kind !== 'between' && offset.written ? `P${offset.written}` : `P${n}${offset.unit}`);
  switch (offset.kind) {
    case 'exact':
      return p(offset.count);
    case 'about':
      return `${p(offset.count)}~`;
    case 'at-most':
      return `../${p(offset.count)}`;
    case 'at-least':
      return `${p(offset.count)}/..`;
    case 'between':
      return `${p(offset.count)}/${p(offset.upTo)}`;
    default: {
      const never: never = offset;
      throw new Error(`unknown offset ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Whether "on" after a count ends the phrase, so the count is later: "Two years on, …", "a decade on
 * from the flood"; not before a noun, "31 years on the bench", "years on this ground": time spent
 * somewhere, "on" its preposition.
 */
export const onEndsCount = (after: string): boolean => /^[ \t]*(?:[,.;:!?)—–-]|\r?\n|$|from(?![\p{L}]))/u.test(after);
