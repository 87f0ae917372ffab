import { isoDateOfDay, yearLabel } from '../dates/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface Fields {
  year: number;
  month: number;
  day: number;
}

function fieldsOf(day: number): Fields {
  const [, sign = '', y = '', m = '', d = ''] = /^([+-]?)(\d+)-(\d{2})-(\d{2})$/.exec(isoDateOfDay(day)) ?? [];
  return { year: Number(`${sign}${y}`) + 0, month: Number(m), day: Number(d) };
}

/** The English name of a month, 1–12. */
export function monthNameOf(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** As the dates module labels years: astronomical, `1 BC` for year 0, `AD 9` for year 9. */
export function yearText(year: number): string {
  return yearLabel(year);
}

/**
 * A day number as a label.
 *
 * @example dayText(19104) //=> '22 April 2022'
 */
export function dayText(day: number): string {
  const f = fieldsOf(day);
  return `${f.day} ${monthNameOf(f.month)} ${yearText(f.year)}`;
}

/**
 * A range of days (either end may be open) as a label that shares what both ends have in common.
 *
 * @example
 * rangeText(19104, 19296) //=> '22 April – 31 October 2022'
 * rangeText(19104, null)  //=> 'from 22 April 2022'
 * rangeText(19104, 19104) //=> '22 April 2022'
 */
export function rangeText(earliest: number | null, latest: number | null): string {
  if (earliest === null) return latest === null ? 'any time' : `by ${dayText(latest)}`;
  if (latest === null) return `from ${dayText(earliest)}`;
  if (earliest === latest) return dayText(earliest);
  const a = fieldsOf(earliest);
  const b = fieldsOf(latest);
  if (a.year !== b.year) return `${dayText(earliest)} – ${dayText(latest)}`;
  const tail = `${monthNameOf(b.month)} ${yearText(b.year)}`;
  if (a.month === b.month) return `${a.day}–${b.day} ${tail}`;
  return `${a.day} ${monthNameOf(a.month)} – ${b.day} ${tail}`;
}

/**
 * Two different days as "between … and …", sharing the month and year they have in common.
 *
 * @example
 * betweenText(17956, 17986) //=> 'between 1 and 31 March 2019'
 */
export function betweenText(earliest: number, latest: number): string {
  const a = fieldsOf(earliest);
  const b = fieldsOf(latest);
  if (a.year !== b.year) return `between ${dayText(earliest)} and ${dayText(latest)}`;
  const tail = `${monthNameOf(b.month)} ${yearText(b.year)}`;
  if (a.month === b.month) return `between ${a.day} and ${b.day} ${tail}`;
  return `between ${a.day} ${monthNameOf(a.month)} and ${b.day} ${tail}`;
}

/** `1 day`, `11 days`. */
export function daysText(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** `a`, `a and b`, `a, b and c` (or `a or b` with `or`). */
export function listText(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return fieldsOf(day).year;
}
