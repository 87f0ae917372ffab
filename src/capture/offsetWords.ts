import { COUNT_PATTERN, UNIT_PATTERN, countOf, unitFactor, unitOf } from './lexicon.ts';
import type { Offset } from './reading.ts';

type Unit = Offset['unit'];

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
 * `(qualifier)? (count) (and a half)? (to|-|or (count))? (unit) (and a half | y medio)?`: groups `q`,
 * `n`, `m`, `u`, and `h` or `g` for the half.
 */
export const OFFSET_PATTERN = `(?:(?<q>${QUALIFIER_PATTERN})\\s+)?(?<n>${COUNT_PATTERN})(?<h>\\s+and\\s+a\\s+half)?(?:\\s*(?:to|-|–|or|a|o)\\s*(?<m>${COUNT_PATTERN}))?\\s+(?<u>${UNIT_PATTERN})(?<g>\\s+(?:and\\s+a\\s+half|y\\s+medio))?`;

/** How exact the qualifier says a count is; none says exact. */
function kindOf(q: string | undefined): Offset['kind'] {
  const qualifier = q?.toLowerCase().replace(/\s+/g, ' ');
  return qualifier ? (QUALIFIERS[qualifier] ?? 'exact') : 'exact';
}

/**
 * A count of years and a half ("a year and a half", "two and a half years", "dos años y medio")
 * in months, and of decades in years; a half of any other unit is no whole count, so `null`.
 */
function withHalf(count: number, unit: Unit, factor: number): { count: number; unit: Unit } | null {
  if (unit !== 'Y') return null;
  return factor % 2 === 0 ? { count: count + factor / 2, unit } : { count: count * 12 + 6, unit: 'M' };
}

/** The offset the named groups of {@link OFFSET_PATTERN} spell, or `null` when they do not. */
export function offsetOf(groups: Record<string, string | undefined> | undefined): Offset | null {
  if (!groups) return null;
  const factor = unitFactor(groups.u ?? '');
  const counted = countOf(groups.n ?? '');
  const count = counted === null ? null : counted * factor;
  const unit = unitOf(groups.u ?? '');
  if (count === null || unit === null) return null;
  if (groups.h !== undefined || groups.g !== undefined) {
    const half = groups.m === undefined ? withHalf(count, unit, factor) : null;
    if (!half) return null;
    const kind = kindOf(groups.q);
    return kind === 'between' ? null : { kind, ...half };
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
  const p = (n: number) => `P${n}${offset.unit}`;
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
