/** Fuzzy dates: EDTF parsing, bounds, ordering and labels. Pure: no clock, no I/O. */
export type { FuzzyDate, Precision } from './FuzzyDate.ts';
export { parseFuzzyDate } from './parseFuzzyDate.ts';
export { sortKeyOf, type SortKey } from './sortKeyOf.ts';
export { compareFuzzyDates } from './compareFuzzyDates.ts';
export { dayNumber } from './dayNumber.ts';
export { isoDateOfDay } from './isoDateOfDay.ts';
export { weekdayOf, type Weekday } from './weekdayOf.ts';
export { APPROXIMATION_RULE } from './approximationRule.ts';
export { yearLabel } from './formatDateLabel.ts';
export { parseRelationOffset, OffsetError, RELATION_OFFSET_PATTERN, type Duration } from './relationOffset.ts';
export { shiftDay, spanRange, type Direction } from './offsetArithmetic.ts';
