/**
 * JSON with every object's keys sorted, so equal values give equal text: the text an item's digest
 * hashes (docs/design.md § Dossier format, re-importing). The same text as `JSON.stringify` with a
 * replacer that rebuilds each object from its entries sorted, written out directly for plain JSON
 * data: an import digests every item, and rebuilding each object through `Object.fromEntries` was
 * a large share of its time. Keys that are array indices come first, in numeric order, as in any
 * object rebuilt. A value holding anything else (an object with `toJSON`, a `bigint`) goes whole
 * through `JSON.stringify` with that replacer, which serialises or refuses it as it always did.
 * `undefined` for `undefined`, a function or a symbol, as `JSON.stringify` gives.
 */
export function canonicalJson(value: unknown): string | undefined {
  try {
    return plainJson(value);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    );
  }
}

const NOT_PLAIN = Symbol('not plain JSON data');

function plainJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return arrayJson(value);
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
      return objectJson(value as Readonly<Record<string, unknown>>);
    case 'bigint':
      throw NOT_PLAIN;
    default:
      return undefined;
  }
}

function arrayJson(list: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) out += (i > 0 ? ',' : '') + (plainJson(list[i]) ?? 'null');
  return `${out}]`;
}

const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (key: string) => INDEX.test(key) && Number(key) < 2 ** 32 - 1;

/** A key's JSON and colon (`"when":`), kept for the few keys every item repeats. */
const keyTexts = new Map<string, string>();
const keyText = (key: string): string => {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (keyTexts.size < 1000) keyTexts.set(key, text);
  }
  return text;
};

function objectJson(object: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(object);
  // Object.keys lists the index keys first, in numeric order; the other keys are sorted after them.
  let indices = 0;
  while (indices < keys.length && isIndex(keys[indices]!)) indices++;
  const ordered = indices === 0 ? keys.sort() : [...keys.slice(0, indices), ...keys.slice(indices).sort()];
  let out = '{';
  for (const key of ordered) {
    const json = plainJson(object[key]);
    if (json !== undefined) out += (out.length > 1 ? ',' : '') + keyText(key) + json;
  }
  return `${out}}`;
}
