/**
 * Date checks: the temporal network of facts and relations, and the finding rules (docs/design.md
 * "Date checks"). Pure: no I/O, no clock, no database.
 */
export type { CheckCitation, CheckFact, CheckRelation, CheckSource, Finding, FindingCode, HeldText } from './types.ts';
export { FINDING_CODES } from './types.ts';
export { relationComponents } from './relationComponents.ts';
export { checkComponent } from './checkComponent.ts';
export { checkAll } from './checkAll.ts';
export { parseStatedDate } from './statedDates.ts';
export { narrowedBounds, type NarrowedBounds } from './narrowedBounds.ts';
