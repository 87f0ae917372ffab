import type { CapturedDate } from './capturedDate.ts';
import { isoOf } from './calendarDays.ts';
import { parseFuzzyDate } from '../dates/parseFuzzyDate.ts';

/** How one date phrase was read: the date, the one-sentence rule, how sure, and any relation. */
export interface Resolution {
  readonly date: CapturedDate;
  readonly rule: string;
  /** 0–1; below 0.5 when the phrase could not be resolved and the date is the widest honest one. */
  readonly confidence: number;
  readonly relation: DraftRelation | null;
  /** The weekday the phrase names (0 = Monday), if any. */
  readonly weekday: number | null;
}

export interface DraftRelation {
  readonly type: 'after' | 'before' | 'same-day';
  readonly fact: string;
  /** In the offset grammar of docs/design.md (`P10D`, `P2M~`, `../P1Y`), or `null` when it only orders. */
  readonly offset: string | null;
}

/** A date in words for the rule sentences: its label, or its bounds when the label cannot be made. */
export function labelOf(date: CapturedDate): string {
  try {
    return parseFuzzyDate(date.edtf).label;
  } catch {
    const from = date.earliest === null ? '…' : isoOf(date.earliest);
    const to = date.latest === null ? '…' : isoOf(date.latest);
    return from === to ? from : `${from} to ${to}`;
  }
}

export const quoted = (phrase: string): string => `'${phrase.replace(/\s+/g, ' ').trim()}'`;
