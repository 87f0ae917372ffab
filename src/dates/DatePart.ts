import type { Precision } from './FuzzyDate.ts';
import type { Bounds } from './widenBounds.ts';

/** One single date: a whole fuzzy date, or one end of an interval. Internal to `src/dates`. */
export interface DatePart {
  /** Bounds as written, before `~` widening: what interval ends are checked against. */
  readonly exact: Bounds;
  /** Bounds after widening. */
  readonly bounds: Bounds;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** Full label, qualifiers included. */
  readonly label: string;
  /** Calendar fields of an unqualified day, month or year, so a span can share them. */
  readonly plain?: PlainFields;
  /** For a date-time: milliseconds since 1970-01-01T00:00Z (a date-time without a zone as UTC). */
  readonly instant?: number;
}

export interface PlainFields {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}
