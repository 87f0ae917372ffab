import { parseFuzzyDate, type FuzzyDate } from '../../src/dates/index.ts';
import type { FactDoc } from '../documents.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { ActorName, Registry, RegistryName, SourceName, TopicName } from '../readModels/registries.ts';
import type { Finding } from '../../src/checks/index.ts';
import { findingsAsOf } from './findingsAsOf.ts';
import type { CacheScope } from '../readCache.ts';
import { locateCitation, textIndexOf } from '../sourceTexts.ts';
import type { TextIndex } from '../../src/sources/text/index.ts';
import { citationOf, Entry, EntryActor, EntryTopic, NO_FINDINGS, type EntryCitation } from './entryParts.ts';
import type { EntryInput } from '../keptEntries.ts';
import type { NamesRead } from '../keptNames.ts';

export type { EntryCitation } from './entryParts.ts';

/** A fact's date in an entry: as stated, and the bounds its relations narrow it to. */
export interface EntryDate extends FuzzyDate {
  /**
   * Only where the relations narrow the stated bounds (the \`implied\` bounds of the fact's
   * \`date-narrowed\` finding): the days the fact may fall on given them, \`null\` where still open.
   * Timelines sort on these (docs/design.md "Fuzzy dates").
   */
  readonly effective?: { readonly earliest: string | null; readonly latest: string | null };
}

/** A timeline entry as docs/design.md's Timeline JSON shows it. */
export interface TimelineEntry {
  readonly factId: string;
  readonly summary: string;
  readonly notes: string | null;
  readonly when: EntryDate;
  readonly actors: readonly { readonly id: string; readonly name: string; readonly role: string | null }[];
  readonly topics: readonly { readonly id: string; readonly label: string }[];
  readonly place: string | null;
  readonly citations: readonly EntryCitation[];
  readonly relations: readonly { readonly kind: string; readonly fact: string; readonly offset: string | null }[];
  readonly status: 'active' | 'retracted';
  readonly revision: number;
  /** When the fact last changed (as of the timeline's moment): the `recordedAt` of its last event. */
  readonly updatedAt: string;
  /** Date-check findings that involve this fact (see src/checks). */
  readonly findings: readonly Finding[];
}

/**
 * Resolves ids to names for entries: actors through merges (a merged actor shows as the one it was
 * merged into), topics to labels, sources to titles and grades. It reads only what entries show of
 * each (`RegistryName`), never the whole registry documents. The names it reads are kept for later
 * queries while no registry document changes (`KeptNames`, under the names token read when the
 * resolver is made), except inside a write transaction, where they are this query's own. The
 * entries it builds are kept in `scope`: for this query only, or shared with later queries while the
 * read models do not change (the default: the read models' `ReadCache`).
 */
export class NameResolver {
  /** Source texts read for this resolver, ready for quotes (see {@link textIndex}). */
  private readonly texts = new Map<string, TextIndex | null>();
  /** The names this resolver looked up, by registry and id (null: no such document). */
  private readonly known: NamesRead = { actors: new Map(), topics: new Map(), sources: new Map() };
  /**
   * The read models' names token, read before any name (see `KeptNames`); undefined inside a write
   * transaction, whose writes may be rolled back and move the token only at its end.
   */
  private readonly namesToken: string | undefined;
  /** While an entry is built: the names and texts it reads (see `KeptEntries`). */
  private inputs: EntryInput[] | undefined;

  constructor(
    private readonly rm: ReadModelDb,
    readonly scope: CacheScope = rm.cache.scope(),
    /** The names token as known to the caller (read as of a commit); read now when not given. */
    namesToken?: string,
  ) {
    this.namesToken = rm.db.inTransaction ? undefined : (namesToken ?? rm.namesToken());
  }

  private name<R extends Registry>(registry: R, id: string): RegistryName<R> | null {
    const known = this.known[registry] as Map<string, RegistryName<R> | null>;
    let name = known.get(id);
    if (name === undefined && !known.has(id)) {
      const token = this.namesToken;
      name = token === undefined ? undefined : this.rm.keptNames.get(token, registry, id);
      if (name === undefined) {
        name = this.rm.registries.names(registry, [id]).get(id) ?? null;
        if (token !== undefined) this.rm.keptNames.set(token, registry, id, name);
      }
      known.set(id, name);
    }
    this.inputs?.push([registry, id, name ?? null]);
    return name ?? null;
  }

  private topic(id: string): TopicName | null {
    return this.name('topics', id);
  }

  source(id: string): SourceName | null {
    return this.name('sources', id);
  }

  /**
   * The text held for source `id`, ready for quotes to be located in it (read at most once by this
   * resolver: one query); `null` when the source holds none.
   */
  textIndex(id: string): TextIndex | null {
    if (!this.texts.has(id)) this.texts.set(id, this.source(id)?.text ? textIndexOf(this.rm, id) : null);
    const index = this.texts.get(id) ?? null;
    this.inputs?.push(['text', id, index]);
    return index;
  }

  /** Whether `input`, read again now, is what it was (names compared field by field, texts by index). */
  private unchanged(input: EntryInput): boolean {
    const [registry, id, was] = input;
    if (registry === 'text') return this.textIndex(id) === was;
    return sameName(this.name(registry, id), was);
  }

  /**
   * The current entry of `doc`, whose findings are stored as `findings` (JSON text; null: no row):
   * the one kept for the read models' connection when it was built from the same document,
   * findings, names and texts (`KeptEntries`), else built now and kept.
   */
  private currentEntryOf(doc: FactDoc, findings: string | null): TimelineEntry {
    const kept = this.rm.keptEntries.find(doc, findings, (input) => this.unchanged(input));
    if (kept) return kept;
    const inputs: EntryInput[] = Array.of();
    this.inputs = inputs;
    try {
      const entry = this.entryOf(doc, findings === null ? NO_FINDINGS : parseFindings(findings));
      this.rm.keptEntries.keep(doc, findings, inputs, entry);
      return entry;
    } finally {
      this.inputs = undefined;
    }
  }

  actor(id: string): ActorName | null {
    return this.name('actors', id);
  }

  /**
   * Reads the names of the actors, topics and sources `docs` name that are not known yet, one
   * query per registry, so building their entries then reads nothing more (merged actors'
   * survivors aside).
   */
  prefetch(docs: Iterable<FactDoc>): void {
    const named = { actors: new Set<string>(), topics: new Set<string>(), sources: new Set<string>() };
    for (const doc of docs) {
      for (const id in doc.actors) named.actors.add(id);
      for (const id of doc.topics) named.topics.add(id);
      for (const key in doc.citations) named.sources.add(doc.citations[key]!.source);
    }
    const token = this.namesToken;
    for (const registry of ['actors', 'topics', 'sources'] as const) {
      const known = this.known[registry] as Map<string, unknown>;
      const wanted: string[] = [];
      for (const id of named[registry]) {
        if (known.has(id)) continue;
        const kept = token === undefined ? undefined : this.rm.keptNames.get(token, registry, id);
        if (kept !== undefined) known.set(id, kept);
        else wanted.push(id);
      }
      if (wanted.length === 0) continue;
      const found: Map<string, RegistryName<typeof registry>> = this.rm.registries.names(registry, wanted);
      for (const id of wanted) {
        const name = found.get(id) ?? null;
        if (token !== undefined) this.rm.keptNames.set(token, registry, id, name);
        known.set(id, name);
      }
    }
  }

  /** The actor `id` stands for after merges (follows `mergedInto`, stopping on a cycle). */
  survivor(id: string): string {
    if (!this.actor(id)?.mergedInto) return id;
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const next = this.actor(current)?.mergedInto;
      if (!next || seen.has(next)) return current;
      seen.add(current);
      current = next;
    }
  }

  /** The entry for `doc`, with its findings (given — as of an event, say — or the current ones read now). */
  entryOf(doc: FactDoc, findings: readonly Finding[] = this.rm.findings.of(doc.factId)): TimelineEntry {
    // Made by constructors and `Array.of`, not literals: see entryParts.ts.
    // Each actor as the one it was merged into, once, with the role of its first link.
    const actors: EntryActor[] = Array.of();
    for (const id in doc.actors) {
      const own = this.actor(id);
      const survivor = own?.mergedInto ? this.survivor(id) : id;
      if (actors.some((a) => a.id === survivor)) continue;
      const name = (survivor === id ? own : this.actor(survivor))?.name ?? survivor;
      actors.push(new EntryActor(survivor, name, doc.actors[id] ?? null));
    }
    const topics: EntryTopic[] = Array.of();
    for (const id of doc.topics) topics.push(new EntryTopic(id, this.topic(id)?.label ?? id));
    const citations: EntryCitation[] = Array.of();
    for (const key in doc.citations) {
      const c = doc.citations[key]!;
      citations.push(citationOf(c, this.source(c.source), locateCitation(this.textIndex(c.source), c.quote)));
    }
    return new Entry(doc, { when: entryDateOf(doc, findings), actors, topics, citations, findings });
  }

  /**
   * The entries of `factIds`, in that order (a fact with no document then is left out): current,
   * or as known after the event `asOfSeq`. Entries an earlier query built are taken from the scope;
   * the others are read together (documents in one query; as-of findings with one re-check of the
   * components the page's facts fall in).
   */
  entriesOf(factIds: readonly string[], asOfSeq?: number): TimelineEntry[] {
    const key = asOfSeq === undefined ? (id: string) => `entry:${id}` : (id: string) => `entry:${id}@${asOfSeq}`;
    const built = new Map<string, TimelineEntry>();
    const missing: string[] = [];
    for (const id of factIds) {
      const entry = this.scope.peek<TimelineEntry>(key(id));
      if (entry) built.set(id, entry);
      else missing.push(id);
    }
    if (missing.length > 0) {
      if (asOfSeq === undefined) {
        const current = this.rm.facts.manyAt(missing);
        const findings = this.rm.findings.textsOf(missing);
        this.prefetch(current.values());
        for (const [id, doc] of current) built.set(id, this.currentEntryOf(doc, findings.get(id) ?? null));
      } else {
        const found = this.rm.facts.manyAt(missing, asOfSeq);
        const docs = new Map(missing.map((id) => [id, found.get(id) ?? null]));
        this.prefetch([...docs.values()].filter((d): d is FactDoc => d !== null));
        const findings = findingsAsOf(this.rm, missing, asOfSeq, {
          docs,
          relatedFrom: this.rm.relations.relatedFromAt(missing, asOfSeq),
          names: this,
        });
        for (const [id, doc] of docs) if (doc) built.set(id, this.entryOf(doc, findings.get(id) ?? NO_FINDINGS));
      }
      for (const id of missing) {
        const entry = built.get(id);
        if (entry) this.scope.set(key(id), entry);
      }
    }
    return factIds.flatMap((id) => built.get(id) ?? []);
  }
}

/** Findings stored as JSON text, `[]` shared. */
function parseFindings(text: string): readonly Finding[] {
  return text === '[]' ? NO_FINDINGS : (JSON.parse(text) as Finding[]);
}

/** Two registry names (or their absence) with the same fields. */
function sameName(a: object | null, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (x[key] !== y[key]) return false;
  return true;
}

/** The fact's date with the bounds its `date-narrowed` finding gives, if it has one. */
function entryDateOf(doc: FactDoc, findings: readonly Finding[]): EntryDate {
  const when = parseFuzzyDate(doc.when);
  const implied = findings.find((f) => f.code === 'date-narrowed' && f.facts[0] === doc.factId)?.implied;
  return implied ? { ...when, effective: { earliest: implied.earliest, latest: implied.latest } } : when;
}
