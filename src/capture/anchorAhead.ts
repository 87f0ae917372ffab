import { anchorScore, bestNamed, namedWords } from './anchorScore.ts';
import { FactIndex } from './factIndex.ts';
import type { Narrative, PhraseContext } from './narrative.ts';
import type { Mention } from './reading.ts';
import { quoted, type Resolution } from './resolution.ts';
import type { CapturedEvent } from './readEvents.ts';
import { resolveRelative } from './resolveRelative.ts';

/** How many events after a relative phrase its anchor may be told. */
const AHEAD = 3;

/** ", which took place", ", que se celebró": a relative clause on the words just before it. */
const RELATIVE_CLAUSE = /^,?\s+(?:which|that|when|que|cuando|el\s+cual|la\s+cual)\s[^.;:!?]*$/iu;

/** "a smaller fire", "una segunda inspección": an event named as new, not one told before. */
const INDEFINITE = /^(?:a|an|another|un|una|otro|otra)\s/iu;

/**
 * "Three days before the vote, which took place on 4 May", "less than a year after a smaller fire
 * …. That fire, in June 2021, …": a phrase naming an event that no earlier fact tells (or naming it
 * with "a", as new) counts from the nearest of the next three facts whose clause shares a word
 * with it; `null` when none does or the phrase names no event.
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
  // "before the vote, which took place on 4 May": the next event's clause is about the event named.
  if (next && between !== null && RELATIVE_CLAUSE.test(between)) best = { fact: next, n: 1 };
  // Otherwise only a phrase with nothing before it to count from, or naming its event as new, looks ahead.
  else if (resolution.relation && !INDEFINITE.test(r.anchor.words)) return null;
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
