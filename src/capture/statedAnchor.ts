import type { CapturedDate } from './capturedDate.ts';
import type { FactsByDate } from './factsByDate.ts';
import type { Narrative, PriorFact } from './narrative.ts';
import { monthAlignedBounds, offsetBounds } from './offsetArithmetic.ts';
import type { Offset, Reading } from './reading.ts';
import { brief } from './anchors.ts';
import { quoted, type Resolution } from './resolution.ts';
import type { CapturedEvent } from './readEvents.ts';
import { sharedStems, stemsOf } from './stems.ts';

type Bounds = { readonly earliest: number | null; readonly latest: number | null };

/** The days `offset` after (or before) `anchor` reaches, whole months where the anchor is so dated. */
function reach(anchor: CapturedDate, offset: Offset, sign: 1 | -1): Bounds | null {
  if (anchor.earliest === null || anchor.latest === null) return null;
  return monthAlignedBounds(anchor, offsetBounds(anchor.earliest, anchor.latest, offset, sign), offset);
}

const inside = (a: Bounds, b: CapturedDate): boolean =>
  a.earliest !== null &&
  a.latest !== null &&
  b.earliest !== null &&
  b.latest !== null &&
  a.earliest >= b.earliest &&
  a.latest <= b.latest;

const meets = (a: Bounds, b: CapturedDate): boolean =>
  (a.earliest ?? -Infinity) <= (b.latest ?? Infinity) && (b.earliest ?? -Infinity) <= (a.latest ?? Infinity);

/** Whether `offset` after (+1) or before (-1) the fact's date lies within `stated` (`precise`), else meets it. */
export function reachesStated(
  f: PriorFact,
  offset: Offset,
  sign: 1 | -1,
  stated: CapturedDate,
  precise: boolean,
): boolean {
  const reached = reach(f.date, offset, sign);
  return reached !== null && (precise ? inside(reached, stated) : meets(reached, stated));
}

/**
 * "The company made the change Sept. 26, eight days after the outage", "two months earlier, in
 * September 2022": a relative phrase beside a stated date relates to the event the arithmetic
 * reaches from that date. When the anchor its words chose does not fit, the fact whose date moved
 * by the offset lies within the stated date (an inexact count, "more than three weeks after the
 * discovery", only meets it, and must share a word with the phrase) is taken: the one sharing the
 * most words with the phrase, then the first told so dated; a fact told after the phrase only when
 * it shares a word. `null` when the chosen anchor fits or no fact does.
 */
function fittingAnchor(
  id: string,
  relative: Reading,
  resolution: Resolution,
  narrative: Narrative,
  byDate: FactsByDate,
): { fact: PriorFact; shared: number } | null {
  const relation = resolution.relation;
  if (relative.kind !== 'relative' || !relative.offset || !relation || relation.type === 'same-day') return null;
  const offset = relative.offset;
  const sign = relative.relation === 'before' ? -1 : 1;
  const stated = resolution.date;
  if (stated.earliest === null || stated.latest === null) return null;
  const precise = offset.kind === 'exact' || offset.kind === 'about' || offset.kind === 'between';
  const fits = (f: PriorFact): boolean => reachesStated(f, offset, sign, stated, precise);
  const current = byDate.byId(relation.fact);
  if (current && fits(current)) return null;
  const wanted = relative.anchor.kind === 'named' ? stemsOf(relative.anchor.words) : new Set<string>();
  const own = byDate.indexOf(id);
  let best: { fact: PriorFact; shared: number } | null = null;
  for (const i of byDate.reaching(offset, sign, stated, precise)) {
    const fact = narrative.facts[i] as PriorFact;
    if (fact.id === id || !fits(fact)) continue;
    const shared = sharedStems(wanted, fact.stems).length;
    if ((i > own && shared === 0) || (!precise && shared === 0)) continue;
    if (!best || shared > best.shared) best = { fact, shared };
  }
  return best;
}

/** `e` with its relation moved to the event its stated date fits (see {@link fittingAnchor}), else as it is. */
export function anchoredByStatedDate(e: CapturedEvent, narrative: Narrative, byDate: FactsByDate): CapturedEvent {
  const relative = e.event.relative;
  const relation = e.resolution.relation;
  if (!relative || !relation) return e;
  const found = fittingAnchor(e.id, relative.reading, e.resolution, narrative, byDate);
  if (!found) return e;
  return {
    ...e,
    resolution: {
      ...e.resolution,
      relation: { ...relation, fact: found.fact.id },
      rule: `${e.resolution.rule.replace(/\.$/, '')}; it relates to the event from which the arithmetic reaches the stated date (${quoted(brief(found.fact.summary))}).`,
    },
  };
}
