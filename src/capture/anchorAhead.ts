import { anchorScore, bestNamed, namedWords, type NamedWords } from './anchorScore.ts';
import { eventsOfSentence } from './clauses.ts';
import { FactIndex } from './factIndex.ts';
import type { Narrative, PhraseContext } from './narrative.ts';
import type { Mention } from './reading.ts';
import type { Sentence } from './sentences.ts';
import { sharedStems, stemsOf } from './stems.ts';
import { quoted, type Resolution } from './resolution.ts';
import type { CapturedEvent } from './readEvents.ts';
import { resolveRelative } from './resolveRelative.ts';

/** How many events after a relative phrase its anchor may be told. */
const AHEAD = 3;

/** ", which took place", ", que se celebró": a relative clause on the words just before it. */
const RELATIVE_CLAUSE = /^,?\s+(?:which|that|when|que|cuando|el\s+cual|la\s+cual)\s[^.;:!?]*$/iu;

/** "a smaller fire", "una segunda inspección": an event named as new, not one told before. */
const INDEFINITE = /^(?:a|an|another|un|una|otro|otra)\s/iu;

/** Whether a fact told before the one at `own`, or one in the store, shares a word with the named event. */
function toldBefore(named: NamedWords, own: number, narrative: Narrative): boolean {
  return (
    narrative.facts.slice(0, own).some((f) => anchorScore(named, f).score > 0) ||
    bestNamed(narrative.storeIndex(), named) !== null
  );
}

/**
 * "Shops have lost trade since the closure. The council closed the quay on 4 May 2022": whether
 * the words a phrase names are in the clause of one of the next three date mentions after it
 * (which {@link anchoredAhead} then counts from).
 */
export const toldAhead =
  (text: string, phrase: Mention, mentions: readonly Mention[], sentences: readonly Sentence[]) =>
  (wanted: ReadonlySet<string>): boolean =>
    mentions
      .filter((m) => m.start >= phrase.end)
      .slice(0, AHEAD)
      .some((m) => {
        const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
        if (!s) return false;
        const inside = mentions.filter((x) => x.start >= s.start && x.start < s.end);
        const event = eventsOfSentence(text, s, inside).find((e) => e.primary === m || e.relative === m);
        return (
          event !== undefined &&
          sharedStems(wanted, stemsOf(text.slice(event.clause.start, event.clause.end))).length > 0
        );
      });

/**
 * "Three days before the vote, which took place on 4 May", "less than a year after a smaller fire
 * …. That fire, in June 2021, …", "since the closure. The council closed the quay on 4 May 2022": a
 * phrase with nothing before it to count from, naming its event with "a", as new, or naming one it
 * must find told that no earlier fact tells, counts from the one of the next three facts whose
 * clause shares most words with it (the nearest on a tie); `null` when none does or the phrase
 * names no event.
 */
export function anchoredAhead(
  id: string,
  mention: Mention,
  resolution: Resolution,
  ctx: PhraseContext,
  narrative: Narrative,
  /** The text from the end of the phrase to the next event's date phrase, when in the same sentence. */
  between: string | null,
): Resolution | null {
  const r = mention.reading;
  if (r.kind !== 'relative' || r.anchor.kind !== 'named') return null;
  const named = namedWords(r.anchor.words);
  const own = narrative.facts.findIndex((f) => f.id === id);
  if (own < 0) return null;
  let best: { fact: (typeof narrative.facts)[number]; n: number } | null = null;
  const next = narrative.facts[own + 1];
  // "before the vote, which took place on 4 May": the next event's clause is about the event named; "after the
  // story broke in the Courier on Oct. 19": the next event is the date of the event named.
  if (next && between !== null && (RELATIVE_CLAUSE.test(between) || mention.eventDated)) best = { fact: next, n: 1 };
  // Otherwise only a phrase with nothing before it to count from, naming its event as new, or naming
  // one it must find told ("since the closure") that no earlier fact tells, looks ahead.
  else if (
    resolution.relation &&
    !INDEFINITE.test(r.anchor.words) &&
    !(r.anchor.strict && !toldBefore(named, own, narrative))
  )
    return null;
  for (const fact of best ? [] : narrative.facts.slice(own + 1, own + 1 + AHEAD)) {
    const n = anchorScore(named, fact).score;
    if (n > 0 && (!best || n > best.n)) best = { fact, n };
  }
  if (!best) return null;
  const index = new FactIndex();
  index.add(best.fact);
  const ahead: Narrative = { ...narrative, facts: [best.fact], index, storeIndex: () => new FactIndex() };
  const read = resolveRelative(r, { ...ctx, narrative: ahead });
  if (!read.relation) return null;
  return {
    ...read,
    rule: `${read.rule.replace('the earlier event', 'the event').replace(/\.$/, '')}; that event is told after ${quoted(ctx.phrase)}, as no event before it is ${quoted(r.anchor.words)}.`,
    confidence: Math.min(read.confidence, 0.6),
  };
}

/**
 * A relative phrase beside a stated date only relates ("resigned on Tuesday, three days after
 * this newspaper sent him questions"): its anchor may be an event the text tells later, when that
 * one shares more words with it than any earlier event.
 */
export function relatedForward(e: CapturedEvent, narrative: Narrative): CapturedEvent {
  const r = e.event.relative?.reading;
  const relation = e.resolution.relation;
  if (!r || r.kind !== 'relative' || r.anchor.kind !== 'named' || !relation) return e;
  const named = namedWords(r.anchor.words);
  const current = narrative.facts.find((f) => f.id === relation.fact);
  const found = bestNamed(narrative.index, named);
  const best = found && found.fact.id !== e.id ? { id: found.fact.id, n: found.score } : null;
  if (!best || best.n <= (current ? anchorScore(named, current).score : 0)) return e;
  return {
    ...e,
    resolution: {
      ...e.resolution,
      relation: { ...relation, fact: best.id },
      rule: `${e.resolution.rule.replace(/\.$/, '')}; its anchor, told later, shares ${best.n} word(s) with ${quoted(r.anchor.words)}.`,
    },
  };
}
