import type { EdtfParsedDate } from 'edtf';
import { monthName, parseIsoDate, type CalendarDate } from './calendar.ts';
import type { DatePart, PlainFields } from './DatePart.ts';
import { dayOfDate } from './dayNumber.ts';
import { boundsFromEdtf, finish, UnsupportedEdtfError } from './finishPart.ts';
import { dayLabel, monthLabel, yearLabel } from './formatDateLabel.ts';
import { ordinal, someYearLabel } from './formatPeriodLabel.ts';
import { betweenLabel } from './formatSpanLabel.ts';
import type { Precision } from './FuzzyDate.ts';
import { dateOfDay, isoDateOfDay } from './isoDateOfDay.ts';
import type { Component } from './qualification.ts';
import { unspecifiedBounds } from './unspecifiedBounds.ts';

const YMD: readonly Component[] = ['year', 'month', 'day'];
const DATE_WITH_X = /^(-?)([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?$/;

/**
 * A date with unspecified (`X`) digits: the bounds come from the digits ({@link unspecifiedBounds}),
 * the first `X` sets the precision, and the label says what the digits leave open — `2022-04-XX`
 * `April 2022`, `201X` `some year in the 2010s`, `156X-12-25` `25 December, some year in the
 * 1560s`, `2022-XX-22` `the 22nd of some month in 2022`, and for other patterns the pattern
 * itself with its first and last day. Unspecified digits may stand anywhere in the year except all
 * four (`XXXX` is no date at all).
 */
export function readUnspecified(parsed: EdtfParsedDate, source: string): DatePart {
  const mask = parsed.unspecified ?? 0;
  if ((mask & 0b1111) === 0b1111) {
    throw new UnsupportedEdtfError(
      'a year of four unspecified digits (XXXX) is not supported: give a digit of the year (1XXX) or leave the start open (../2022)',
    );
  }
  const first = Math.log2(mask & -mask);
  const exact = unspecifiedBounds(source) ?? boundsFromEdtf(parsed);
  const precision: Precision =
    first <= 1 ? 'millennium' : first === 2 ? 'century' : first === 3 ? 'decade' : first < 6 ? 'year' : 'month';
  const digits = 2 + 2 * parsed.values.length;
  // Whole units left open: the millennium, century, decade or year digits, the month, the day.
  const regular = [1, 2, 3, 4, 6].includes(first) && mask === (1 << digits) - (1 << first);
  const e = parseIsoDate(exact.earliest);
  const l = parseIsoDate(exact.latest);
  const present = YMD.slice(0, parsed.values.length);
  const plain: PlainFields | undefined =
    !regular || first < 4 ? undefined : first === 6 ? { year: e.year, month: e.month } : { year: e.year };
  const label = !regular
    ? irregularLabel(source.replace(/[~?%]/g, ''), e, l)
    : first < 4
      ? someYearLabel(e.year, l.year)
      : first === 6
        ? monthLabel(e.year, e.month)
        : yearLabel(e.year);
  return finish({ exact, label, precision, present, qualifiers: parsed, plain });
}

/** Unspecified digits that do not leave a whole unit open. */
function irregularLabel(text: string, earliest: CalendarDate, latest: CalendarDate): string {
  const match = DATE_WITH_X.exec(text);
  if (match === null) return betweenLabel(earliest, latest);
  const [, sign = '', yyyy = '', mm, dd] = match;
  const pattern = `${sign}${yyyy}`;
  if (yyyy.includes('X')) {
    const trailing = /^\d*X+$/.test(yyyy);
    const years = trailing
      ? someYearLabel(earliest.year, latest.year)
      : `some year matching ${pattern} (${yearLabel(earliest.year)} to ${yearLabel(latest.year)})`;
    const known = (part: string | undefined) => part === undefined || !part.includes('X');
    const open = (part: string | undefined) => part === undefined || part === 'XX';
    if (known(mm) && known(dd) && mm !== undefined) {
      const month = monthName(Number(mm));
      return `${dd === undefined ? month : `${Number(dd)} ${month}`}, ${years}`;
    }
    if (open(mm) && open(dd)) return years;
    return patternLabel(text, dd !== undefined, earliest, latest);
  }
  if (isContiguous(text, earliest, latest, dd !== undefined)) return betweenLabel(earliest, latest);
  if (mm === 'XX' && dd !== undefined && !dd.includes('X')) {
    return `the ${ordinal(Number(dd))} of some month in ${yearLabel(earliest.year)}`;
  }
  return patternLabel(text, dd !== undefined, earliest, latest);
}

/** `some day matching 2022-X2-X1 (1 February 2022 to 31 December 2022)`. */
function patternLabel(text: string, days: boolean, earliest: CalendarDate, latest: CalendarDate): string {
  const label = (d: CalendarDate) => (days ? dayLabel(d.year, d.month, d.day) : monthLabel(d.year, d.month));
  return `some ${days ? 'day' : 'month'} matching ${text} (${label(earliest)} to ${label(latest)})`;
}

/** Whether every day (or month) from the first to the last matches the digits: then "between" says it all. */
function isContiguous(text: string, earliest: CalendarDate, latest: CalendarDate, days: boolean): boolean {
  const digits = text.replace(/^-/, '').replace(/-/g, '');
  const matches = (candidate: string) => [...digits].every((c, i) => c === 'X' || c === candidate[i]);
  for (let day = dayOfDate(earliest); day <= dayOfDate(latest); day++) {
    const date = dateOfDay(day);
    if (!days && date.day !== 1) continue;
    const candidate = isoDateOfDay(day).replace(/^-/, '').replace(/-/g, '');
    if (!matches(candidate)) return false;
  }
  return true;
}
