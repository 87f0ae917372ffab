import fc from 'fast-check';
import { hostileText, nastyString, POLLUTION_KEYS } from './strings.ts';

/**
 * A JSON document as a tree whose objects are lists of entries, so that keys such as `__proto__`
 * stay plain keys (an object literal would set the prototype instead), and whose leaves may be raw
 * JSON text (numbers beyond double precision, nesting thousands of levels deep).
 */
export type JsonNode =
  | { readonly kind: 'scalar'; readonly value: string | number | boolean | null }
  | { readonly kind: 'raw'; readonly text: string }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonNode])[] };

export const scalar = (value: string | number | boolean | null): JsonNode => ({ kind: 'scalar', value });
export const raw = (text: string): JsonNode => ({ kind: 'raw', text });
export const array = (items: readonly JsonNode[]): JsonNode => ({ kind: 'array', items });
export const object = (entries: readonly (readonly [string, JsonNode])[]): JsonNode => ({ kind: 'object', entries });

/** The JSON text of a tree (a key given twice is written twice: JSON.parse keeps the last). */
export function jsonText(node: JsonNode): string {
  switch (node.kind) {
    case 'scalar':
      return JSON.stringify(node.value);
    case 'raw':
      return node.text;
    case 'array':
      return `[${node.items.map(jsonText).join(',')}]`;
    case 'object':
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
}

/** Numbers that are valid JSON but not what a schema expects: beyond double range, denormals, -0, huge integers. */
export const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '0.0',
  '9007199254740993',
  '123456789012345678901234567890',
  '5e-324',
  '1.7976931348623157e308',
  '-1',
  '0',
  '1',
  '6',
  '7',
  '2.5',
] as const;

/** Nesting `depth` levels deep, in one of several shapes (arrays, objects, prototype keys). */
export function deepNesting(depth: number, shape: 'array' | 'object' | 'proto' | 'constructor' | 'mixed'): string {
  switch (shape) {
    case 'array':
      return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    case 'object':
      return `${'{"a":'.repeat(depth)}null${'}'.repeat(depth)}`;
    case 'proto':
      return `${'{"__proto__":'.repeat(depth)}{"polluted":"yes"}${'}'.repeat(depth)}`;
    case 'constructor':
      return `${'{"constructor":{"prototype":'.repeat(depth)}{"polluted":"yes"}${'}}'.repeat(depth)}`;
    case 'mixed':
      return `${'[{"x":'.repeat(depth)}0${'}]'.repeat(depth)}`;
  }
}

export const deepNode = (minDepth = 100, maxDepth = 10_000): fc.Arbitrary<JsonNode> =>
  fc
    .tuple(
      fc.integer({ min: minDepth, max: maxDepth }),
      fc.constantFrom('array', 'object', 'proto', 'constructor', 'mixed') as fc.Arbitrary<
        Parameters<typeof deepNesting>[1]
      >,
    )
    .map(([depth, shape]) => raw(deepNesting(depth, shape)));

/** A canary for prototype pollution: setting it anywhere on a prototype shows as `({}).polluted`. */
export const pollutionPayload: fc.Arbitrary<JsonNode> = fc.constantFrom(
  object([['__proto__', object([['polluted', scalar('yes')]])]]),
  object([['constructor', object([['prototype', object([['polluted', scalar('yes')]])]])]]),
  object([['prototype', object([['polluted', scalar('yes')]])]]),
  object([['__proto__', object([['__proto__', object([['polluted', scalar('yes')]])]])]]),
  object([
    [
      '__proto__',
      object([
        ['toString', scalar('polluted')],
        ['polluted', scalar('yes')],
      ]),
    ],
  ]),
  object([['__proto__', scalar(null)]]),
  array([object([['__proto__', object([['polluted', scalar('yes')]])]])]),
);

/** Scalars of every JSON type, hostile strings included. */
export const hostileScalar = (maxHuge = 20_000): fc.Arbitrary<JsonNode> =>
  fc.oneof(
    { weight: 4, arbitrary: hostileText(maxHuge).map(scalar) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_NUMBERS).map(raw) },
    { weight: 1, arbitrary: fc.double().filter(Number.isFinite).map(scalar) },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null).map(scalar) },
  );

/** Keys: the given known ones (so values land in real fields), prototype keys, nasty strings. */
export const hostileKey = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: known.length > 0 ? 4 : 0, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.constant('x') },
    { weight: 2, arbitrary: fc.constantFrom(...POLLUTION_KEYS) },
    { weight: 2, arbitrary: nastyString(20) },
  );

/** Any JSON tree a few levels deep with hostile keys and leaves, sometimes very deep or a pollution canary. */
export const hostileJson = (known: readonly string[] = [], maxHuge = 20_000): fc.Arbitrary<JsonNode> =>
  fc.letrec<{ node: JsonNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: hostileScalar(maxHuge) },
      { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map(array) },
      { weight: 3, arbitrary: fc.array(fc.tuple(hostileKey(known), tie('node')), { maxLength: 5 }).map(object) },
      { weight: 1, arbitrary: pollutionPayload },
      { weight: 1, arbitrary: deepNode(100, 2_000) },
    ),
  })).node;

/** Whether the tree is a JSON array (raw text included). */
export const isArrayNode = (node: JsonNode): boolean =>
  node.kind === 'array' || (node.kind === 'raw' && node.text.startsWith('['));
/** Whether the tree is a JSON object (raw text included). */
export const isObjectNode = (node: JsonNode): boolean =>
  node.kind === 'object' || (node.kind === 'raw' && node.text.startsWith('{'));

/** At most `max` characters of the tree's JSON text, for failure messages. */
export function previewJson(node: JsonNode, max = 600): string {
  const text = jsonText(node);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/**
 * Trees that print as a short preview of their JSON text in fast-check's counterexamples (a
 * 10 000-deep tree would otherwise print as megabytes).
 */
export const printable = (arb: fc.Arbitrary<JsonNode>): fc.Arbitrary<JsonNode> =>
  arb.map(
    (node) =>
      Object.defineProperty({ ...node }, fc.toStringMethod, {
        value: () => `JSON ${previewJson(node)}`,
        enumerable: false,
      }) as JsonNode,
  );
