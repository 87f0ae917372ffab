import { checkComponent, type CheckFact, type CheckSource, type Finding } from '../src/checks/index.ts';
import type { FactDoc, SourceDoc } from './documents.ts';

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

export const checkSourceOf = (doc: SourceDoc): CheckSource => ({
  sourceId: doc.sourceId,
  publishedOn: doc.publishedOn,
  locale: doc.locale,
});

/** What the findings projection needs to read: facts, sources and the relation graph as it is now. */
export interface FindingsInputs {
  fact(factId: string): FactDoc | null;
  source(sourceId: string): SourceDoc | null;
  /** Facts with a relation pointing at `factId`. */
  relatedFrom(factId: string): string[];
}

export interface ComponentFindings {
  /** The component's id: its smallest fact id. */
  readonly component: string;
  readonly members: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * The findings read model: the connected components (through relations, both ways) that contain
 * `seeds`, each re-checked as a whole. Pure over `inputs`; a change re-checks only its component.
 */
export function recheckComponents(seeds: Iterable<string>, inputs: FindingsInputs): ComponentFindings[] {
  const docs = new Map<string, FactDoc | null>();
  const doc = (id: string) => {
    if (!docs.has(id)) docs.set(id, inputs.fact(id));
    return docs.get(id) ?? null;
  };
  const placed = new Set<string>();
  const out: ComponentFindings[] = [];
  for (const seed of seeds) {
    const start = doc(seed);
    if (placed.has(seed) || !start || start.retracted) continue;
    const members: string[] = [];
    const queue = [seed];
    placed.add(seed);
    while (queue.length > 0) {
      const id = queue.pop()!;
      members.push(id);
      const d = doc(id)!;
      for (const next of [...Object.values(d.relations).map((r) => r.target), ...inputs.relatedFrom(id)]) {
        const n = doc(next);
        if (placed.has(next) || !n || n.retracted) continue;
        placed.add(next);
        queue.push(next);
      }
    }
    members.sort();
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
        const s = inputs.source(c.source);
        if (s) sources.set(s.sourceId, checkSourceOf(s));
      }
    }
    out.push({ component: members[0]!, members, findings: checkComponent(members, facts, sources) });
  }
  return out;
}
