import type { Narrative, PriorFact } from './narrative.ts';
import type { Sentence } from './sentences.ts';
import { sharedStems, stemsOf } from './stems.ts';

/**
 * A story's opening: its first event told with its day (the lede), and the words of the text up to
 * the end of the third paragraph after the lede's (headline, standfirst, the lede's paragraph and
 * the sentences that go on telling it: "The ceremony lasted under an hour.").
 */
export interface StoryOpening {
  readonly fact: PriorFact;
  /** The last paragraph (1-based) of the opening. */
  readonly lastParagraph: number;
  readonly stems: ReadonlySet<string>;
}

/** Paragraphs after the lede's that still belong to the opening. */
const OPENING_PARAGRAPHS = 3;

/** Whether a fact's day is written in the text, not counted from another fact. */
export const statesADay = (f: PriorFact): boolean =>
  !f.derived && f.date.earliest !== null && f.date.earliest === f.date.latest;

/** The opening whose lede is `fact`, told in `paragraph`. */
export function openingOf(
  text: string,
  sentences: readonly Sentence[],
  fact: PriorFact,
  paragraph: number,
): StoryOpening {
  const lastParagraph = paragraph + OPENING_PARAGRAPHS;
  const last = sentences.findLast((s) => s.paragraph <= lastParagraph);
  return { fact, lastParagraph, stems: stemsOf(text.slice(0, last?.end ?? 0)) };
}

/**
 * "Three days after the ceremony", 48 paragraphs after "On the morning of Tuesday, April 29, six
 * wooden crates … were carried into the courtyard … The ceremony lasted under an hour.": a named
 * event no clause shares a word with, in a phrase told past the opening (the opening is set on the
 * narrative only once the text has gone past it), is the story's lede when the opening holds one of
 * its words; the last fact stating the lede's day stands for it. `null` otherwise.
 */
export function ledeNamed(
  words: string,
  narrative: Narrative,
  fallback: PriorFact,
  fits: (fact: PriorFact) => boolean,
): { fact: PriorFact; shared: string[] } | null {
  const opening = narrative.opening;
  if (!opening || opening.fact === fallback || !fits(opening.fact)) return null;
  const shared = sharedStems(stemsOf(words), opening.stems);
  if (shared.length === 0) return null;
  // The standfirst's "sufrió el viernes una rotura" and the lede's "sufrió el pasado viernes 21 de agosto una
  // rotura" tell one event: the last told with the lede's day stands for it.
  const day = opening.fact.date.earliest;
  const last = narrative.facts.findLast((f) => statesADay(f) && f.date.earliest === day && fits(f));
  return { fact: last ?? opening.fact, shared };
}
