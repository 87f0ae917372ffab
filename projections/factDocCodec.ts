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
  // Indexes, not destructuring: array destructuring goes through the iterator protocol, which costs
  // more than the parse on a page of documents.
  return {
    factId,
    summary: s[0],
    notes: s[1],
    when: s[2],
    place: s[3],
    actors: s[4],
    topics: s[5],
    citations: decodeMap(s[6] as Row, decodeCitation),
    relations: decodeMap(s[7] as Row, decodeRelation),
    retracted: s[8] === 1,
    revision: s[9],
    firstSeq: s[10],
    firstPosition: s[11],
    lastPosition: s[12],
    createdAt: s[13],
    createdBy: s[14],
    updatedAt: s[15] === 0 ? s[13] : s[15],
    updatedBy: s[16] === 0 ? s[14] : s[16],
  } as FactDoc;
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

function decodeMap(map: Row, decode: (key: string, stored: Json[]) => Row): Row {
  const out: Row = {};
  for (const key in map) {
    const stored = map[key];
    setOwn(out, key, Array.isArray(stored) ? decode(key, stored) : stored);
  }
  return out;
}

function encodeCitation(key: string, c: Row): Json {
  if (!hasKeys(c, CITATION_KEYS) || c.citationId !== key) return c;
  const values = [c.source, c.quote, c.locator, c.statedDate, c.statedWeekday, c.credibility];
  while (values.length > 1 && values[values.length - 1] === null) values.pop();
  return values;
}

function decodeCitation(key: string, v: Json[]): Row {
  return {
    source: v[0],
    quote: v[1] ?? null,
    locator: v[2] ?? null,
    statedDate: v[3] ?? null,
    statedWeekday: v[4] ?? null,
    credibility: v[5] ?? null,
    citationId: key,
  };
}

const encodeRelation = (key: string, r: Row): Json =>
  hasKeys(r, RELATION_KEYS) && !String(r.kind).includes(':') && key === `${String(r.kind)}:${String(r.target)}`
    ? [r.offset]
    : r;

function decodeRelation(key: string, v: Json[]): Row {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon), target: key.slice(colon + 1), offset: v[0] };
}
