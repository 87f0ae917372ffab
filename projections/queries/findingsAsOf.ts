import type { Finding } from '../../src/checks/index.ts';
import type { FactDoc } from '../documents.ts';
import { recheckComponents } from '../findingsProjection.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import { textIndexOf } from '../sourceTexts.ts';
import type { NameResolver } from './entries.ts';

/** What a caller already read as of the event `seq`: documents, relations pointing at facts, and a resolver for sources. */
export interface KnownAtSeq {
  readonly docs: ReadonlyMap<string, FactDoc | null>;
  readonly relatedFrom: ReadonlyMap<string, readonly string[]>;
  readonly names: NameResolver;
}

/**
 * The findings of `factIds` as they stood after the event `seq` (sources as they are now). A fact
 * whose component of related facts is the same now as then, every member and every fact a member
 * points at unchanged since, has the findings the findings read model stores for it now
 * (`storedFindingsAsOf`). The others' components are re-checked once each (`recheckFindingsAsOf`).
 */
export function findingsAsOf(
  rm: ReadModelDb,
  factIds: readonly string[],
  seq: number,
  known?: KnownAtSeq,
): Map<string, readonly Finding[]> {
  const stored = storedFindingsAsOf(rm, factIds, seq, known);
  const rest = factIds.filter((id) => !stored.has(id));
  const out: Map<string, readonly Finding[]> = rest.length > 0 ? recheckFindingsAsOf(rm, rest, seq, known) : new Map();
  for (const [id, findings] of stored) if (findings.length > 0) out.set(id, findings);
  return out;
}

/**
 * The findings of `factIds` as they stood after the event `seq`: the components they fall in,
 * re-checked once each from the fact versions and relations of that moment (sources as they are
 * now). `known` passes what was already read at `seq`; anything else is read as the re-check needs it.
 */
export function recheckFindingsAsOf(
  rm: ReadModelDb,
  factIds: readonly string[],
  seq: number,
  known?: KnownAtSeq,
): Map<string, Finding[]> {
  const components = recheckComponents(factIds, {
    fact: (id) => (known?.docs.has(id) ? known.docs.get(id)! : rm.facts.at(id, seq)),
    source: (id) => (known ? known.names.source(id) : rm.registryDoc('sources', id)),
    relatedFrom: (id) => [...(known?.relatedFrom.get(id) ?? rm.relatedFrom(id, seq))],
    sourceText: (id) => (known ? known.names.textIndex(id) : textIndexOf(rm, id)),
  });
  const out = new Map<string, Finding[]>();
  for (const component of components) {
    for (const id of component.members)
      out.set(
        id,
        component.findings.filter((f) => f.facts.includes(id)),
      );
  }
  return out;
}

/**
 * The stored findings of those of `factIds` whose findings after the event `seq` they are: the
 * facts not retracted then whose component then is their component now with nothing in it
 * changed. Every member of the stored component (the fact alone when it has no row) has no
 * version after `seq`, nor has any fact a member's relations point at, and every fact whose
 * relations pointed at a member after `seq` is a member: the members' edges are the same then as
 * now, so the component is, and so are the documents its check reads (the sources are read as
 * they are now either way, and the findings read model re-checks a component when a source it
 * cites changes). Reads a few queries whatever the number of facts.
 */
export function storedFindingsAsOf(
  rm: ReadModelDb,
  factIds: readonly string[],
  seq: number,
  known?: Pick<KnownAtSeq, 'docs' | 'relatedFrom'>,
): Map<string, readonly Finding[]> {
  const rows = rm.findings.rowsOf(factIds);
  const members = rm.findings.membersOfMany([...new Set([...rows.values()].map((r) => r.component))]);
  const membersOf = (id: string): readonly string[] => {
    const row = rows.get(id);
    return row ? (members.get(row.component) ?? []) : [id];
  };
  const everyMember = new Set(factIds.flatMap((id) => [...membersOf(id)]));
  const unknown = (ids: Iterable<string>, seen?: ReadonlyMap<string, unknown>) =>
    [...ids].filter((id) => !seen?.has(id));
  const read = rm.facts.manyAt(unknown(everyMember, known?.docs), seq);
  const docAt = (id: string): FactDoc | null => (known?.docs.has(id) ? known.docs.get(id)! : (read.get(id) ?? null));
  const pointedFrom = rm.relations.relatedFromAt(unknown(everyMember, known?.relatedFrom), seq);
  const relatedAt = (id: string) => known?.relatedFrom.get(id) ?? pointedFrom.get(id) ?? [];
  const targets = new Set<string>();
  for (const id of everyMember) for (const r of Object.values(docAt(id)?.relations ?? {})) targets.add(r.target);
  const changed = rm.facts.changedSince([...new Set([...everyMember, ...targets])], seq);
  const out = new Map<string, readonly Finding[]>();
  for (const id of factIds) {
    const own = docAt(id);
    if (!own || own.retracted) continue;
    const component = membersOf(id);
    const inComponent = new Set(component);
    const same = component.every((m) => {
      const doc = docAt(m);
      return (
        doc !== null &&
        !changed.has(m) &&
        Object.values(doc.relations).every((r) => !changed.has(r.target)) &&
        relatedAt(m).every((from) => inComponent.has(from))
      );
    });
    const findings = rows.get(id)?.findings;
    if (same) out.set(id, findings === undefined || findings === '[]' ? [] : (JSON.parse(findings) as Finding[]));
  }
  return out;
}
