import { APPROXIMATION_RULE } from './approximationRule.ts';
import { spanRange } from './offsetArithmetic.ts';

/**
 * A distance in calendar months (a year is 12) and days (a week is 7), the months applied first:
 * 29 October 2018 + 5 months = 29 March 2019; 31 January + 1 month = 28 (29) February.
 */
export interface Duration {
  readonly months: number;
  readonly days: number;
}

/** How a relation's offset bounds the distance between two facts. */
export type OffsetKind = 'exact' | 'about' | 'between' | 'at-most' | 'at-least';

/** A relation offset read from its ISO 8601 text (docs/design.md § Dossier format, relation offsets). */
export interface RelationOffset {
  readonly kind: OffsetKind;
  /** The shortest distance allowed (zero for "at most"). */
  readonly lower: Duration;
  /** The longest distance allowed; `null` when there is none ("at least"). */
  readonly upper: Duration | null;
  /** The distance in words: `10 days`, `about 3 years`, `4 to 5 months`, `less than 5 months`. */
  readonly text: string;
}

/** The text is not an offset, or names a range whose ends are the wrong way round. */
export class OffsetError extends RangeError {}

const DURATION = 'P(?=\\d)(?:\\d{1,6}Y)?(?:\\d{1,6}M)?(?:\\d{1,6}W)?(?:\\d{1,6}D)?';

/**
 * The grammar of a relation offset: an ISO 8601 duration in years, months, weeks and days (`P10D`,
 * `P2W`, `P5M`, `P1Y2M`), approximate (`P3Y~`), a range (`P4M/P5M`), at most (`../P5M`) or at least
 * (`P5M/..`). Up to six digits a component.
 */
export const RELATION_OFFSET_PATTERN = new RegExp(
  `^(?:${DURATION}~?|${DURATION}/${DURATION}|\\.\\./${DURATION}|${DURATION}/\\.\\.)$`,
);

const EXPECTED = 'expected an ISO 8601 duration such as P10D, P2W, P5M, P1Y2M, P3Y~, P4M/P5M, ../P5M or P5M/..';
const ZERO: Duration = { months: 0, days: 0 };

interface Parts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

/**
 * Reads a relation offset. Throws an {@link OffsetError} whose message says why when the text is
 * not one, or is a range whose lower end can be longer than its upper end.
 *
 * `~` widens like an approximate date at the duration's finest unit: ±3 days (days or weeks),
 * ±1 month, ±1 year; never below zero.
 *
 * @example
 * parseRelationOffset('P1Y2M')   //=> { kind: 'exact', lower: { months: 14, days: 0 }, upper: same, text: '1 year and 2 months' }
 * parseRelationOffset('P3Y~')    //=> { kind: 'about', lower: { months: 24, days: 0 }, upper: { months: 48, days: 0 }, text: 'about 3 years' }
 * parseRelationOffset('../P5M')  //=> { kind: 'at-most', lower: { months: 0, days: 0 }, upper: { months: 5, days: 0 }, text: 'less than 5 months' }
 */
export function parseRelationOffset(text: string): RelationOffset {
  if (!RELATION_OFFSET_PATTERN.test(text)) throw new OffsetError(`${JSON.stringify(text)}: ${EXPECTED}`);
  if (text.startsWith('../')) {
    const upper = partsOf(text.slice(3));
    return { kind: 'at-most', lower: ZERO, upper: durationOf(upper), text: `less than ${partsText(upper)}` };
  }
  if (text.endsWith('/..')) {
    const lower = partsOf(text.slice(0, -3));
    return { kind: 'at-least', lower: durationOf(lower), upper: null, text: `more than ${partsText(lower)}` };
  }
  if (text.includes('/')) {
    const [left = '', right = ''] = text.split('/');
    const [a, b] = [partsOf(left), partsOf(right)];
    const [lower, upper] = [durationOf(a), durationOf(b)];
    if (!isOrdered(lower, upper)) {
      const verb = lower.months >= upper.months && lower.days >= upper.days ? 'is' : 'can be';
      throw new OffsetError(
        `${text} is not a valid range: its lower end, ${partsText(a)}, ${verb} longer than its upper end, ${partsText(b)}`,
      );
    }
    return { kind: 'between', lower, upper, text: rangeText(a, b) };
  }
  if (text.endsWith('~')) {
    const parts = partsOf(text.slice(0, -1));
    const exact = durationOf(parts);
    const widen: Duration =
      parts.weeks > 0 || parts.days > 0
        ? { months: 0, days: APPROXIMATION_RULE.day }
        : parts.months > 0
          ? { months: APPROXIMATION_RULE.month, days: 0 }
          : { months: 12 * APPROXIMATION_RULE.year, days: 0 };
    const lower = atLeastZero({ months: exact.months - widen.months, days: exact.days - widen.days });
    const upper = { months: exact.months + widen.months, days: exact.days + widen.days };
    return { kind: 'about', lower, upper, text: `about ${partsText(parts)}` };
  }
  const parts = partsOf(text);
  const exact = durationOf(parts);
  return { kind: 'exact', lower: exact, upper: exact, text: partsText(parts) };
}

function partsOf(duration: string): Parts {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  const [, years = '0', months = '0', weeks = '0', days = '0'] = match ?? [];
  return { years: Number(years), months: Number(months), weeks: Number(weeks), days: Number(days) };
}

function durationOf(parts: Parts): Duration {
  return { months: parts.years * 12 + parts.months, days: parts.weeks * 7 + parts.days };
}

function atLeastZero(duration: Duration): Duration {
  if (duration.months < 0) return { months: 0, days: Math.max(0, duration.days) };
  if (duration.months === 0 && duration.days < 0) return ZERO;
  return duration;
}

/**
 * A range is in order when its lower end is no longer than its upper end from any start day:
 * neither part longer, or the lower end's longest length in days no more than the upper's shortest.
 */
function isOrdered(lower: Duration, upper: Duration): boolean {
  if (lower.months <= upper.months && lower.days <= upper.days) return true;
  return spanRange(lower, 1, null, null).max <= spanRange(upper, 1, null, null).min;
}

const UNITS = ['year', 'month', 'week', 'day'] as const;

/** `3 years`, `1 year and 2 months`, `1 week and 3 days`, `0 days`. */
function partsText(parts: Parts): string {
  const words = UNITS.map((unit) => [parts[`${unit}s`], unit] as const)
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`);
  if (words.length === 0) return '0 days';
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** `4 to 5 months` when both ends are in the same one unit; else `10 days to 1 month`. */
function rangeText(a: Parts, b: Parts): string {
  const unitOf = (p: Parts) => {
    const used = UNITS.filter((unit) => p[`${unit}s`] > 0);
    return used.length === 1 ? used[0] : undefined;
  };
  const unit = unitOf(a);
  if (unit !== undefined && unit === unitOf(b)) return `${a[`${unit}s`]} to ${partsText(b)}`;
  return `${partsText(a)} to ${partsText(b)}`;
}
