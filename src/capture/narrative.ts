import type { CapturedDate } from './capturedDate.ts';
import type { Lang } from './lexicon.ts';
import type { Tense } from './tense.ts';
import type { FactIndex } from './factIndex.ts';
import type { QuoteMarks } from './quoteMarks.ts';
import type { StatedDate } from './statedAhead.ts';
import type { StoryOpening } from './storyOpening.ts';

/** A fact a relative phrase may anchor to: one of the draft's, or one already in the store. */
export interface PriorFact {
  readonly id: string;
  readonly date: CapturedDate;
  readonly stems: ReadonlySet<string>;
  /** The stems of the words that state the clause's own event ("recalled", "the fire started"). */
  readonly eventStems?: ReadonlySet<string>;
  /** The stems its clause holds only about something else: "the fireball's path", "a warrant to seize" (see `asideStemsOf`). */
  readonly asideStems?: ReadonlySet<string>;
  readonly summary: string;
  /** Whether its date is counted from another fact ("by then", "two days later"), not stated. */
  readonly derived?: boolean;
  /** Whether it is told in an aside in the pluperfect (", who had taken over … in February 2023,"). */
  readonly background?: boolean;
  /** The fact it counts back from ("three weeks earlier", "two days before the vote"), a look back told after it. */
  readonly countedBackFrom?: string;
  /** Whether its date is the last time something happened ("had not used the title since the 1930s"). */
  readonly lastTime?: boolean;
  /** The stems of the sentences without a date after its own that go on telling its event (see `toldOn.ts`). */
  readonly toldOn?: ReadonlySet<string>;
  /** Draft facts: their place in the text (0, 1, …); facts from the store: -1. */
  readonly order: number;
  /** Draft facts: the paragraph their date is told in (1-based). */
  readonly paragraph?: number;
}

/**
 * What the text has established so far, as capture reads it in order: the publication date, the
 * reference time for dates without a year, the last day named, and the facts read.
 */
export interface Narrative {
  readonly lang: Lang;
  readonly publication: CapturedDate | null;
  /** The day of the capture, for a text with no publication date. */
  readonly today: number;
  /** The last date the text established to within four months (a day, a month, a season, a quarter). */
  reference: CapturedDate | null;
  /** The paragraph of the last date that set `reference`, and whether that date was written with its year. */
  referenceParagraph: number;
  referenceStated: boolean;
  /** Where the phrase of the date that set `reference` ends in the text. */
  referenceEnd: number;
  /** Whether the date that set `reference` is later than the reference before it: the story told in order. */
  referenceForward: boolean;
  /** The last date within one calendar year written with its year (a day, a month, a season, a span), and the sentence (its start) it frames. */
  yearFrame: { readonly date: CapturedDate; readonly sentence: number } | null;
  /** The last single day the text named, and the fact dated exactly that day. */
  lastDay: { readonly day: number; readonly uncertain: boolean; readonly factId: string } | null;
  /** The draft's facts so far, in text order, and by the stems of their clauses. */
  readonly facts: PriorFact[];
  readonly index: FactIndex;
  /** The latest draft fact dated exactly each day. */
  readonly datedDays: Map<number, string>;
  /** The store's facts by stems, built when a relative phrase first names an event. */
  readonly storeIndex: () => FactIndex;
  /** The text's quotation marks, for day words in quoted speech. */
  readonly quotes: QuoteMarks;
  /** The story's opening, once its first event told with its day is read (`storyOpening.ts`). */
  opening?: StoryOpening;
}

/** What one date phrase is read against. */
export interface PhraseContext {
  /** The phrase as written. */
  readonly phrase: string;
  readonly tense: Tense;
  readonly narrative: Narrative;
  /** The paragraph the phrase is in (1-based), and the start of its sentence. */
  readonly paragraph?: number;
  readonly sentence?: number;
  /** Whether the words of its clause before the phrase are in the pluperfect ("had told her in January"). */
  readonly pluperfect?: boolean;
  /** Whether "said" reports it in a sentence with no date of its own before it: told at the publication. */
  readonly reportedNow?: boolean;
  /** The next date the text writes with its year, after the phrase (`statedAhead.ts`). */
  readonly nextStated?: StatedDate | null;
  /** Whether the phrase's date ends a bound ("by June", "before 31 March", "hasta el 31 de mayo"): its year is chosen by what the bound states. */
  readonly endsBound?: boolean;
  /** Whether the text tells something in the present between the date that set the reference time and the phrase. */
  readonly presentSinceReference?: boolean;
}

/** Dates whose span is at most this many days set the reference time ("early 2022" does, "2022" does not). */
export const REFERENCE_SPAN_DAYS = 123;
