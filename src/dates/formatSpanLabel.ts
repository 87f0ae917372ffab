import { monthName, type CalendarDate } from './calendar.ts';
import type { DatePart, PlainFields } from './DatePart.ts';
import { dayLabel, monthLabel, yearLabel } from './formatDateLabel.ts';

/**
 * Labels an interval. Two unqualified ends of the same precision share what they have in common:
 * `22–30 April 2022`, `22 April – 2 May 2022`, `April – June 2022`, `1964–2008`; otherwise both
 * full labels are joined: `22 April 2022 – 3 January 2023`, `c. 1984 – June 2004`. The en dash is
 * closed up between two bare numbers (days, years AD) and spaced otherwise. Open or unknown ends
 * read `by October 2022` (no start) and `from April 2022` (no end).
 *
 * @example
 * spanLabel(part('2022-04-22'), part('2022-05-02')) //=> '22 April – 2 May 2022'
 * spanLabel(null, part('2022-10'))                  //=> 'by October 2022'
 */
export function spanLabel(start: DatePart | null, end: DatePart | null): string {
  if (start === null) return end === null ? 'any time' : `by ${end.label}`;
  if (end === null) return `from ${start.label}`;
  if (start.plain && end.plain) {
    const shared = shareFields(start.plain, end.plain);
    if (shared) {
      const [left, right, suffix] = shared;
      return left === right ? `${left}${suffix}` : `${joinSpan(left, right)}${suffix}`;
    }
  }
  return start.label === end.label ? start.label : joinSpan(start.label, end.label);
}

/**
 * Labels one unknown day between two days, for unspecified digits that do not make a whole
 * month, year, decade or century (`2022-04-1X`, `2022-XX-22`, `20XX-04`).
 *
 * @example
 * betweenLabel({ year: 2022, month: 4, day: 10 }, { year: 2022, month: 4, day: 19 })
 * //=> 'between 10 and 19 April 2022'
 */
export function betweenLabel(earliest: CalendarDate, latest: CalendarDate): string {
  const [left, right, suffix] = shareFields(earliest, latest) ?? ['', '', ''];
  return `between ${left} and ${right}${suffix}`;
}

/** [start, end, shared tail], or `null` when the two are not of the same precision. */
function shareFields(a: PlainFields, b: PlainFields): [string, string, string] | null {
  const sameYear = a.year === b.year;
  if (a.day !== undefined && b.day !== undefined && a.month !== undefined && b.month !== undefined) {
    if (sameYear && a.month === b.month) {
      return [String(a.day), String(b.day), ` ${monthLabel(a.year, a.month)}`];
    }
    if (sameYear) {
      return [`${a.day} ${monthName(a.month)}`, `${b.day} ${monthName(b.month)}`, ` ${yearLabel(a.year)}`];
    }
    return [dayLabel(a.year, a.month, a.day), dayLabel(b.year, b.month, b.day), ''];
  }
  if (a.day !== undefined || b.day !== undefined) return null;
  if (a.month !== undefined && b.month !== undefined) {
    if (sameYear) return [monthName(a.month), monthName(b.month), ` ${yearLabel(a.year)}`];
    return [monthLabel(a.year, a.month), monthLabel(b.year, b.month), ''];
  }
  if (a.month !== undefined || b.month !== undefined) return null;
  return [yearLabel(a.year), yearLabel(b.year), ''];
}

/** Numbers alone (days of one month, years) take a closed-up en dash; anything else a spaced one. */
function joinSpan(left: string, right: string): string {
  return /^\d+$/.test(left) && /^\d+$/.test(right) ? `${left}–${right}` : `${left} – ${right}`;
}
