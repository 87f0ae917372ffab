import type { FactDoc } from './documents.ts';

/**
 * The stored form of a fact document, smaller than its JSON: one version is kept per append of
 * every fact (time travel reads them all), so each byte saved is saved on every version.
 *
 * - The document becomes a JSON array of its values in `FACT_KEYS` order, without `factId` (the
 *   row's key holds it); `updatedAt` and `updatedBy` are `0` where they repeat `createdAt` and
 *   `createdBy`; `retracted` is `0` or `1`.
 * - A citation becomes the array of its values in `CITATION_KEYS` order without its id (its key in
 *   `citations`), trailing nulls left out; a relation becomes `[offset]` (its key says its kind and
 *   target).
 * - Anything of another shape (keys in another order, a key more or less, an id that is not its
 *   key) is stored as it is, so decoding gives back exactly the document encoded, key order
 *   included: the API and the feed serve the same bytes.
 */
const FACT_KEYS = [
  'factId',
  'summary',
  'notes',
  'when',
  'place',
  'actors',
  'topics',
  'citations',
  'relations',
  'retracted',
  'revision',
  'firstSeq',
  'firstPosition',
  'lastPosition',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const;
const CITATION_KEYS = ['source', 'quote', 'locator', 'statedDate', 'statedWeekday', 'credibility', 'citationId'];
const RELATION_KEYS = ['kind', 'target', 'offset'];

/** The index in the stored array of `summary` and `notes`, which a text search reads in SQL. */
export const STORED_SUMMARY = 0;
export const STORED_NOTES = 1;

type Json = unknown;
type Row = Record<string, Json>;

/** Whether `value` has exactly these keys, in this order, none of them undefined (which JSON leaves out). */
const hasKeys = (value: object, keys: readonly string[]): boolean => {
  let i = 0;
  for (const key in value) if (keys[i++] !== key || (value as Row)[key] === undefined) return false;
  return i === keys.length;
};

/** The stored text of `doc`. */
export function encodeFactDoc(doc: FactDoc): string {
  if (!hasKeys(doc, FACT_KEYS)) return JSON.stringify(doc);
  return JSON.stringify([
    doc.summary,
    doc.notes,
    doc.when,
    doc.place,
    doc.actors,
    doc.topics,
    encodeMap(doc.citations as Row, encodeCitation),
    encodeMap(doc.relations as Row, encodeRelation),
    doc.retracted ? 1 : 0,
    doc.revision,
    doc.firstSeq,
    doc.firstPosition,
    doc.lastPosition,
    doc.createdAt,
    doc.createdBy,
    doc.updatedAt === doc.createdAt ? 0 : doc.updatedAt,
    doc.updatedBy === doc.createdBy ? 0 : doc.updatedBy,
  ]);
}

/** The document stored as `text` for the fact `factId` (`encodeFactDoc`'s inverse). */
export function decodeFactDoc(factId: string, text: string): FactDoc {
  const s = JSON.parse(text) as Json[] | FactDoc;
  if (!Array.isArray(s)) return s;
  return new DecodedFact(factId, s) as unknown as FactDoc;
}

/**
 * A fact document decoded from its stored array, made by a constructor rather than an object
 * literal (see `DecodedCitation`), its fields declared in `FACT_KEYS` order. Indexes, not
 * destructuring: array destructuring goes through the iterator protocol, which costs more than
 * the parse on a page of documents.
 */
class DecodedFact {
  factId: string;
  summary: Json;
  notes: Json;
  when: Json;
  place: Json;
  actors: Json;
  topics: Json;
  citations: Row;
  relations: Row;
  retracted: boolean;
  revision: Json;
  firstSeq: Json;
  firstPosition: Json;
  lastPosition: Json;
  createdAt: Json;
  createdBy: Json;
  updatedAt: Json;
  updatedBy: Json;
  constructor(factId: string, s: Json[]) {
    this.factId = factId;
    this.summary = s[0];
    this.notes = s[1];
    this.when = s[2];
    this.place = s[3];
    this.actors = s[4];
    this.topics = s[5];
    this.citations = decodeMap(s[6] as Row, decodeCitation);
    this.relations = decodeMap(s[7] as Row, decodeRelation);
    this.retracted = s[8] === 1;
    this.revision = s[9];
    this.firstSeq = s[10];
    this.firstPosition = s[11];
    this.lastPosition = s[12];
    this.createdAt = s[13];
    this.createdBy = s[14];
    this.updatedAt = s[15] === 0 ? s[13] : s[15];
    this.updatedBy = s[16] === 0 ? s[14] : s[16];
  }
}

/**
 * Sets `key` as an own property of `out`: plain assignment of `__proto__` would set the object's
 * prototype instead, and the key would vanish from the JSON.
 */
function setOwn(out: Row, key: string, value: Json): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

function encodeMap(map: Row, encode: (key: string, value: Row) => Json): Row {
  const out: Row = {};
  for (const key in map) setOwn(out, key, encode(key, map[key] as Row));
  return out;
}

/** Decodes the values of `map`, an object just parsed from the stored text, in place (its keys keep their order). */
function decodeMap(map: Row, decode: (key: string, stored: Json[]) => Row): Row {
  for (const key in map) {
    const stored = map[key];
    if (Array.isArray(stored)) setOwn(map, key, decode(key, stored));
  }
  return map;
}

function encodeCitation(key: string, c: Row): Json {
  if (!hasKeys(c, CITATION_KEYS) || c.citationId !== key) return c;
  const values = [c.source, c.quote, c.locator, c.statedDate, c.statedWeekday, c.credibility];
  while (values.length > 1 && values[values.length - 1] === null) values.pop();
  return values;
}

/**
 * A citation and a relation are decoded by constructors, not object literals: V8 may allocate a
 * literal's objects straight in the old generation once it has seen most of them live long (as
 * during an import), and a page's documents, dropped at once, would then keep their young strings
 * alive through a scavenge (see `projections/queries/entryParts.ts`). A class's fields are defined
 * in the order they are declared: the stored order.
 */
class DecodedCitation {
  source: Json;
  quote: Json;
  locator: Json;
  statedDate: Json;
  statedWeekday: Json;
  credibility: Json;
  citationId: string;
  constructor(key: string, v: Json[]) {
    this.source = v[0];
    this.quote = v[1] ?? null;
    this.locator = v[2] ?? null;
    this.statedDate = v[3] ?? null;
    this.statedWeekday = v[4] ?? null;
    this.credibility = v[5] ?? null;
    this.citationId = key;
  }
}

const decodeCitation = (key: string, v: Json[]): Row => new DecodedCitation(key, v) as unknown as Row;

const encodeRelation = (key: string, r: Row): Json =>
  hasKeys(r, RELATION_KEYS) && !String(r.kind).includes(':') && key === `${String(r.kind)}:${String(r.target)}`
    ? [r.offset]
    : r;

class DecodedRelation {
  kind: string;
  target: string;
  offset: Json;
  constructor(key: string, v: Json[]) {
    const colon = key.indexOf(':');
    this.kind = key.slice(0, colon);
    this.target = key.slice(colon + 1);
    this.offset = v[0];
  }
}

const decodeRelation = (key: string, v: Json[]): Row => new DecodedRelation(key, v) as unknown as Row;
