import edtf, { type EdtfParsedDate, type EdtfParsedDecade, type EdtfQualifier } from 'edtf';
import { daysInMonth, formatIsoDate, parseIsoDate } from './calendar.ts';
import type { DatePart, PlainFields } from './DatePart.ts';
import { qualifyLabel } from './formatDateLabel.ts';
import type { Precision } from './FuzzyDate.ts';
import { isoDateOfDay } from './isoDateOfDay.ts';
import { approximationUnit, qualifiedComponents, type Component } from './qualification.ts';
import { widenBounds, type Bounds } from './widenBounds.ts';

/** Valid EDTF that Chronicle does not accept; the message says what and why. */
export class UnsupportedEdtfError extends Error {}

/** A date part before its qualifiers are applied. */
export interface Unqualified {
  exact: Bounds;
  label: string;
  precision: Precision;
  present: readonly Component[];
  qualifiers: { approximate?: EdtfQualifier; uncertain?: EdtfQualifier };
  plain?: PlainFields | undefined;
}

/** Applies the qualifiers: widening for `~`, marks in the label. */
export function finish({ exact, label, precision, present, qualifiers, plain }: Unqualified): DatePart {
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

/** `YYYY-MM-DD` of the fields. */
export function iso(year: number, month: number, day: number): string {
  return formatIsoDate({ year, month, day });
}

const DAY_MS = 86_400_000;

/** The bounds edtf.js computes (epoch milliseconds, UTC) as days. */
export function boundsFromEdtf(parsed: EdtfParsedDate | EdtfParsedDecade): Bounds {
  const { min, max } = edtf(parsed);
  return {
    earliest: isoDateOfDay(Math.floor(min / DAY_MS)),
    latest: isoDateOfDay(Math.floor(max / DAY_MS)),
  };
}
