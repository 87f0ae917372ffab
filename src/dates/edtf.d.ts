/**
 * Types for the parts of the `edtf` package (edtf.js 4.x, which ships none) that `src/dates` uses.
 *
 * `parse()` returns plain objects straight from the grammar; `edtf()` builds the extended date
 * objects that compute `min`/`max` (epoch milliseconds, UTC).
 */
declare module 'edtf' {
  /** `true` (the whole value) or a bitmask over the digits `YYYYMMDD` (bit 0 = first year digit). */
  export type EdtfQualifier = boolean | number;

  export interface EdtfParsedDate {
    type: 'Date';
    level: number;
    /** Year, zero-based month, day, hours, minutes, seconds, milliseconds: as many as were given. */
    values: number[];
    uncertain?: EdtfQualifier;
    approximate?: EdtfQualifier;
    /** Bitmask of the digits written as `X`; `values` then hold the least possible value. */
    unspecified?: number;
    /** Minutes east of UTC; `0` also for a date-time without a zone. */
    offset?: number;
    /** `+HH:MM`, present only when the input named a zone (`Z` gives `+00:00`). */
    timeZone?: string;
  }

  export interface EdtfParsedSeason {
    type: 'Season';
    level: number;
    /** Year and season number (21–41). */
    values: [number, number];
    uncertain?: EdtfQualifier;
    approximate?: EdtfQualifier;
    unspecified?: number;
  }

  export interface EdtfParsedYear {
    type: 'Year';
    level: number;
    values: [number];
    significant?: number;
  }

  export interface EdtfParsedDecade {
    type: 'Decade' | 'Century';
    level: number;
    values: [number];
    uncertain?: EdtfQualifier;
    approximate?: EdtfQualifier;
  }

  export type EdtfParsedSingle = EdtfParsedDate | EdtfParsedSeason | EdtfParsedYear | EdtfParsedDecade;

  /** A date with unspecified digits inside an interval comes without `type` and `level`. */
  export interface EdtfUntypedDate extends Omit<EdtfParsedDate, 'type' | 'level'> {
    type?: undefined;
    level?: number;
  }

  /** `Infinity` for an open end (`..`), `null` for an unknown (empty) end. */
  export type EdtfIntervalEnd = EdtfParsedSingle | EdtfUntypedDate | number | null;

  export interface EdtfParsedInterval {
    type: 'Interval';
    level: number;
    values: [EdtfIntervalEnd, EdtfIntervalEnd];
  }

  export interface EdtfParsedCollection {
    type: 'List' | 'Set';
    level: number;
    /** Dates, and `[from, to]` pairs for ranges (`2019-03..2019-05`). */
    values: unknown[];
    /** `[..1760-12-03]`: the first date or any earlier one. */
    earlier?: boolean;
    /** `[1760-12..]`: the last date or any later one. */
    later?: boolean;
  }

  export type EdtfParsed = EdtfParsedSingle | EdtfParsedInterval | EdtfParsedCollection;

  export interface EdtfConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }

  /** Parses with the grammar only; throws an `Error` when the input is not EDTF. */
  export function parse(input: string, constraints?: EdtfConstraints): EdtfParsed;

  export interface EdtfObject {
    readonly type: string;
    readonly edtf: string;
    /** Epoch milliseconds (UTC) of the first instant; `NaN` for years beyond the JS Date range. */
    readonly min: number;
    /** Epoch milliseconds (UTC) of the last instant. */
    readonly max: number;
  }

  export default function edtf(input: string | EdtfParsed, constraints?: EdtfConstraints): EdtfObject;
}
