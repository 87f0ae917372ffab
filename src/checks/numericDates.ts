/** Whether a locale writes the month before the day (`3/13/2019`) or after it (`13/3/2019`). */
export type DayMonthOrder = 'month-day' | 'day-month';

const orders = new Map<string, DayMonthOrder | null>();

/**
 * The order a locale writes a numeric day and month in, from the runtime's own locale data
 * (`Intl.DateTimeFormat`, ICU); `null` when there is no locale or the runtime does not know it.
 * Locales that put the year first (`ja`, `zh`, `en-CA`) write the month before the day.
 *
 * @example
 * dayMonthOrderOf('en-US') //=> 'month-day'
 * dayMonthOrderOf('es-MX') //=> 'day-month'
 * dayMonthOrderOf(null)    //=> null
 */
export function dayMonthOrderOf(locale: string | null | undefined): DayMonthOrder | null {
  if (!locale) return null;
  if (orders.has(locale)) return orders.get(locale) ?? null;
  let order: DayMonthOrder | null = null;
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(Date.UTC(2019, 2, 13));
    const month = parts.findIndex((p) => p.type === 'month');
    const day = parts.findIndex((p) => p.type === 'day');
    order = month >= 0 && day >= 0 ? (month < day ? 'month-day' : 'day-month') : null;
  } catch {
    order = null;
  }
  orders.set(locale, order);
  return order;
}

/** Words for an order, in a sentence: `month/day/year`. */
export function orderWords(order: DayMonthOrder): string {
  return order === 'month-day' ? 'month/day/year' : 'day/month/year';
}

/** A numeric date's two first numbers and its year, as written: `3/13/2019` → [3, 13, 2019]. */
export interface NumericParts {
  readonly first: number;
  readonly second: number;
  readonly year: number | null;
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/;

/** Reads `3/13/2019`, `13.3.2019`, `13-3-2019`, `3/13` into its numbers; `null` for anything else. */
export function numericParts(text: string): NumericParts | null {
  const match = NUMERIC.exec(text);
  if (match === null) return null;
  return { first: Number(match[1]), second: Number(match[2]), year: match[3] === undefined ? null : Number(match[3]) };
}
