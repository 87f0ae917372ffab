import type { Narrative, PriorFact } from './narrative.ts';
import type { Anchor, Reading } from './reading.ts';
import { quoted } from './resolution.ts';
import { stemsOf } from './stems.ts';
import { bestNamed, namedWords, type NamedWords } from './anchorScore.ts';
import { ledeNamed, statesADay } from './storyOpening.ts';

/** The fact a relative phrase counts from, and why it was chosen (a clause of the rule sentence). */
export interface AnchorChoice {
  readonly fact: PriorFact;
  readonly why: string;
  readonly confidence: number;
}

export function brief(summary: string): string {
  const words = summary.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : summary;
}

const previousOf = (narrative: Narrative): PriorFact | undefined => narrative.facts.at(-1);

/**
 * How many days a fact's date spans; an open statement the text dates to a day, a deadline ("by 15
 * September", "until 8 July") or a state's start ("desde el pasado 28 de mayo", "closed since 3
 * September"), counts at the grain of that day.
 */
function spanOf(fact: PriorFact): number {
  const { earliest, latest, edtf } = fact.date;
  if (earliest !== null && latest !== null) return latest - earliest;
  return !fact.derived && /^(?:\.\.\/\??\d{4}-\d{2}-\d{2}|\??\d{4}-\d{2}-\d{2}\/\.\.)$/u.test(edtf) ? 0 : Infinity;
}

/** The widest span (in days) of an event told at a coarser grain that the story can move to: a season. */
const MOVED_WIDEST = 92;

/** How far (in days) an event must lie from the one before it for the story to have moved to its time. */
const MOVED_GAP = 365;

/**
 * Whether the event just told, dated more coarsely than a count but to a season or finer, lies a year or
 * more from the last event dated as finely ("Its basins stood in niches until December 1978, or perhaps
 * January 1979, when men arrived at night" after a day of 2025; "Then, in the summer of 2012, the wreck
 * came back"): the story has moved to that time, and a count goes on from it.
 */
function movedAway(previous: PriorFact, fine: PriorFact): boolean {
  if (previous.background || previous.lastTime) return false;
  const span = spanOf(previous);
  if (!(span <= MOVED_WIDEST)) return false;
  const a = previous.date;
  const b = fine.date;
  if (a.earliest === null || a.latest === null || b.earliest === null || b.latest === null) return false;
  const gap = Math.max(a.earliest - b.latest, b.earliest - a.latest);
  return gap >= MOVED_GAP;
}

/**
 * "On 3 May … the library, which opened in 1958 … Two days later": a count of days goes on from
 * the latest event dated to ten days or finer (a day, a week, "early June"), a count of weeks from
 * one dated to a month or finer, a count of months or of years from one dated to a year or finer
 * ("In 2014 the board made him keeper. Two years later": 2014); events told since at a coarser
 * grain (background, asides), or in an aside in the pluperfect (", who had taken over in February
 * 2023,"), are passed over, and by a count of time so are the last times something happened ("a
 * title the Athenaeum had not used since the 1930s. Two years later": a state that began then, not
 * an event the story goes on from). With none so dated, the
 * previous event. The event just told is kept, at a coarser grain, when the story has moved to its
 * time (`movedAway`).
 */
function previousAtGrain(
  narrative: Narrative,
  widest: number | null,
  counting: boolean,
): { fact: PriorFact; passed: number; lastTime: boolean; movedFrom?: PriorFact } | null {
  const previous = previousOf(narrative);
  if (!previous) return null;
  let lastTime = false;
  for (let i = narrative.facts.length - 1; i >= 0; i -= 1) {
    const fact = narrative.facts[i] as PriorFact;
    if (counting && fact.lastTime) {
      lastTime = true;
      continue;
    }
    if (!fact.background && (widest === null || spanOf(fact) <= widest)) {
      if (fact !== previous && !lastTime && movedAway(previous, fact))
        return { fact: previous, passed: 0, lastTime: false, movedFrom: fact };
      return { fact, passed: narrative.facts.length - 1 - i, lastTime };
    }
  }
  return { fact: previous, passed: 0, lastTime: false };
}

/**
 * The widest span (in days) of an event a count of `unit` goes on from (`null`: any); a named event
 * counted in years is sought among all the facts its words match.
 */
export function widestAnchorFor(
  unit: 'D' | 'W' | 'M' | 'Y' | undefined,
  /** Whether the phrase names its event: a named event dated to a month still counts days. */
  named = false,
): number | null {
  if (unit === 'D') return named ? 30 : 10;
  if (unit === 'W') return 30;
  if (unit === 'M') return 365;
  if (unit === 'Y') return named ? null : 366;
  return null;
}

/**
 * The widest span (in days) of the event "by then", "before then" or "para entonces" names: a moment
 * of the story is an event dated to a month or finer, so a year or a season told since (an aside, a
 * background year, a season a report mentions) is passed over ("On 9 September the board voted. The
 * exemption, first granted in 2019, … By then": 9 September).
 */
export const MOMENT_WIDEST = 30;

/**
 * Whether a relative phrase counts time from its event ("within 48 hours of the stoppage", "the week
 * before the vote", "weeks after the raid"): a date even when no clause names that event in its words.
 */
export const countsTime = (r: Extract<Reading, { kind: 'relative' }>): boolean =>
  r.offset !== null || r.countedIn !== undefined || r.week === true || r.weekend === true;

/**
 * Whether a phrase whose anchor must be a told event ("since the fire") names none the text told
 * before it, the store holds, or `toldLater` finds told just after it.
 */
export function namesNoToldEvent(
  anchor: Anchor,
  narrative: Narrative,
  toldLater: (wanted: ReadonlySet<string>) => boolean = () => false,
): boolean {
  if (anchor.kind !== 'named' || !anchor.strict) return false;
  const wanted = stemsOf(anchor.words);
  if (wanted.size === 0) return true;
  return narrative.index.best(wanted) === null && narrative.storeIndex().best(wanted) === null && !toldLater(wanted);
}

/** Words that point back to what was just told: "this alert", "that email", "it was made", "she sent it". */
const POINTS_BACK =
  /^(?:this|that|these|those|it|he|she|they|we|i|you|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas)(?![\p{L}])/iu;

/** The fact of the draft or the store the named words fit best (the store's only when it fits better). */
function bestMatch(narrative: Narrative, named: NamedWords, fits: (fact: PriorFact) => boolean) {
  const inDraft = bestNamed(narrative.index, named, fits);
  const inStore = named.length > 0 ? bestNamed(narrative.storeIndex(), named, fits) : null;
  return inStore && (!inDraft || inStore.score > inDraft.score) ? inStore : inDraft;
}

/**
 * The anchor of a relative phrase: for "after the inspection", the latest earlier fact (of the
 * draft, or already in the store) whose clause shares the most content words with "the
 * inspection", among those dated as finely as the count ("two days after the vote" passes over
 * "the 2024 vote" for the vote told on 3 May) when any is. When no fact shares a word, a count of
 * days or weeks from an event named by a noun ("two weeks after the stranding") goes on from the
 * last event told with its day, or from the story's lede when the story's opening holds the noun
 * and the phrase is told past it (`storyOpening.ts`), at confidence below one half; "three days later", or an event
 * named by words that point back ("ten days after this alert", "after it began"), from the
 * previous event in the text.
 */
export function chooseAnchor(
  anchor: Anchor,
  narrative: Narrative,
  /** The widest span of the previous event a phrase counting days or months goes on from. */
  widest: number | null = null,
  /** The last day the event may begin on: "since" names none after the publication. */
  notAfter: number | null = null,
  /** Whether the phrase counts time from its anchor ("two years later"), which passes over a last time. */
  counting = false,
  /** How the grain `widest` sets is said in the rule sentence. */
  grain = 'as finely as the count',
  /** The first day the event may end on: a schedule told in the present names none over by the publication. */
  notBefore: number | null = null,
): AnchorChoice | null {
  if (anchor.kind === 'named') {
    const named = namedWords(anchor.words);
    const fits = (fact: PriorFact): boolean =>
      (notAfter === null || fact.date.earliest === null || fact.date.earliest <= notAfter) &&
      (notBefore === null || fact.date.latest === null || fact.date.latest >= notBefore);
    const atGrain = (fact: PriorFact): boolean => fits(fact) && (widest === null || spanOf(fact) <= widest);
    const best = bestMatch(narrative, named, atGrain) ?? bestMatch(narrative, named, fits);
    if (best) {
      const where = best.fact.order < 0 ? 'a fact already in the store' : 'the earlier event';
      return {
        fact: best.fact,
        why: `${where} whose clause shares ${best.shared.map((s) => quoted(s)).join(', ')} with ${quoted(anchor.words)} (${quoted(brief(best.fact.summary))})`,
        confidence: 0.75,
      };
    }
    const day = widest !== null && widest <= 30 && !POINTS_BACK.test(anchor.words);
    const stated = day ? narrative.facts.findLast((f) => fits(f) && statesADay(f)) : undefined;
    const lede = stated ? ledeNamed(anchor.words, narrative, stated, fits) : null;
    if (lede) {
      return {
        fact: lede.fact,
        why: `the story's first event told with its day (${quoted(brief(lede.fact.summary))}), as no earlier event shares a word with ${quoted(anchor.words)} and the story's opening holds ${lede.shared.map((s) => quoted(s)).join(', ')}`,
        confidence: 0.45,
      };
    }
    if (stated) {
      return {
        fact: stated,
        why: `the last event told with its day (${quoted(brief(stated.summary))}), as no earlier event shares a word with ${quoted(anchor.words)}`,
        confidence: 0.45,
      };
    }
    const last = narrative.facts.findLast(fits);
    if (!last) return null;
    return {
      fact: last,
      why: `the previous event in the text (${quoted(brief(last.summary))}), as no earlier event shares a word with ${quoted(anchor.words)}`,
      confidence: 0.6,
    };
  }
  const found = previousAtGrain(narrative, widest, counting);
  if (!found) return null;
  const { fact, passed, lastTime, movedFrom } = found;
  return {
    fact,
    why: movedFrom
      ? `the previous event in the text (${quoted(brief(fact.summary))}), told at a coarser grain but a year or more from the last event dated ${grain} (${quoted(brief(movedFrom.summary))}): the story has moved to its time`
      : passed === 0
        ? `the previous event in the text (${quoted(brief(fact.summary))})`
        : lastTime
          ? `the previous event in the text (${quoted(brief(fact.summary))}), past ${passed} told at a coarser grain, as background or as the last time something happened ("had not … since"), a state and not an event the story goes on from`
          : `the previous event in the text dated ${grain} (${quoted(brief(fact.summary))}), past ${passed} told at a coarser grain or as background`,
    confidence: passed === 0 ? 0.7 : 0.6,
  };
}

/** The last fact of the draft whose date lies within one week, month or year ("earlier that month"). */
export function lastWithin(
  narrative: Narrative,
  unit: 'week' | 'month' | 'year',
  fits: (fact: PriorFact) => boolean,
): AnchorChoice | null {
  for (let i = narrative.facts.length - 1; i >= 0; i -= 1) {
    const fact = narrative.facts[i] as PriorFact;
    if (fits(fact)) {
      return { fact, why: `the last event dated within one ${unit} (${quoted(brief(fact.summary))})`, confidence: 0.7 };
    }
  }
  return null;
}
