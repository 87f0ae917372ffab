/**
 * How finely a fuzzy date was given. Finer first: `time` (a date-time), `day`, `month`,
 * `season`, `quarter`, `half` (of a year), `year`, `decade`, `century`, `millennium` (unspecified
 * digits in the first or second digit of the year, `1XXX`).
 */
export type Precision =
  'time' | 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'millennium';

/**
 * A date as a person wrote it (an EDTF string), with the calendar days it may fall on.
 *
 * Bounds are proleptic Gregorian calendar dates, `YYYY-MM-DD`; years outside 0000–9999 are written
 * in ISO expanded form (`+170000002-01-01`, `-0100-03-01`). They already include the widening for
 * `~` (see {@link APPROXIMATION_RULE}).
 *
 * @example
 * parseFuzzyDate('2022-04~')
 * //=> { edtf: '2022-04~', earliest: '2022-03-01', latest: '2022-05-31', precision: 'month',
 * //     approximate: true, uncertain: false, label: 'c. April 2022' }
 */
export interface FuzzyDate {
  /** The input, trimmed, as the user wrote it (`?2022-04-22` stays `?2022-04-22`). */
  edtf: string;
  /** First possible day; `null` when the start is open or unknown (`../2022-10`, `/2022-10`). */
  earliest: string | null;
  /** Last possible day; `null` when the end is open or unknown (`2022-04/..`, `2022-04/`). */
  latest: string | null;
  /** For intervals: the coarsest precision of the ends that are given. */
  precision: Precision;
  /** Any `~` or `%`, on the whole date or on one component. */
  approximate: boolean;
  /** Any `?` or `%`, on the whole date or on one component. */
  uncertain: boolean;
  /** An English label such as `22 April 2022`, `c. April 2022`, `by October 2022`. */
  label: string;
}
