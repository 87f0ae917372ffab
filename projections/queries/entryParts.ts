import type { Finding } from '../../src/checks/index.ts';
import type { FactDoc } from '../documents.ts';
import type { SourceName } from '../readModels/registries.ts';
import type { CitationLocation } from '../sourceTexts.ts';
import type { EntryDate, TimelineEntry } from './entries.ts';

/*
 * The objects a timeline entry is made of, made by constructors (and their arrays by `Array.of`)
 * rather than by object and array literals, with their keys in the order the Timeline JSON shows
 * them (a class's fields are defined in the order they are declared).
 *
 * Why: V8 watches each literal in the code and, when most objects it makes outlive a scavenge
 * (entries kept in the read cache do), allocates that literal's objects straight in the old
 * generation from then on ("allocation-site pretenuring"). An entry made there points at strings
 * and arrays made young, and each scavenge must then copy and promote those, whether the entry
 * is still used or long dropped from the cache: pages after a change made scavenges of tens of ms
 * that way. V8 keeps that record per literal: objects made by a class's constructor, and arrays
 * made by `Array.of`, start young whatever their neighbours did, and are promoted only if they
 * survive (docs/benchmarks.md, "What survives each scavenge").
 */

/** A fact with no findings: shared, never changed. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export class EntryActor {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  constructor(id: string, name: string, role: string | null) {
    this.id = id;
    this.name = name;
    this.role = role;
  }
}

export class EntryTopic {
  readonly id: string;
  readonly label: string;
  constructor(id: string, label: string) {
    this.id = id;
    this.label = label;
  }
}

class EntrySource {
  readonly id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly reliability: string | null;
  readonly publishedOn: string | null;
  constructor(id: string, s: SourceName | null) {
    this.id = id;
    this.title = s?.title ?? null;
    this.publisher = s?.publisher ?? null;
    this.reliability = s?.reliability ?? null;
    this.publishedOn = s?.publishedOn ?? null;
  }
}

type CitationDoc = FactDoc['citations'][string];

/** A citation as an entry shows it. */
export class EntryCitation {
  readonly citationId: string;
  readonly source: EntrySource;
  readonly quote: string | null;
  /** Where the citation says the quote is, as written. */
  readonly locator: string | null;
  /** Where the quote is in the source's text, computed when the text is held (see `CitationLocation`). */
  readonly location: CitationLocation | null;
  readonly statedDate: string | null;
  readonly statedWeekday: string | null;
  readonly credibility: number | null;
  constructor(c: CitationDoc, source: SourceName | null, location: CitationLocation | null) {
    this.citationId = c.citationId;
    this.source = new EntrySource(c.source, source);
    this.quote = c.quote;
    this.locator = c.locator;
    this.location = location;
    this.statedDate = c.statedDate;
    this.statedWeekday = c.statedWeekday;
    this.credibility = c.credibility;
  }
}

/** The citation `c` of an entry, with its source's names and where its quote is in the source's text. */
export const citationOf = (c: CitationDoc, source: SourceName | null, location: CitationLocation | null) =>
  new EntryCitation(c, source, location);

class Relation {
  readonly kind: string;
  readonly fact: string;
  readonly offset: string | null;
  constructor(kind: string, fact: string, offset: string | null) {
    this.kind = kind;
    this.fact = fact;
    this.offset = offset;
  }
}

/** The relations of `doc` as an entry shows them. */
function relationsOf(doc: FactDoc): Relation[] {
  const out: Relation[] = Array.of();
  for (const key in doc.relations) {
    const r = doc.relations[key]!;
    out.push(new Relation(r.kind, r.target, r.offset));
  }
  return out;
}

/** The entry of `doc`, from its parts resolved by `NameResolver.entryOf`. */
export class Entry implements TimelineEntry {
  readonly factId: string;
  readonly summary: string;
  readonly notes: string | null;
  readonly when: EntryDate;
  readonly actors: readonly EntryActor[];
  readonly topics: readonly EntryTopic[];
  readonly place: string | null;
  readonly citations: readonly EntryCitation[];
  readonly relations: readonly Relation[];
  readonly status: 'active' | 'retracted';
  readonly revision: number;
  readonly updatedAt: string;
  readonly findings: readonly Finding[];
  constructor(
    doc: FactDoc,
    parts: {
      when: EntryDate;
      actors: EntryActor[];
      topics: EntryTopic[];
      citations: EntryCitation[];
      findings: readonly Finding[];
    },
  ) {
    this.factId = doc.factId;
    this.summary = doc.summary;
    this.notes = doc.notes;
    this.when = parts.when;
    this.actors = parts.actors;
    this.topics = parts.topics;
    this.place = doc.place;
    this.citations = parts.citations;
    this.relations = relationsOf(doc);
    this.status = doc.retracted ? 'retracted' : 'active';
    this.revision = doc.revision;
    this.updatedAt = doc.updatedAt;
    this.findings = parts.findings;
  }
}
