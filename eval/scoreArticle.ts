import type { CaptureDraft } from '../src/capture/draft.ts';
import { dayNumber } from '../src/dates/dayNumber.ts';
import { parseFuzzyDate } from '../src/dates/parseFuzzyDate.ts';
import { spanOf, type Article } from './goldArticle.ts';

/** The figures of eval/README.md for one article (sums; the rates are taken over sums). */
export interface Counts {
  events: number;
  found: number;
  datedRight: number;
  tooPrecise: number;
  /** Found events dated wider than the gold (the capture's bounds hold the gold's). */
  datedWider: number;
  /** Found events dated neither within nor around the gold (another day, month or year). */
  datedElsewhere: number;
  relations: number;
  relationsRight: number;
  /** Gold relations missed because the event itself was not found. */
  relationEventMissed: number;
  /** Gold relations whose anchor event was not found. */
  relationAnchorMissed: number;
  /** Found events with both ends found that the capture related to nothing. */
  relationNone: number;
  /** Related, but not to the gold's anchor. */
  relationOtherAnchor: number;
  /** Related to the gold's anchor with another type or offset. */
  relationOtherOffset: number;
  weekdays: number;
  weekdaysRight: number;
  actorPairs: number;
  actorsLinked: number;
  /** Actors linked to a found event that its gold does not name. */
  actorsExtra: number;
  captured: number;
  spurious: number;
  nonEvents: number;
  nonEventsKept: number;
  baselineRight: number;
  ms: number;
  /** Words of the article's text (whitespace-separated). */
  words: number;
}

export interface ArticleScore extends Counts {
  readonly set: string;
  readonly name: string;
  readonly lang: string;
  /** What went wrong, one line each (printed for the dev set only). */
  readonly notes: string[];
}

export const emptyCounts = (): Counts => ({
  events: 0,
  found: 0,
  datedRight: 0,
  tooPrecise: 0,
  datedWider: 0,
  datedElsewhere: 0,
  relations: 0,
  relationsRight: 0,
  relationEventMissed: 0,
  relationAnchorMissed: 0,
  relationNone: 0,
  relationOtherAnchor: 0,
  relationOtherOffset: 0,
  weekdays: 0,
  weekdaysRight: 0,
  actorPairs: 0,
  actorsLinked: 0,
  actorsExtra: 0,
  captured: 0,
  spurious: 0,
  nonEvents: 0,
  nonEventsKept: 0,
  baselineRight: 0,
  ms: 0,
  words: 0,
});

type Bounds = { earliest: number; latest: number };

/** Bounds in days, open ends as minus and plus infinity. */
function boundsOf(edtf: string | null | undefined): Bounds | null {
  if (!edtf) return null;
  try {
    const d = parseFuzzyDate(edtf);
    return {
      earliest: d.earliest === null ? -Infinity : dayNumber(d.earliest),
      latest: d.latest === null ? Infinity : dayNumber(d.latest),
    };
  } catch {
    return null;
  }
}

const same = (a: Bounds, b: Bounds) => a.earliest === b.earliest && a.latest === b.latest;
/** Whether `c` is narrower than `g`: inside it and not equal. */
const narrower = (c: Bounds, g: Bounds) => !same(c, g) && c.earliest >= g.earliest && c.latest <= g.latest;

/**
 * An offset with weeks as days and, unless approximate, years as months: `P1W` and `P7D` are the same offset, and so
 * are `P1Y6M` and `P18M`; `P1Y~` (give or take a year) and `P12M~` (a month) are not.
 */
function normalOffset(offset: string | null | undefined): string {
  const text = (offset ?? '').replace(/P(\d+)W/g, (_, n: string) => `P${Number(n) * 7}D`);
  if (text.includes('~')) return text;
  return text.replace(/P(\d+)Y(?:(\d+)M)?/g, (_, y: string, m?: string) => `P${Number(y) * 12 + Number(m ?? 0)}M`);
}

/** Whether two offsets say the same distance (see {@link normalOffset}). */
export const sameOffset = (a: string | null | undefined, b: string | null | undefined): boolean =>
  normalOffset(a) === normalOffset(b);

/** An exact offset: whole years, months, weeks and days, no `~`, range or open end. */
const EXACT_OFFSET = /^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/;

/**
 * Whether a captured offset agrees with the gold's: the same offset, or an exact one where the gold gives none and the
 * captured date is the gold's ("the following Monday" after a Tuesday as `P6D`): the gold then only orders the two
 * events, and an exact offset that lands on the gold's date says the same and more.
 */
function offsetAgrees(captured: string | null | undefined, gold: string | undefined, datedRight: boolean): boolean {
  if (sameOffset(captured, gold)) return true;
  return !gold && datedRight && !!captured && EXACT_OFFSET.test(captured);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

type RelationMiss = 'relationAnchorMissed' | 'relationNone' | 'relationOtherAnchor' | 'relationOtherOffset';

/** Why a found event's gold relation was missed, given the fact's relations and the draft fact of the gold anchor. */
function relationMiss(relations: readonly { fact: string }[], anchor: string | undefined): RelationMiss {
  if (!anchor) return 'relationAnchorMissed';
  if (relations.length === 0) return 'relationNone';
  return relations.some((r) => r.fact === anchor) ? 'relationOtherOffset' : 'relationOtherAnchor';
}

/** The draft fact each gold event is matched to: the unmatched span that overlaps its phrase most, in text order. */
export function matchedFacts(article: Article, draft: CaptureDraft): Map<string, string> {
  const used = new Set<string>();
  const matched = new Map<string, string>();
  for (const event of article.gold.events) {
    const span = spanOf(article.text, event.phrase, event.occurrence ?? 1);
    if (!span)
      throw new Error(`${article.set}/${article.name}: gold phrase ${JSON.stringify(event.phrase)} is not in the text`);
    const best = draft.capture.spans
      .filter((s) => !used.has(s.fact) && overlap(s, span) > 0)
      .sort((a, b) => overlap(b, span) - overlap(a, span))[0];
    if (best) {
      used.add(best.fact);
      matched.set(event.id, best.fact);
    }
  }
  return matched;
}

/** Whether an actor known by `names` (lower case) is one of the `wanted` gold actors: one name contains the other. */
export const namesMatch = (names: readonly string[], wanted: readonly string[]): boolean =>
  names.some((n) => wanted.some((w) => n.includes(w) || w.includes(n)));

/** Scores one captured draft against its gold chronology. */
export function scoreArticle(
  article: Article,
  draft: CaptureDraft,
  ms: number,
  baseline: Map<string, string | null>,
): ArticleScore {
  const { text, gold } = article;
  const notes: string[] = [];
  const c = emptyCounts();
  c.ms = ms;
  c.words = text.split(/\s+/).filter(Boolean).length;
  const spans = draft.capture.spans;
  const facts = new Map(draft.facts.map((f) => [f.id, f]));
  const actorNames = new Map(draft.actors.map((a) => [a.id, [a.name, ...a.aliases].map((n) => n.toLowerCase())]));
  const matched = matchedFacts(article, draft);
  const used = new Set(matched.values());
  for (const event of gold.events) {
    c.events += 1;
    const goldBounds = boundsOf(event.when);
    const chronoBounds = boundsOf(baseline.get(event.id));
    if (goldBounds && chronoBounds && same(goldBounds, chronoBounds)) c.baselineRight += 1;
    const factId = matched.get(event.id);
    const fact = factId ? facts.get(factId) : undefined;
    if (event.relation) c.relations += 1;
    if (event.weekday) c.weekdays += 1;
    c.actorPairs += event.actors?.length ?? 0;
    if (!fact) {
      if (event.relation) c.relationEventMissed += 1;
      notes.push(`missed   ${JSON.stringify(event.phrase)} (${event.when})`);
      continue;
    }
    c.found += 1;
    const got = boundsOf(fact.when);
    // The same EDTF has the same bounds, whether or not this checkout's date parser reads it.
    const datedRight = fact.when === event.when || !!(got && goldBounds && same(got, goldBounds));
    if (datedRight) c.datedRight += 1;
    else {
      const tight = got && goldBounds && narrower(got, goldBounds);
      if (tight) c.tooPrecise += 1;
      else if (got && goldBounds && narrower(goldBounds, got)) c.datedWider += 1;
      else c.datedElsewhere += 1;
      notes.push(
        `${tight ? 'TOO PRECISE' : 'misdated'} ${JSON.stringify(event.phrase)}: ${fact.when}, gold ${event.when}`,
      );
    }
    if (event.relation) {
      const anchor = matched.get(event.relation.to);
      const ok = fact.relations.some(
        (r) =>
          r.type === event.relation?.type &&
          r.fact === anchor &&
          offsetAgrees(r.offset, event.relation.offset, datedRight),
      );
      if (ok) c.relationsRight += 1;
      else c[relationMiss(fact.relations, anchor)] += 1;
      if (!ok)
        notes.push(
          `relation ${JSON.stringify(event.phrase)}: ${JSON.stringify(fact.relations)}, gold ${event.relation.type} ${event.relation.to}=${anchor ?? 'unmatched'} ${event.relation.offset ?? ''}`,
        );
    }
    if (event.weekday) {
      if (fact.citations[0]?.statedWeekday === event.weekday) c.weekdaysRight += 1;
      else
        notes.push(
          `weekday ${JSON.stringify(event.phrase)}: ${fact.citations[0]?.statedWeekday ?? 'none'}, gold ${event.weekday}`,
        );
    }
    for (const actor of event.actors ?? []) {
      const want = actor.toLowerCase();
      const linked = fact.actors.some((a) =>
        (actorNames.get(a.id) ?? [a.id]).some((n) => n.includes(want) || want.includes(n)),
      );
      if (linked) c.actorsLinked += 1;
      else notes.push(`actor ${JSON.stringify(actor)} not linked to ${JSON.stringify(event.phrase)}`);
    }
    const wanted = (event.actors ?? []).map((a) => a.toLowerCase());
    for (const a of fact.actors) {
      const names = actorNames.get(a.id) ?? [a.id];
      if (namesMatch(names, wanted)) continue;
      c.actorsExtra += 1;
      notes.push(`extra actor ${JSON.stringify(names[0])} on ${JSON.stringify(event.phrase)}`);
    }
  }
  c.captured = spans.length;
  for (const s of spans) {
    if (used.has(s.fact)) continue;
    c.spurious += 1;
    notes.push(`spurious ${JSON.stringify(s.phrase)} (${facts.get(s.fact)?.when ?? ''})`);
  }
  for (const n of gold.nonEvents) {
    c.nonEvents += 1;
    const span = spanOf(text, n.phrase, n.occurrence ?? 1);
    if (!span)
      throw new Error(`${article.set}/${article.name}: non-event ${JSON.stringify(n.phrase)} is not in the text`);
    if (spans.some((s) => overlap(s, span) > 0)) {
      c.nonEventsKept += 1;
      notes.push(`non-event kept ${JSON.stringify(n.phrase)} (${n.reason})`);
    }
  }
  return { ...c, set: article.set, name: article.name, lang: gold.lang, notes };
}
