import { APPROXIMATION_RULE, type ApproximationUnit } from './approximationRule.ts';
import { addMonths, formatIsoDate, parseIsoDate } from './calendar.ts';
import { dayNumber } from './dayNumber.ts';
import { isoDateOfDay } from './isoDateOfDay.ts';

/** First and last possible day, as `YYYY-MM-DD`. */
export interface Bounds {
  readonly earliest: string;
  readonly latest: string;
}

/**
 * Widens bounds by {@link APPROXIMATION_RULE} for `unit`. With `wholeMonths` (bounds that run
 * from the first of a month to the last of a month), the widened bounds are whole months too.
 *
 * @example
 * widenBounds({ earliest: '2022-04-22', latest: '2022-04-22' }, 'day', false)
 * //=> { earliest: '2022-04-19', latest: '2022-04-25' }
 * widenBounds({ earliest: '2022-04-01', latest: '2022-04-30' }, 'month', true)
 * //=> { earliest: '2022-03-01', latest: '2022-05-31' }
 */
export function widenBounds(bounds: Bounds, unit: ApproximationUnit, wholeMonths: boolean): Bounds {
  if (unit === 'day') {
    const days = APPROXIMATION_RULE.day;
    return {
      earliest: isoDateOfDay(dayNumber(bounds.earliest) - days),
      latest: isoDateOfDay(dayNumber(bounds.latest) + days),
    };
  }
  const inMonths = unit === 'month' || unit === 'season' || unit === 'quarter' || unit === 'half';
  const months = inMonths ? APPROXIMATION_RULE[unit] : APPROXIMATION_RULE[unit] * 12;
  return {
    earliest: formatIsoDate(addMonths(parseIsoDate(bounds.earliest), -months)),
    latest: formatIsoDate(addMonths(parseIsoDate(bounds.latest), months, wholeMonths)),
  };
}
