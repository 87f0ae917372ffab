/**
 * How far `~` (approximate, also in `%`) widens a date's bounds on each side, by the unit the
 * qualifier applies to:
 *
 * | unit      | widening          | example                                      |
 * | --------- | ----------------- | -------------------------------------------- |
 * | `day`     | ±3 days           | `2022-04-22~` → 2022-04-19 … 2022-04-25      |
 * | `month`   | ±1 calendar month | `2022-04~` → 2022-03-01 … 2022-05-31         |
 * | `season`  | ±1 calendar month | `2022-21~` (spring) → 2022-02-01 … 2022-06-30 |
 * | `quarter` | ±1 calendar month | `2022-34~` (Q2) → 2022-03-01 … 2022-07-31     |
 * | `half`    | ±1 calendar month | `2022-40~` → 2021-12-01 … 2022-07-31          |
 * | `year`    | ±1 year           | `2022~` → 2021-01-01 … 2023-12-31            |
 * | `decade`  | ±1 year           | `196~` → 1959-01-01 … 1970-12-31             |
 * | `century` | ±10 years         | `19~` → 1890-01-01 … 2009-12-31              |
 * | `millennium` | ±100 years     | `1XXX~` → 900-01-01 … 2099-12-31             |
 *
 * Decades, centuries and millennia widen by a tenth of their length. Date-times cannot be qualified in EDTF.
 *
 * A qualifier on one component widens by that component's unit: `2022~-04-22` (year) ±1 year,
 * `2022-~04-22` (month) ±1 month, `2022-04-~22` (day) ±3 days. A qualifier that covers the year
 * and the components after it (`2022-04~-22`, `2022-04-22~`) widens by the finest of them. When
 * several qualifiers apply, the widest wins. Month and year shifts clamp to the end of shorter
 * months (`2022-~03-31` starts on 2022-02-28).
 */
export const APPROXIMATION_RULE = {
  /** days either side */
  day: 3,
  /** calendar months either side */
  month: 1,
  /** calendar months either side */
  season: 1,
  /** calendar months either side */
  quarter: 1,
  /** calendar months either side */
  half: 1,
  /** years either side */
  year: 1,
  /** years either side */
  decade: 1,
  /** years either side */
  century: 10,
  /** years either side */
  millennium: 100,
} as const;

/** A unit a `~` can apply to: every precision except `time`. */
export type ApproximationUnit = keyof typeof APPROXIMATION_RULE;
