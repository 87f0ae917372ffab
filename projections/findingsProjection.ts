import {
  checkComponent,
  narrowedBounds,
  type CheckFact,
  type CheckSource,
  type Finding,
  type HeldText,
  type NarrowedBounds,
} from '../src/checks/index.ts';
import type { FactDoc, SourceDoc, SourceTextSummary } from './documents.ts';

/** A fact document as the date checks see it. */
export function checkFactOf(doc: FactDoc): CheckFact {
  return {
    factId: doc.factId,
    when: doc.when,
    retracted: doc.retracted,
    relations: Object.values(doc.relations).map((r) => ({ kind: r.kind, target: r.target, offset: r.offset })),
    citations: Object.values(doc.citations).map((c) => ({
      source: c.source,
      quote: c.quote,
      statedDate: c.statedDate,
      statedWeekday: c.statedWeekday,
    })),
  };
}

/**
 * What the date checks read of a source: its document, or as little as its `SourceName`
 * (`readModels/registries.ts`), whose `text` only says whether a text is held.
 */
export type SourceForChecks = Pick<SourceDoc, 'sourceId' | 'publishedOn' | 'locale'> & {
  readonly text: SourceTextSummary | boolean | null;
};

/** A source as the date checks see it, with its text when one is held and given. */
export const checkSourceOf = (doc: SourceForChecks, text: HeldText | null = null): CheckSource => ({
  sourceId: doc.sourceId,
  publishedOn: doc.publishedOn,
  locale: doc.locale,
  text,
});

/** What the findings projection needs to read: facts, sources and the relation graph as it is now. */
export interface FindingsInputs {
  fact(factId: string): FactDoc | null;
  source(sourceId: string): SourceForChecks | null;
  /** Facts with a relation pointing at `factId`. */
  relatedFrom(factId: string): string[];
  /** The text held for a source whose document says it has one (its quotes are then checked). */
  sourceText?(sourceId: string): HeldText | null;
}

export interface ComponentFindings {
  /** The component's id: its smallest fact id. */
  readonly component: string;
  readonly members: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * The connected components (through relations, both ways, over facts that are not retracted) that
 * contain `seeds`, each once, its members in id order. Seeds that are missing or retracted start none.
 */
export function walkComponents(
  seeds: Iterable<string>,
  doc: (factId: string) => FactDoc | null,
  relatedFrom: (factId: string) => readonly string[],
): string[][] {
  const placed = new Set<string>();
  const out: string[][] = [];
  const queue: string[] = [];
  for (const seed of seeds) {
    const start = doc(seed);
    if (placed.has(seed) || !start || start.retracted) continue;
    const members: string[] = [];
    queue.push(seed);
    placed.add(seed);
    while (queue.length > 0) {
      const id = queue.pop()!;
      members.push(id);
      const { relations } = doc(id)!;
      for (const r of Object.values(relations)) visitNext(r.target, placed, queue, doc);
      for (const next of relatedFrom(id)) visitNext(next, placed, queue, doc);
    }
    out.push(members.sort());
  }
  return out;
}

/**
 * Queues `next` for `walkComponents` unless it is placed already, missing or retracted. A function
 * of the module, not a closure per walk: the build names every closure as it is made, at a cost.
 */
function visitNext(next: string, placed: Set<string>, queue: string[], doc: (factId: string) => FactDoc | null): void {
  if (placed.has(next)) return;
  const n = doc(next);
  if (!n || n.retracted) return;
  placed.add(next);
  queue.push(next);
}

/** Reads each fact's document once. */
function documentReader(fact: (factId: string) => FactDoc | null): (factId: string) => FactDoc | null {
  const docs = new Map<string, FactDoc | null>();
  return (id) => {
    if (!docs.has(id)) docs.set(id, fact(id));
    return docs.get(id) ?? null;
  };
}

/**
 * The findings read model: the connected components (through relations, both ways) that contain
 * `seeds`, each re-checked as a whole. Pure over `inputs`; a change re-checks only its component.
 */
export function recheckComponents(seeds: Iterable<string>, inputs: FindingsInputs): ComponentFindings[] {
  const doc = documentReader((id) => inputs.fact(id));
  return walkComponents(seeds, doc, (id) => inputs.relatedFrom(id)).map((members) => {
    const facts = new Map<string, CheckFact>();
    const sources = new Map<string, CheckSource>();
    for (const id of members) {
      const d = doc(id)!;
      facts.set(id, checkFactOf(d));
      for (const r of Object.values(d.relations)) {
        const t = doc(r.target);
        if (t && !facts.has(t.factId)) facts.set(t.factId, checkFactOf(t));
      }
      for (const c of Object.values(d.citations)) {
        if (sources.has(c.source)) continue;
        const s = inputs.source(c.source);
        if (s) sources.set(s.sourceId, checkSourceOf(s, s.text ? (inputs.sourceText?.(s.sourceId) ?? null) : null));
      }
    }
    return { component: members[0]!, members, findings: checkComponent(members, facts, sources) };
  });
}

/**
 * The effective bounds of every member of the components that contain `seeds` (see
 * {@link walkComponents}): the bounds its relations narrow it to (`narrowedBounds`, the rule of the
 * `date-narrowed` findings), or `undefined` where they narrow nothing. Pure over its inputs.
 */
export function narrowComponents(
  seeds: Iterable<string>,
  inputs: Pick<FindingsInputs, 'fact' | 'relatedFrom'>,
): Map<string, NarrowedBounds | undefined> {
  const doc = documentReader((id) => inputs.fact(id));
  const out = new Map<string, NarrowedBounds | undefined>();
  for (const members of walkComponents(seeds, doc, (id) => inputs.relatedFrom(id))) {
    // A fact alone in its component is narrowed by nothing.
    if (members.length === 1) {
      out.set(members[0]!, undefined);
      continue;
    }
    const narrowed = narrowedBounds(members, new Map(members.map((id) => [id, checkFactOf(doc(id)!)])));
    for (const id of members) out.set(id, narrowed.get(id));
  }
  return out;
}
