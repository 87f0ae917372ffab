import type { Weekday } from '../dates/index.ts';

export type { Weekday };

/** A fact's link to a source, as the date checks see it. */
export interface CheckCitation {
  source: string;
  quote: string | null;
  /** The date as the source writes it, free text (`April 22`, `22 April 2022`, `2022-04-22`). */
  statedDate: string | null;
  statedWeekday: Weekday | null;
}

/** A dated link from the fact that owns it (the subject) to `target`. */
export interface CheckRelation {
  kind: 'after' | 'before' | 'same-day';
  target: string;
  /** An exact distance as an ISO 8601 duration in days or weeks (`P10D`, `P2W`); `null` only orders. */
  offset: string | null;
}

/** One fact, as the date checks see it: its current state, nothing of its history. */
export interface CheckFact {
  factId: string;
  /** EDTF, see docs/design.md "Fuzzy dates". */
  when: string;
  retracted: boolean;
  relations: CheckRelation[];
  citations: CheckCitation[];
}

/** A source's full text, held: whether a quote is in it (whitespace and quotation marks normalised). */
export interface HeldText {
  has(quote: string): boolean;
}

export interface CheckSource {
  sourceId: string;
  /** EDTF; `null` when unknown. */
  publishedOn: string | null;
  /** BCP 47 tag (`en-US`, `es-MX`): how the source writes numeric dates; `null` or absent when unknown. */
  locale?: string | null;
  /** The source's text when it is held: its citations' quotes are then looked for in it. */
  text?: HeldText | null;
}

export type FindingCode =
  | 'relation-violated'
  | 'relations-inconsistent'
  | 'weekday-mismatch'
  | 'after-publication'
  | 'quote-not-in-source'
  | 'sources-disagree'
  | 'dangling-relation'
  | 'date-narrowed'
  | 'imprecise-date'
  | 'stated-date-unread';

/** Codes in the order findings are listed (errors, then warnings, then information). */
export const FINDING_CODES: readonly FindingCode[] = [
  'relation-violated',
  'relations-inconsistent',
  'weekday-mismatch',
  'after-publication',
  'quote-not-in-source',
  'sources-disagree',
  'dangling-relation',
  'date-narrowed',
  'imprecise-date',
  'stated-date-unread',
];

export type Severity = 'error' | 'warning' | 'info';

/** A result of the date checks. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The fact ids involved, the subject first. */
  facts: string[];
  /** One sentence: what is expected and what was found. */
  message: string;
  /** `date-narrowed` only: the bounds the relations imply (`null` = still open). */
  implied?: { earliest: string | null; latest: string | null };
}
