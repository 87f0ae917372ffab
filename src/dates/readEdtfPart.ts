import type { EdtfParsedDate, EdtfParsedDecade, EdtfParsedSingle, EdtfParsedYear } from 'edtf';
import { daysInMonth, parseIsoDate } from './calendar.ts';
import type { DatePart } from './DatePart.ts';
import { dayNumber } from './dayNumber.ts';
import { boundsFromEdtf, finish, iso, UnsupportedEdtfError } from './finishPart.ts';
import { dayLabel, monthLabel, timeLabel, yearLabel } from './formatDateLabel.ts';
import { centuryLabel, decadeLabel } from './formatPeriodLabel.ts';
import type { Precision } from './FuzzyDate.ts';
import type { Component } from './qualification.ts';
import { readSubYear } from './readSubYear.ts';
import { readUnspecified } from './readUnspecified.ts';
import type { Bounds } from './widenBounds.ts';

export { UnsupportedEdtfError } from './finishPart.ts';

const DAY_MS = 86_400_000;
const YMD: readonly Component[] = ['year', 'month', 'day'];
const DATE_PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
/** The longest year sorting can hold: day numbers of ±9,999,999 stay far inside safe integers. */
export const MAX_YEAR = 9_999_999;

/**
 * Turns one parsed EDTF date (not an interval) into bounds, precision, qualifiers and a label.
 * `source` is the text it was parsed from (for the time as written). Throws
 * {@link UnsupportedEdtfError} for valid EDTF outside Chronicle's subset.
 */
export function readEdtfPart(parsed: EdtfParsedSingle, source: string): DatePart {
  switch (parsed.type) {
    case 'Date':
      if (parsed.values.length > 3) return readDateTime(parsed, source);
      return parsed.unspecified ? readUnspecified(parsed, source) : readCalendarDate(parsed);
    case 'Season':
      return readSubYear(parsed);
    case 'Year':
      return readLongYear(parsed);
    case 'Decade':
    case 'Century':
      return readDecade(parsed);
    default: {
      const unexpected: never = parsed;
      throw new UnsupportedEdtfError(`${(unexpected as { type: string }).type} is not a single date`);
    }
  }
}

function readCalendarDate(parsed: EdtfParsedDate): DatePart {
  const [year = 0, month0, day] = parsed.values;
  const present = YMD.slice(0, parsed.values.length);
  const month = month0 === undefined ? undefined : month0 + 1;
  const exact: Bounds =
    month === undefined
      ? { earliest: iso(year, 1, 1), latest: iso(year, 12, 31) }
      : day === undefined
        ? { earliest: iso(year, month, 1), latest: iso(year, month, daysInMonth(year, month)) }
        : { earliest: iso(year, month, day), latest: iso(year, month, day) };
  const label =
    month === undefined ? yearLabel(year) : day === undefined ? monthLabel(year, month) : dayLabel(year, month, day);
  const precision = DATE_PRECISIONS[present.length - 1] as Precision;
  return finish({ exact, label, precision, present, qualifiers: parsed, plain: { year, month, day } });
}

/**
 * A date-time falls on the calendar day it is written on, in its own stated offset. The instant
 * (for ordering the ends of an interval) counts the stated offset, or UTC when none is stated:
 * edtf.js gives the server's offset then, which would make the same input valid or not by where
 * it runs.
 */
function readDateTime(parsed: EdtfParsedDate, source: string): DatePart {
  const [year = 0, month0 = 0, day = 1, hours = 0, minutes = 0, seconds = 0] = parsed.values;
  const date = iso(year, month0 + 1, day);
  const written = /T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)/.exec(source)?.[1] ?? '00:00';
  const fraction = Number(`0${/\.\d+/.exec(written)?.[0] ?? ''}`);
  const offsetMinutes = parsed.timeZone === undefined ? 0 : (parsed.offset ?? 0);
  const instant =
    dayNumber(date) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds + fraction) * 1000 - offsetMinutes * 60_000;
  return {
    exact: { earliest: date, latest: date },
    bounds: { earliest: date, latest: date },
    precision: 'time',
    approximate: false,
    uncertain: false,
    label: `${dayLabel(year, month0 + 1, day)}, ${timeLabel(written, parsed.timeZone)}`,
    instant,
  };
}

function readLongYear(parsed: EdtfParsedYear): DatePart {
  if (parsed.level > 1 || parsed.significant !== undefined) {
    throw new UnsupportedEdtfError(
      'years with an exponent or significant digits are not supported (write the year out, e.g. Y170000)',
    );
  }
  const [year] = parsed.values;
  if (!(Math.abs(year) <= MAX_YEAR)) {
    throw new UnsupportedEdtfError(`years are limited to ±9,999,999, so that every date can be sorted`);
  }
  const exact: Bounds = { earliest: iso(year, 1, 1), latest: iso(year, 12, 31) };
  const label = yearLabel(year);
  return finish({ exact, label, precision: 'year', present: ['year'], qualifiers: {}, plain: { year } });
}

function readDecade(parsed: EdtfParsedDecade): DatePart {
  const exact = boundsFromEdtf(parsed);
  const unit = parsed.type === 'Decade' ? 'decade' : 'century';
  const first = parseIsoDate(exact.earliest).year;
  const label = unit === 'decade' ? decadeLabel(first) : centuryLabel(first);
  return finish({ exact, label, precision: unit, present: [unit], qualifiers: parsed });
}
