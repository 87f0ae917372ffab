import { hash } from 'node:crypto';
import type { AggregateKind, StateOf } from '../aggregates.ts';
import { citationIdOf } from '../../facts/citationId.ts';
import { canonicalJson } from './canonicalJson.ts';
import type { CitationData } from '../../facts/events.ts';

/**
 * An item in the dossier's shape, in one canonical form, so that the file's item and the store's
 * state can be compared and digested: lists whose order means nothing (a fact's actors, topics,
 * citations and relations; an actor's aliases) are sorted, and keys are sorted when digested.
 */
export type ItemView = Readonly<Record<string, unknown>>;

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const sortedBy = <T>(list: readonly T[], key: (t: T) => string): T[] => [...list].sort(byKey(key));
const sortedStrings = (list: readonly string[]): string[] => [...list].sort();

const citationOf = (c: CitationData) => ({
  source: c.source,
  quote: c.quote,
  locator: c.locator,
  statedDate: c.statedDate,
  statedWeekday: c.statedWeekday,
  credibility: c.credibility,
});

interface FactLists {
  readonly actors: readonly { readonly id: string; readonly role: string | null }[];
  readonly topics: readonly string[];
  readonly citations: readonly CitationData[];
  readonly relations: readonly { readonly type: string; readonly fact: string; readonly offset: string | null }[];
}

const factLists = (f: FactLists) => ({
  actors: sortedBy(f.actors, (a) => a.id).map((a) => ({ id: a.id, role: a.role })),
  topics: sortedStrings(f.topics),
  citations: sortedBy(f.citations, citationIdOf).map(citationOf),
  relations: sortedBy(f.relations, (r) => `${r.type}:${r.fact}`).map((r) => ({
    type: r.type,
    fact: r.fact,
    offset: r.offset,
  })),
});

/**
 * A valid dossier item as the file gives it, canonical. Every key of the item is kept (a field the
 * store does not know of yet still counts as a change of the file).
 */
export function fileItemView(kind: AggregateKind, item: Readonly<Record<string, unknown>>): ItemView {
  if (kind === 'fact') return { ...item, ...factLists(item as unknown as FactLists) };
  if (kind === 'actor') return { ...item, aliases: sortedStrings(item.aliases as string[]) };
  return item;
}

/** The store's state of an item in the dossier's shape, canonical; `null` when the stream is empty. */
export function storeItemView<K extends AggregateKind>(kind: K, state: StateOf<K>): ItemView | null {
  if (state.status === 'absent') return null;
  switch (kind) {
    case 'fact': {
      const s = state as Exclude<StateOf<'fact'>, { status: 'absent' }>;
      const { actors, topics, citations, relations } = factLists({
        actors: Object.entries(s.actors).map(([id, role]) => ({ id, role })),
        topics: s.topics,
        citations: Object.values(s.citations),
        relations: Object.values(s.relations).map((r) => ({ type: r.kind, fact: r.target, offset: r.offset })),
      });
      const { factId: id, summary, when, place, notes } = s;
      const retracted = s.status === 'retracted';
      return { id, summary, when, actors, topics, place, notes, citations, relations, retracted };
    }
    case 'actor': {
      const s = state as Exclude<StateOf<'actor'>, { status: 'absent' }>;
      const { actorId: id, name, kind: actorKind, notes, mergedInto } = s;
      return { id, name, kind: actorKind, aliases: sortedStrings(s.aliases), mergedInto, notes };
    }
    case 'topic': {
      const { topicId: id, label, parent, notes } = state as Exclude<StateOf<'topic'>, { status: 'absent' }>;
      return { id, label, parent, notes };
    }
    case 'source': {
      const s = state as Exclude<StateOf<'source'>, { status: 'absent' }>;
      const { sourceId: id, title, publisher, url, publishedOn, reliability, notes, locale } = s;
      return { id, title, publisher, url, publishedOn, reliability, notes, locale };
    }
    default:
      throw new Error(`unhandled aggregate kind ${kind as string}`);
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The item's 128-bit digest: the first 16 bytes of the SHA-256 of its canonical JSON, base64url.
 * Made from the whole hash's base64url text, with no buffer: its first 21 characters carry the first
 * 126 bits; the 22nd carries bits 127-128 and four bits of byte 17, which the 16 bytes' text has as
 * zeros. An import digests every item.
 */
export const digestOf = (view: ItemView): string => {
  const whole = hash('sha256', canonicalJson(view)!, 'base64url');
  return whole.slice(0, 21) + BASE64URL[BASE64URL.indexOf(whole[21]!) & 0b110000]!;
};

/** One field on which the file and the store differ, with both values. */
export interface FieldDifference {
  readonly field: string;
  /** The file's value; `undefined` (left out of JSON) when the file has no such field. */
  readonly file: unknown;
  /** The store's value; `undefined` (left out of JSON) when the store has no such field. */
  readonly store: unknown;
}

/** The fields on which two views differ, in the store view's field order, then the file's others. */
export function fieldDifferences(file: ItemView, store: ItemView): FieldDifference[] {
  const fields = [...new Set([...Object.keys(store), ...Object.keys(file)])];
  return fields
    .filter((field) => canonicalJson(file[field]) !== canonicalJson(store[field]))
    .map((field) => ({ field, file: file[field], store: store[field] }));
}
