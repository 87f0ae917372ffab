import edtf from 'edtf';
import type {
  EdtfParsedDate,
  EdtfParsedDecade,
  EdtfParsedSeason,
  EdtfParsedSingle,
  EdtfParsedYear,
  EdtfQualifier,
} from 'edtf';
import { daysInMonth, formatIsoDate, parseIsoDate } from './calendar.ts';
import type { DatePart, PlainFields } from './DatePart.ts';
import { dayNumber } from './dayNumber.ts';
import {
  dayLabel,
  monthLabel,
  qualifyLabel,
  seasonLabel,
  timeLabel,
  yearLabel,
  yearsLabel,
} from './formatDateLabel.ts';
import { betweenLabel } from './formatSpanLabel.ts';
import type { Precision } from './FuzzyDate.ts';
import { isoDateOfDay } from './isoDateOfDay.ts';
import { approximationUnit, qualifiedComponents, type Component } from './qualification.ts';
import { unspecifiedBounds } from './unspecifiedBounds.ts';
import { widenBounds, type Bounds } from './widenBounds.ts';

/** Valid EDTF that Chronicle does not accept; the message says what and why. */
export class UnsupportedEdtfError extends Error {}

const DAY_MS = 86_400_000;
const YMD: readonly Component[] = ['year', 'month', 'day'];
const DATE_PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
/** First month of each meteorological (Northern Hemisphere) season. */
const SEASON_START: Readonly<Record<number, number>> = { 21: 3, 22: 6, 23: 9, 24: 12 };

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
      return readSeason(parsed);
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

function readDateTime(parsed: EdtfParsedDate, source: string): DatePart {
  const [year = 0, month0 = 0, day = 1, hours = 0, minutes = 0, seconds = 0] = parsed.values;
  const date = iso(year, month0 + 1, day);
  const written = /T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)/.exec(source)?.[1] ?? '00:00';
  const fraction = Number(`0${/\.\d+/.exec(written)?.[0] ?? ''}`);
  const instant =
    dayNumber(date) * DAY_MS +
    ((hours * 60 + minutes) * 60 + seconds + fraction) * 1000 -
    (parsed.offset ?? 0) * 60_000;
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

/** `X` digits: the bounds come from the digits ({@link unspecifiedBounds}); the first `X` sets the precision. */
function readUnspecified(parsed: EdtfParsedDate, source: string): DatePart {
  const mask = parsed.unspecified ?? 0;
  const first = Math.log2(mask & -mask);
  if (first < 2) {
    throw new UnsupportedEdtfError(
      'more than two unspecified year digits are not supported (write an interval such as 1000/1999)',
    );
  }
  const exact = unspecifiedBounds(source) ?? boundsFromEdtf(parsed);
  const precision: Precision = first === 2 ? 'century' : first === 3 ? 'decade' : first < 6 ? 'year' : 'month';
  const digits = 2 + 2 * parsed.values.length;
  const regular = [2, 3, 4, 6].includes(first) && mask === (1 << digits) - 1 - ((1 << first) - 1);
  const e = parseIsoDate(exact.earliest);
  const l = parseIsoDate(exact.latest);
  const present = YMD.slice(0, parsed.values.length);
  if (!regular) return finish({ exact, label: betweenLabel(e, l), precision, present, qualifiers: parsed });
  const label =
    precision === 'month'
      ? monthLabel(e.year, e.month)
      : precision === 'year'
        ? yearLabel(e.year)
        : yearsLabel(e.year, l.year);
  const plain: PlainFields | undefined =
    precision === 'month' ? { year: e.year, month: e.month } : precision === 'year' ? { year: e.year } : undefined;
  return finish({ exact, label, precision, present, qualifiers: parsed, plain });
}

function readSeason(parsed: EdtfParsedSeason): DatePart {
  const [year, season] = parsed.values;
  const startMonth = SEASON_START[season];
  if (startMonth === undefined) {
    throw new UnsupportedEdtfError(
      `season ${season} is not supported (only 21 spring, 22 summer, 23 autumn and 24 winter)`,
    );
  }
  if (parsed.unspecified) {
    throw new UnsupportedEdtfError('a season with unspecified digits is not supported');
  }
  // Meteorological seasons: three whole months; winter runs into February of the next year.
  const endIndex = year * 12 + startMonth + 1; // zero-based month index of the third month
  const endYear = Math.floor(endIndex / 12);
  const endMonth = endIndex - endYear * 12 + 1;
  const exact: Bounds = {
    earliest: iso(year, startMonth, 1),
    latest: iso(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
  return finish({
    exact,
    label: seasonLabel(year, season),
    precision: 'season',
    present: ['year', 'season'],
    qualifiers: parsed,
  });
}

function readLongYear(parsed: EdtfParsedYear): DatePart {
  if (parsed.level > 1 || parsed.significant !== undefined) {
    throw new UnsupportedEdtfError(
      'years with an exponent or significant digits are not supported (write the year out, e.g. Y170000002)',
    );
  }
  const [year] = parsed.values;
  const exact: Bounds = { earliest: iso(year, 1, 1), latest: iso(year, 12, 31) };
  const label = yearLabel(year);
  return finish({ exact, label, precision: 'year', present: ['year'], qualifiers: {}, plain: { year } });
}

function readDecade(parsed: EdtfParsedDecade): DatePart {
  const exact = boundsFromEdtf(parsed);
  const unit = parsed.type === 'Decade' ? 'decade' : 'century';
  const label = yearsLabel(parseIsoDate(exact.earliest).year, parseIsoDate(exact.latest).year);
  return finish({ exact, label, precision: unit, present: [unit], qualifiers: parsed });
}

interface Unqualified {
  exact: Bounds;
  label: string;
  precision: Precision;
  present: readonly Component[];
  qualifiers: { approximate?: EdtfQualifier; uncertain?: EdtfQualifier };
  plain?: PlainFields | undefined;
}

/** Applies the qualifiers: widening for `~`, marks in the label. */
function finish({ exact, label, precision, present, qualifiers, plain }: Unqualified): DatePart {
  const approximate = qualifiedComponents(qualifiers.approximate, present);
  const uncertain = qualifiedComponents(qualifiers.uncertain, present);
  const unit = approximationUnit(approximate, present);
  const qualified = approximate.length > 0 || uncertain.length > 0;
  return {
    exact,
    bounds: unit === null ? exact : widenBounds(exact, unit, isWholeMonths(exact)),
    precision,
    approximate: approximate.length > 0,
    uncertain: uncertain.length > 0,
    label: qualifyLabel(label, approximate, uncertain, present),
    plain: qualified ? undefined : plain,
  };
}

function isWholeMonths({ earliest, latest }: Bounds): boolean {
  const last = parseIsoDate(latest);
  return parseIsoDate(earliest).day === 1 && last.day === daysInMonth(last.year, last.month);
}

function boundsFromEdtf(parsed: EdtfParsedDate | EdtfParsedDecade): Bounds {
  const { min, max } = edtf(parsed);
  return {
    earliest: isoDateOfDay(Math.floor(min / DAY_MS)),
    latest: isoDateOfDay(Math.floor(max / DAY_MS)),
  };
}

function iso(year: number, month: number, day: number): string {
  return formatIsoDate({ year, month, day });
}
