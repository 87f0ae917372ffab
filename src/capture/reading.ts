import type { OffsetUnit } from './calendarDays.ts';
import type { Season } from './lexicon.ts';
import type { RuleDay } from './ruleDays.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * What a date phrase says, component by component, before any year or anchor is resolved. Only
 * what the text states is here: a missing year is `null`, never a guess.
 */

/** Where a phrase without a year takes its year from. */
export type YearHint =
  /** The year is written. */
  | 'stated'
  /** None given: the narrative's reference time decides. */
  | 'narrative'
  /** "this April", "of this year", "este año": the publication's year. */
  | 'this'
  /** "last April", "el pasado 2 de mayo": the latest one before publication. */
  | 'last'
  /** "next April", "el próximo 28 de junio": the first one after publication. */
  | 'next'
  /** "in March last year", "del año pasado": the year before the publication's. */
  | 'last-year'
  /** "in March next year", "del próximo año": the year after the publication's. */
  | 'next-year'
  /** "of that year", "de ese año": the year of the previous event. */
  | 'that'
  /** "the previous autumn", "el otoño anterior": the latest one that ended before the reference time. */
  | 'previous'
  /** "the following spring", "la primavera siguiente": the first one that began after the reference time. */
  | 'following';

/** "early" / "mid" / "late", and the halves and ends of a month or year. */
export type Part = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

export type Offset =
  | {
      readonly kind: 'exact' | 'about' | 'at-most' | 'at-least';
      readonly count: number;
      readonly unit: OffsetUnit;
      /** Two units as the text counts them ("a year and two months": `1Y2M`), `count` and `unit` their sum. */
      readonly written?: string;
    }
  | { readonly kind: 'between'; readonly count: number; readonly upTo: number; readonly unit: OffsetUnit };

/** The event a relative phrase counts from. */
export type Anchor =
  /**
   * "after the inspection": the earlier event whose clause shares these words. `strict`: the
   * phrase is a date only when such an event exists ("since the fire"; "since the pandemic",
   * naming none, is no date), never the previous event in its place.
   */
  | { readonly kind: 'named'; readonly words: string; readonly strict?: boolean }
  /** "three days later": the previous event in the text. */
  | { readonly kind: 'previous' }
  /** "on that date", "that day": the last day the text named. */
  | { readonly kind: 'last-day' };

export type Reading =
  | {
      readonly kind: 'calendar';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
      /** 0 = Monday, when the phrase names the weekday of the date. */
      readonly weekday: number | null;
      readonly yearHint: YearHint;
      /** "the first Sunday in October" (1), "the last Saturday of August" (−1): that weekday of the month, its day the year's. */
      readonly nth?: number;
      /** "Easter Monday", "Thanksgiving", "Semana Santa": a holiday whose day a calendar rule gives (`ruleDays.ts`). */
      readonly ruleDay?: RuleDay;
      /** "Independence Day": a national day fixed by law, in words for the rule ("Pakistan's Independence Day, 14 August"). */
      readonly nationalDay?: string;
    }
  | {
      readonly kind: 'season';
      readonly season: Season;
      readonly year: number | null;
      readonly yearHint: YearHint;
      /** The Southern Hemisphere's season (winter = June–August): the story is told there. */
      readonly southern?: boolean;
    }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year: number | null; readonly yearHint: YearHint }
  | { readonly kind: 'half'; readonly half: number; readonly year: number | null; readonly yearHint: YearHint }
  | { readonly kind: 'decade'; readonly decade: number }
  /**
   * "the second quarter of fiscal 2025", "Q3 FY24": a part of the fiscal year named for the
   * calendar year it ends in; `endMonth`, the month it ends in, where the text says it.
   */
  | {
      readonly kind: 'fiscal';
      readonly unit: 'quarter' | 'half';
      readonly n: number;
      readonly year: number;
      readonly endMonth: number | null;
    }
  /** "early 2023", "mid-July", "la segunda quincena de junio". */
  | { readonly kind: 'part'; readonly part: Part; readonly of: Reading }
  /** Counted from the publication: "yesterday" (day, −1), "last week", "this year", "next month". */
  | {
      readonly kind: 'deictic';
      readonly unit: 'day' | 'night' | 'week' | 'weekend' | 'month' | 'year' | 'decade';
      readonly shift: number;
      /** "earlier this year": from the start of the unit to the publication; "later this year": from it to the end. */
      readonly order?: 'before' | 'after';
    }
  /** "three years ago": the offset back from the publication. */
  | { readonly kind: 'ago'; readonly offset: Offset }
  /**
   * A weekday alone: "on Tuesday", "next Wednesday", "el martes"; `dayOfMonth`: "Tuesday the 3rd";
   * lean `story`: "until the Monday", the first one after the last day the text named.
   */
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly lean: 'none' | 'last' | 'this' | 'next' | 'story';
      readonly dayOfMonth?: number;
      /** "last week Wednesday" (−1), "Wednesday next week" (+1): the weekday of the week so many from the publication's. */
      readonly week?: number;
    }
  /** "the weekend of August 10". */
  | { readonly kind: 'weekend'; readonly of: Reading }
  /** "the week of 3 May" (its Monday–Sunday week), "the week beginning 3 May" (that day and the six after). */
  | { readonly kind: 'week'; readonly of: Reading; readonly beginning: boolean }
  /** `endStated`: "the three months to June 30" states its end, whose year is chosen first. */
  | { readonly kind: 'range'; readonly from: Reading; readonly to: Reading; readonly endStated?: boolean }
  /**
   * A bound: by / until → on or before; since / until at least / from … on → on or after;
   * before / after → strictly; at → the event happens at that date ("not until X", "postponed until X");
   * last → the last time it happened, a past date ("has not won since X"); early → "as early as X":
   * X itself when told as past, else from X on.
   */
  | {
      readonly kind: 'open';
      readonly side:
        'by' | 'until' | 'since' | 'until-at-least' | 'before' | 'after' | 'from' | 'at' | 'last' | 'early';
      readonly of: Reading;
      /** A negated clause's "since" read as a state that still holds ("Desde diciembre no nos llega el agua"). */
      readonly heldState?: boolean;
    }
  /** "ten days after X", "three days later", "the same day", "within weeks of X". */
  | {
      readonly kind: 'relative';
      readonly relation: 'after' | 'before' | 'same-day';
      readonly offset: Offset | null;
      readonly anchor: Anchor;
      /** "within weeks of X", "soon after": from the anchor to the publication. */
      readonly untilPublication?: boolean;
      /** "weeks later", "within days of X": the unit a count without a number is in. */
      readonly countedIn?: 'D' | 'W' | 'M' | 'Y';
      /** "since the fire": open after the anchor, never closed at the publication. */
      readonly openEnded?: boolean;
      /** "the week before the vote": the calendar week before the anchor's, up to the day before it (or after, from the day after). */
      readonly week?: boolean;
      /** "the following weekend": the first Saturday–Sunday after the anchor (before it: the last one). */
      readonly weekend?: boolean;
      /** "two years earlier to the day": counted from the latest event dated to a single day. */
      readonly toTheDay?: boolean;
      /** "by then", "para entonces": a moment of the story, the latest event dated to a month or finer. */
      readonly moment?: boolean;
      /** "before the ballot closes": an event on a calendar told in the present, not over by the publication. */
      readonly scheduled?: boolean;
      /** "the next morning, a Sunday": the weekday the text states for the day counted (0 = Monday). */
      readonly weekday?: number;
    }
  /**
   * "the following Monday", "el lunes siguiente", "the previous Friday", "the Friday before the
   * meeting": from the event `anchor` names, or the previous one.
   */
  | {
      readonly kind: 'relative-weekday';
      readonly weekday: number;
      readonly relation: 'after' | 'before';
      readonly anchor?: Anchor;
    }
  /**
   * A unit of the previous event: "that month" (0), "the following month" (+1), "the previous
   * year" (−1); `order` for "earlier that month" / "later that year"; `part` for "a principios de ese mes".
   */
  | {
      readonly kind: 'relative-unit';
      readonly unit: 'week' | 'month' | 'year';
      readonly shift: number;
      readonly order: 'before' | 'after' | null;
      readonly part: Part | null;
    };

/** A date phrase found in the text. */
export interface Mention extends TextSpan {
  readonly reading: Reading;
  /** Which finder read it, for the rule sentence ("chrono-node", "a season", …). */
  readonly source: string;
  /** "around 2015", "on or about 3 May", "hacia 2015": the date is approximate (EDTF `~`). */
  readonly approximate?: boolean;
  /** "on a Sunday" in the clause of "In 1997": the words that state the weekday of a date coarser than a day. */
  readonly weekdayAside?: string;
  /** "Between then and the summer of 2022": the span runs from the previous event to the date (`fromThen.ts`). */
  readonly fromThen?: boolean;
  /** A relative phrase whose named event is dated by the date after it ("after the story broke on Oct. 19"). */
  readonly eventDated?: boolean;
}

/** A date mention judged not to be an event, with the reason. */
export interface Skip extends TextSpan {
  readonly reason: string;
}

/**
 * A calendar reading of what the phrase states (`null` where it states nothing), its year hint
 * `stated` when it writes its year and `narrative` when the story's time must give it.
 */
export function calendarReading(
  year: number | null,
  month: number | null,
  day: number | null,
  weekday: number | null = null,
  nth?: number,
): Reading {
  const yearHint: YearHint = year === null ? 'narrative' : 'stated';
  return nth === undefined
    ? { kind: 'calendar', year, month, day, weekday, yearHint }
    : { kind: 'calendar', year, month, day, weekday, yearHint, nth };
}
