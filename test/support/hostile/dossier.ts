import fc from 'fast-check';
import { edtfShaped } from './edtf.ts';
import {
  array,
  deepNode,
  hostileJson,
  isArrayNode,
  isObjectNode,
  object,
  pollutionPayload,
  printable,
  raw,
  scalar,
  type JsonNode,
} from './json.ts';
import { hostileText, hugeString, nastyString, POLLUTION_KEYS } from './strings.ts';

/**
 * Hostile dossiers, as JSON trees (so that `__proto__` is an ordinary key once parsed). Items are
 * built from a small pool of ids so that they collide: duplicates, references to items that are
 * rejected, merges and parents given later in the file, ids the store already has.
 */
export const ID_POOL = [
  'a',
  'b',
  'c',
  'd-1',
  'sedena',
  'border-security',
  'yucatan-times-nuctech',
  'x'.repeat(80),
] as const;

const goodId = fc.constantFrom(...ID_POOL);
const badId = fc.constantFrom('X', 'a_b', '-a', 'x'.repeat(81), '', '__proto__', 'a\u0000', 'é');
/** Text that passes (trimmed, 1 to `max` characters) but is as hostile as can be. */
const goodText = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: nastyString(30).filter((t) => t.trim().length > 0) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max })
        .map((n) => `${'\u202e'}${'é\u0301\u0000'.repeat(Math.ceil(n / 3))}`.slice(0, n)),
    },
  );
const badText = (max: number) =>
  fc.oneof(fc.constantFrom('', '   ', '\u3000'), hugeString(max + 1, max + 50), hostileText(2_000));
const goodDate = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '2022-04-22',
      '2022',
      '../2022-10',
      '2022-21',
      '?2022-04-22',
      '2022-04-22~/2022-05',
      '-0044-03-15',
      '201X',
      '2022-04-XX',
      'Y9999999',
      '2022-34',
      '[2019,2021]',
    ),
  },
  { weight: 1, arbitrary: edtfShaped },
);

/** Mostly valid (so items get written), hostile now and then. */
const v = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 15, arbitrary: good }, { weight: 1, arbitrary: bad });
const maybe = (node: fc.Arbitrary<JsonNode>) =>
  fc.oneof({ weight: 3, arbitrary: node }, { weight: 1, arbitrary: fc.constant(scalar(null)) });
const str = (arb: fc.Arbitrary<string>) => arb.map(scalar);
const id = str(v(goodId, badId));
const text = (max: number) => str(v(goodText(max), badText(max)));

/** A field: its key, its value, and whether an item must have it. */
type Field = readonly [string, fc.Arbitrary<JsonNode>, boolean];

/** The fields of an item of each section, each mostly valid and as hostile as valid allows. */
const FIELDS: Record<'sources' | 'actors' | 'topics' | 'facts', readonly Field[]> = {
  sources: [
    ['id', id, true],
    ['title', text(500), true],
    ['publisher', maybe(text(300)), false],
    [
      'url',
      maybe(
        str(
          v(
            fc.constantFrom(
              'https://example.org/a',
              'https://例え.jp/%E0%A4%A',
              'http://[::1]:80/?a=%00',
              'file:///etc/passwd',
              'javascript:alert(1)',
            ),
            fc.constantFrom('http://[::1', 'not a url', ''.padEnd(2_001, 'x')),
          ),
        ),
      ),
      false,
    ],
    ['publishedOn', maybe(str(goodDate)), false],
    ['reliability', str(v(fc.constantFrom('A', 'C', 'F'), fc.constantFrom('G', 'a', ''))), false],
    ['notes', maybe(text(10_000)), false],
  ],
  actors: [
    ['id', id, true],
    ['name', text(300), true],
    ['kind', str(v(fc.constantFrom('person', 'company', 'government-body'), fc.constantFrom('alien', ''))), true],
    ['aliases', fc.array(text(300), { maxLength: 4 }).map(array), false],
    ['mergedInto', maybe(id), false],
    ['notes', maybe(text(10_000)), false],
  ],
  topics: [
    ['id', id, true],
    ['label', text(200), true],
    ['parent', maybe(id), false],
    ['notes', maybe(text(10_000)), false],
  ],
  facts: [
    ['id', id, true],
    ['summary', text(2_000), true],
    ['when', str(goodDate), true],
    [
      'actors',
      fc
        .array(
          fc.tuple(id, maybe(text(60))).map(([i, role]) =>
            object([
              ['id', i],
              ['role', role],
            ]),
          ),
          { maxLength: 3 },
        )
        .map(array),
      false,
    ],
    ['topics', fc.array(id, { maxLength: 3 }).map(array), false],
    ['place', maybe(text(300)), false],
    ['notes', maybe(text(10_000)), false],
    [
      'citations',
      fc
        .array(
          fc
            .record(
              {
                source: id,
                quote: maybe(text(10_000)),
                locator: maybe(text(300)),
                statedDate: maybe(str(goodDate)),
                statedWeekday: maybe(
                  str(v(fc.constantFrom('Monday', 'Friday'), fc.constantFrom('friday', 'Caturday'))),
                ),
                credibility: maybe(v(fc.constantFrom(1, 3, 6), fc.constantFrom(0, 7, 2.5)).map(scalar)),
              },
              { requiredKeys: ['source'] },
            )
            .map((c) => object(Object.entries(c))),
          { maxLength: 3 },
        )
        .map(array),
      false,
    ],
    [
      'relations',
      fc
        .array(
          fc
            .record(
              {
                type: str(v(fc.constantFrom('after', 'before', 'same-day'), fc.constant('during'))),
                fact: id,
                offset: maybe(
                  str(
                    v(
                      fc.constantFrom('P10D', 'P2W', 'P0D', 'P999999D', 'P1M', 'P1Y2M', 'P3Y~', 'P4M/P5M', '../P5M'),
                      fc.constantFrom('10', 'P9999999D', 'P5M/P4M', 'P1M~~', '../..', 'p1m'),
                    ),
                  ),
                ),
              },
              { requiredKeys: ['type', 'fact'] },
            )
            .map((r) => object(Object.entries(r))),
          { maxLength: 3 },
        )
        .map(array),
      false,
    ],
    ['retracted', fc.constantFrom(true, false).map(scalar), false],
  ],
};

/** An edit to an item's entries: drop a field, give it a hostile value, add an unknown or prototype key. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.oneof(hostileJson([], 20_000), deepNode(1_000, 10_000), pollutionPayload),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS), nastyString(10)),
    value: fc.oneof(hostileJson([], 2_000), pollutionPayload),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(entries: (readonly [string, JsonNode])[], m: Mutation): (readonly [string, JsonNode])[] {
  const out = [...entries];
  if (m.kind === 'add') out.push([m.key, m.value]);
  else if (out.length > 0) {
    const i = m.at % out.length;
    if (m.kind === 'drop') out.splice(i, 1);
    else out[i] = [out[i]![0], m.value];
  }
  return out;
}

/** One item of a section: mostly plausible, sometimes edited hostile, sometimes not an object at all. */
export function hostileItem(section: keyof typeof FIELDS): fc.Arbitrary<JsonNode> {
  const fields = FIELDS[section];
  const plausible = fc
    .tuple(...fields.map(([, value, required]) => (required ? value : fc.option(value, { freq: 3 }))))
    .map((values) =>
      fields.flatMap(([key], i) => (values[i] === null || values[i] === undefined ? [] : [[key, values[i]!] as const])),
    );
  const edited = fc
    .tuple(plausible, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([entries, ms]) => ms.reduce(mutate, entries));
  return fc.oneof(
    { weight: 8, arbitrary: plausible.map(object) },
    { weight: 3, arbitrary: edited.map(object) },
    { weight: 1, arbitrary: fc.oneof(hostileJson([], 2_000), deepNode(1_000, 10_000)) },
  );
}

/** A dossier whose top level is valid: every item is judged on its own. */
const itemsDossier: fc.Arbitrary<JsonNode> = fc
  .record(
    {
      sources: fc.array(hostileItem('sources'), { maxLength: 4 }),
      actors: fc.array(hostileItem('actors'), { maxLength: 5 }),
      topics: fc.array(hostileItem('topics'), { maxLength: 5 }),
      facts: fc.array(hostileItem('facts'), { maxLength: 4 }),
      title: fc.option(str(nastyString(40)), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
  .map((d) =>
    object(
      Object.entries(d)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, Array.isArray(v) ? array(v) : (v as JsonNode)] as const),
    ),
  );

/** A dossier whose top level is valid: every item is judged on its own. */
export const dossierOfHostileItems: fc.Arbitrary<JsonNode> = printable(itemsDossier);

/**
 * A dossier refused as a whole, by construction: not an object, a section that is not a list,
 * an unknown (or prototype) top-level key, or a title or description over its limit.
 */
export const dossierRefusedWhole: fc.Arbitrary<JsonNode> = printable(
  fc.oneof(
    hostileJson([], 2_000).filter((n) => !isObjectNode(n)),
    deepNode(1_000, 10_000),
    fc
      .tuple(
        itemsDossier,
        fc.constantFrom('sources', 'actors', 'topics', 'facts'),
        fc.oneof(hostileJson([], 2_000), pollutionPayload).filter((n) => !isArrayNode(n)),
      )
      .map(([d, section, value]) =>
        object([...(d.kind === 'object' ? d.entries.filter(([k]) => k !== section) : []), [section, value]]),
      ),
    fc
      .tuple(
        itemsDossier,
        fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'Sources', 'fact', '$schema ', 'sources\u0000'), nastyString(12)),
        fc.oneof(hostileJson([], 2_000), pollutionPayload),
      )
      .filter(([, key]) => !['sources', 'actors', 'topics', 'facts', 'title', 'description', '$schema'].includes(key))
      .map(([d, key, value]) => object([...(d.kind === 'object' ? d.entries : []), [key, value]])),
    fc
      .tuple(
        itemsDossier,
        fc.constantFrom(['title', 501] as const, ['description', 10_001] as const),
        fc.integer({ min: 0, max: 100 }),
      )
      .map(([d, [key, min], extra]) =>
        object([
          ...(d.kind === 'object' ? d.entries.filter(([k]) => k !== key) : []),
          [key, scalar('t'.repeat(min + extra))],
        ]),
      ),
    fc.constant(raw('{"sources": [], "sources": {"__proto__": {"polluted": "yes"}}}')),
  ),
);
