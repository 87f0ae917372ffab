import { firstOfMonth, isoOf, lastOfMonth, calendarOf, dayOf } from './calendarDays.ts';
import { pad } from '../dates/calendar.ts';
import { dayNumber } from '../dates/dayNumber.ts';
import { parseFuzzyDate } from '../dates/parseFuzzyDate.ts';

/**
 * A date as capture proposes it: the EDTF written into the draft, with the days it may fall on
 * (`null` for an open end) kept alongside for the arithmetic of relative phrases.
 */
export interface CapturedDate {
  readonly edtf: string;
  readonly earliest: number | null;
  readonly latest: number | null;
  /** The year was not stated and its source is itself uncertain (EDTF `?`). */
  readonly uncertain: boolean;
}

const q = (uncertain: boolean) => (uncertain ? '?' : '');
const yyyy = (year: number) => pad(year, 4);

export const dayDate = (day: number, uncertain = false): CapturedDate => ({
  edtf: `${q(uncertain)}${isoOf(day)}`,
  earliest: day,
  latest: day,
  uncertain,
});

export const monthDate = (year: number, month: number, uncertain = false): CapturedDate => ({
  edtf: `${q(uncertain)}${yyyy(year)}-${pad(month, 2)}`,
  earliest: firstOfMonth(year, month),
  latest: lastOfMonth(year, month),
  uncertain,
});

export const yearDate = (year: number, uncertain = false): CapturedDate => ({
  edtf: `${yyyy(year)}${q(uncertain)}`,
  earliest: dayOf(year, 1, 1),
  latest: dayOf(year, 12, 31),
  uncertain,
});

/**
 * EDTF "sub-year groupings": 21–24 the meteorological Northern seasons (winter runs from December
 * into the next year), 33–36 the quarters, 40–41 the halves (docs/design.md, Fuzzy dates).
 */
const GROUPINGS: Record<number, readonly [number, number]> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [12, 14],
  // The Southern Hemisphere's spring, summer, autumn and winter.
  29: [9, 11],
  30: [12, 14],
  31: [3, 5],
  32: [6, 8],
  33: [1, 3],
  34: [4, 6],
  35: [7, 9],
  36: [10, 12],
  40: [1, 6],
  41: [7, 12],
};

export function groupingDate(year: number, code: number, uncertain = false): CapturedDate {
  const months = GROUPINGS[code];
  if (!months) throw new RangeError(`no sub-year grouping ${code}`);
  const [from, to] = months;
  const endYear = to > 12 ? year + 1 : year;
  return {
    edtf: `${yyyy(year)}-${code}${q(uncertain)}`,
    earliest: firstOfMonth(year, from),
    latest: lastOfMonth(endYear, to > 12 ? to - 12 : to),
    uncertain,
  };
}

/** A decade: `195X` is 1950–1959. */
export const decadeDate = (decade: number): CapturedDate => ({
  edtf: `${String(decade / 10).padStart(3, '0')}X`,
  earliest: dayOf(decade, 1, 1),
  latest: dayOf(decade + 9, 12, 31),
  uncertain: false,
});

/**
 * The date whose bounds are exactly these days, written as simply as EDTF allows: a day, a month,
 * a year, a run of whole years (`2020/2023`), of whole months (`2022-09/2022-12`) or of days
 * (`2022-06-01/2022-06-10`).
 */
export function spanDate(earliest: number, latest: number, uncertain = false): CapturedDate {
  if (latest < earliest) throw new RangeError('a span cannot end before it starts');
  if (earliest === latest) return dayDate(earliest, uncertain);
  const a = calendarOf(earliest);
  const b = calendarOf(latest);
  const wholeMonths = a.day === 1 && latest === lastOfMonth(b.year, b.month);
  if (wholeMonths && a.year === b.year && a.month === 1 && b.month === 12) return yearDate(a.year, uncertain);
  if (wholeMonths && a.year === b.year && a.month === b.month) return monthDate(a.year, a.month, uncertain);
  const ends =
    wholeMonths && a.month === 1 && b.month === 12
      ? [yearDate(a.year, uncertain).edtf, yearDate(b.year, uncertain).edtf]
      : wholeMonths
        ? [monthDate(a.year, a.month, uncertain).edtf, monthDate(b.year, b.month, uncertain).edtf]
        : [dayDate(earliest, uncertain).edtf, dayDate(latest, uncertain).edtf];
  return { edtf: `${ends[0]}/${ends[1]}`, earliest, latest, uncertain };
}

const startOf = (d: CapturedDate): string => d.edtf.split('/')[0] ?? d.edtf;
const endOf = (d: CapturedDate): string => d.edtf.split('/').at(-1) ?? d.edtf;

/** From the start of `from` to the end of `to` ("between 2019 and 2021" → `2019/2021`). */
export function rangeDate(from: CapturedDate, to: CapturedDate): CapturedDate {
  const edtf = `${startOf(from)}/${endOf(to)}`;
  return { edtf, earliest: from.earliest, latest: to.latest, uncertain: from.uncertain || to.uncertain };
}

/** On or before the end of `d` ("by June" → `../2024-06`). */
export const onOrBefore = (d: CapturedDate): CapturedDate => ({
  edtf: `../${endOf(d)}`,
  earliest: null,
  latest: d.latest,
  uncertain: d.uncertain,
});

/** From the start of `d` on ("since 2019" → `2019/..`). */
export const onOrAfter = (d: CapturedDate): CapturedDate => ({
  edtf: `${startOf(d)}/..`,
  earliest: d.earliest,
  latest: null,
  uncertain: d.uncertain,
});

/** Bounds as a date: a closed span, or an open one on the side whose bound is `null`. */
export function boundsDate(earliest: number | null, latest: number | null, uncertain = false): CapturedDate {
  if (earliest !== null && latest !== null) return spanDate(earliest, latest, uncertain);
  if (earliest !== null) return onOrAfter(dayDate(earliest, uncertain));
  if (latest !== null) return onOrBefore(dayDate(latest, uncertain));
  throw new RangeError('a date needs at least one bound');
}

/** The date an EDTF string names, or `null` when it is not EDTF. */
export function dateOf(edtf: string): CapturedDate | null {
  try {
    const d = parseFuzzyDate(edtf);
    return {
      edtf: d.edtf,
      earliest: d.earliest === null ? null : dayNumber(d.earliest),
      latest: d.latest === null ? null : dayNumber(d.latest),
      uncertain: d.uncertain || d.approximate,
    };
  } catch {
    return null;
  }
}
