import { parseFuzzyDate, type FuzzyDate } from '../../src/dates/index.ts';
import type { ActorDoc, FactDoc, SourceDoc, TopicDoc } from '../documents.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { Finding } from '../../src/checks/index.ts';
import { recheckComponents } from '../findingsProjection.ts';

export interface EntryCitation {
  readonly citationId: string;
  readonly source: { readonly id: string; readonly title: string | null; readonly publisher: string | null; readonly reliability: string | null; readonly publishedOn: string | null };
  readonly quote: string | null;
  readonly locator: string | null;
  readonly statedDate: string | null;
  readonly statedWeekday: string | null;
  readonly credibility: number | null;
}

/** A timeline entry as DESIGN.md's Timeline JSON shows it. */
export interface TimelineEntry {
  readonly factId: string;
  readonly summary: string;
  readonly notes: string | null;
  readonly when: FuzzyDate;
  readonly actors: readonly { readonly id: string; readonly name: string; readonly role: string | null }[];
  readonly topics: readonly { readonly id: string; readonly label: string }[];
  readonly place: string | null;
  readonly citations: readonly EntryCitation[];
  readonly relations: readonly { readonly kind: string; readonly fact: string; readonly offset: string | null }[];
  readonly status: 'active' | 'retracted';
  readonly revision: number;
  /** Date-check findings that involve this fact (see src/checks). */
  readonly findings: readonly Finding[];
}

/**
 * Resolves ids to names for entries: actors through merges (a merged actor shows as the one it was
 * merged into), topics to labels, sources to titles and grades. Caches what it read.
 */
export class NameResolver {
  private readonly actors = new Map<string, ActorDoc | null>();
  private readonly topics = new Map<string, TopicDoc | null>();
  private readonly sources = new Map<string, SourceDoc | null>();
  constructor(private readonly rm: ReadModelDb) {}

  private topic(id: string): TopicDoc | null {
    if (!this.topics.has(id)) this.topics.set(id, this.rm.registryDoc('topics', id));
    return this.topics.get(id) ?? null;
  }

  private source(id: string): SourceDoc | null {
    if (!this.sources.has(id)) this.sources.set(id, this.rm.registryDoc('sources', id));
    return this.sources.get(id) ?? null;
  }

  actor(id: string): ActorDoc | null {
    if (!this.actors.has(id)) this.actors.set(id, this.rm.registryDoc('actors', id));
    return this.actors.get(id) ?? null;
  }

  /** The actor `id` stands for after merges (follows `mergedInto`, stopping on a cycle). */
  survivor(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const next = this.actor(current)?.mergedInto;
      if (!next || seen.has(next)) return current;
      seen.add(current);
      current = next;
    }
  }

  /** The entry for `doc`, with its findings (given, or read now, or as of the event `asOfSeq`). */
  entryOf(doc: FactDoc, asOfSeq?: number, findings?: readonly Finding[]): TimelineEntry {
    const actors = new Map<string, { id: string; name: string; role: string | null }>();
    for (const [id, role] of Object.entries(doc.actors)) {
      const survivor = this.survivor(id);
      if (!actors.has(survivor)) actors.set(survivor, { id: survivor, name: this.actor(survivor)?.name ?? survivor, role });
    }
    return {
      factId: doc.factId,
      summary: doc.summary,
      notes: doc.notes,
      when: parseFuzzyDate(doc.when),
      actors: [...actors.values()],
      topics: doc.topics.map((id) => ({ id, label: this.topic(id)?.label ?? id })),
      place: doc.place,
      citations: Object.values(doc.citations).map((c) => {
        const s = this.source(c.source);
        return {
          citationId: c.citationId,
          source: { id: c.source, title: s?.title ?? null, publisher: s?.publisher ?? null, reliability: s?.reliability ?? null, publishedOn: s?.publishedOn ?? null },
          quote: c.quote, locator: c.locator, statedDate: c.statedDate, statedWeekday: c.statedWeekday, credibility: c.credibility,
        };
      }),
      relations: Object.values(doc.relations).map((r) => ({ kind: r.kind, fact: r.target, offset: r.offset })),
      status: doc.retracted ? 'retracted' : 'active',
      revision: doc.revision,
      findings: findings ?? (asOfSeq === undefined ? this.rm.findingsOf(doc.factId) : findingsAsOf(this.rm, doc.factId, asOfSeq)),
    };
  }
}

/**
 * A fact's findings as they stood after the event `seq`: its component re-checked from the fact
 * versions and relations of that moment (sources as they are now).
 */
export function findingsAsOf(rm: ReadModelDb, factId: string, seq: number): Finding[] {
  const [component] = recheckComponents([factId], {
    fact: (id) => rm.factAt(id, seq),
    source: (id) => rm.registryDoc('sources', id),
    relatedFrom: (id) => rm.relatedFrom(id, seq),
  });
  return component ? component.findings.filter((f) => f.facts.includes(factId)) : [];
}
