import fc from 'fast-check';
import type { z } from 'zod';
import { DossierTop } from '../../../src/commands/dossier/schema.ts';
import type { RouteSpec } from '../../../src/http/route.ts';
import { TOKENS } from '../httpFixture.ts';
import { hostileJson, jsonText, object, deepNode, pollutionPayload, type JsonNode } from './json.ts';
import { BROKEN_ESCAPES, hostileText, hugeString, nastyString, percentEncode, POLLUTION_KEYS } from './strings.ts';

/** Ids of the demo dossier, so that requests reach the validation of their bodies and queries. */
const DEMO = {
  fact: 'salazar-letter-to-ebrard',
  other: 'state-dept-report-to-sedena',
  actor: 'sedena',
  topic: 'border-security',
  source: 'yucatan-times-nuctech',
};

/** A valid value for each path parameter of `spec`. */
export function validParams(spec: RouteSpec): Record<string, string> {
  const byRoute =
    spec.path.startsWith('/api/actors') || spec.path.startsWith('/api/timelines/actors')
      ? DEMO.actor
      : spec.path.startsWith('/api/topics') || spec.path.startsWith('/api/timelines/topics')
        ? DEMO.topic
        : spec.path.startsWith('/api/sources')
          ? DEMO.source
          : DEMO.fact;
  const values: Record<string, string> = {};
  for (const name of paramNames(spec)) {
    values[name] =
      name === 'id'
        ? byRoute
        : name === 'type'
          ? 'after'
          : name === 'target'
            ? DEMO.other
            : name === 'actorId'
              ? DEMO.actor
              : name === 'topicId'
                ? DEMO.topic
                : name === 'citationId'
                  ? 'no-such-citation'
                  : 'x';
  }
  return values;
}

export const paramNames = (spec: RouteSpec): string[] => [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

/** The path of `spec` with each parameter replaced by its (already encoded) value. */
export const fillPath = (spec: RouteSpec, values: Readonly<Record<string, string>>): string =>
  spec.path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x');

const shapeKeys = (schema: z.ZodType | undefined): string[] => {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
};

/** The keys a route's body may have (the dossier's top-level keys for the import). */
export const bodyKeys = (spec: RouteSpec): string[] =>
  spec.path === '/api/import' ? shapeKeys(DossierTop) : shapeKeys(spec.body);
export const queryKeys = (spec: RouteSpec): string[] => shapeKeys(spec.query);

/** The admin token, or now and then a hostile Authorization header (a 401 is a fine answer too). */
export const authorization: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.constant(`Bearer ${TOKENS.admin}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Bearer',
      'Bearer ',
      `bearer ${TOKENS.reader}`,
      `Basic ${TOKENS.admin}`,
      `Bearer ${'a'.repeat(5000)}`,
      'Bearer __proto__',
      `Bearer ${TOKENS.admin} x`,
    ),
  },
);

/** Header text Node's client can send (visible Latin-1 and spaces): no controls, as the wire forbids them. */
const headerText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'"\\%;,=*W/ \t__proto__é'.split('')),
    fc
      .integer({ min: 0x21, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
  ),
  maxLength: 60,
});

/** Extra request headers that the edge validates: user, If-Match, Idempotency-Key, Last-Event-ID. */
export const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'X-Chronicle-User': headerText,
    'If-Match': fc.oneof(headerText, fc.constantFrom('"1"', '*', 'W/"999999999999999999"', '"99999999999999999999"')),
    'Idempotency-Key': fc.oneof(fc.constantFrom('k1', 'k2', '__proto__', 'constructor'), headerText),
    'Last-Event-ID': headerText,
  },
  { requiredKeys: [] },
);

/**
 * A JSON body that no route can accept, by construction: either not an object at all, or an
 * object with at least one key its schema does not know (every body schema is strict; for the
 * import, the dossier's top level is) — mixed with known keys holding hostile values.
 */
export function invalidBody(spec: RouteSpec, maxHuge = 20_000): fc.Arbitrary<JsonNode> {
  const known = bodyKeys(spec);
  const unknownKey = fc.oneof(fc.constantFrom(...POLLUTION_KEYS), nastyString(20)).filter((k) => !known.includes(k));
  const notAnObject = fc.oneof(hostileJson(known, maxHuge), deepNode(1_000, 10_000)).filter((n) => n.kind !== 'object');
  const withUnknownKey = fc
    .tuple(
      fc.array(
        fc.tuple(fc.oneof(fc.constantFrom(...(known.length ? known : ['x'])), unknownKey), hostileJson(known, maxHuge)),
        { maxLength: 6 },
      ),
      unknownKey,
      fc.oneof(hostileJson(known, maxHuge), pollutionPayload),
      fc.nat(),
    )
    .map(([entries, key, value, at]) => {
      const all = [...entries];
      all.splice(at % (all.length + 1), 0, [key, value] as const);
      return object(all);
    });
  return fc.oneof({ weight: 1, arbitrary: notAnObject }, { weight: 3, arbitrary: withUnknownKey });
}

/**
 * Text that is not JSON, by construction: valid JSON cut short or with garbage spliced in, JSON
 * extensions (comments, trailing commas, single quotes, NaN), control characters inside strings
 * and bytes that are not UTF-8. Filtered on the text the server will decode.
 */
export const malformedJson: fc.Arbitrary<Buffer> = fc
  .oneof(
    fc
      .tuple(
        hostileJson([], 2_000).map(jsonText),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '{', '"', "'", ':', '\\', 'NaN', '/*', '\u0000', 'undefined'),
      )
      .map(([text, at, garbage]) =>
        Buffer.from(
          garbage === ''
            ? text.slice(0, at % Math.max(1, text.length))
            : text.slice(0, at % (text.length + 1)) + garbage + text.slice(at % (text.length + 1)),
          'utf8',
        ),
      ),
    fc
      .constantFrom(
        '{',
        '[',
        '{"id": "x",',
        '{"id": "x",}',
        "{'id': 'x'}",
        '{"a": NaN}',
        '{"a": Infinity}',
        '{"a": undefined}',
        '{"a": 01}',
        '{"a": .5}',
        '{"a": "\u0000"}',
        '{"a": "line\nbreak"}',
        '{"a": "\\x41"}',
        '{"a": "\\u12"}',
        '// comment\n{}',
        '{} {}',
        '{}}',
        '[]]',
        '"unterminated',
        '{"__proto__": }',
        '{"constructor": {"prototype": {"polluted": "yes"}}',
        'nul',
        'tru',
        '--1',
        '+1',
        '0x10',
        '1e',
        '\ufeff{}x',
        'id=x&summary=y',
      )
      .map((text) => Buffer.from(text, 'utf8')),
    fc
      .constantFrom(
        [0x7b, 0x22, 0x61, 0x22, 0x3a, 0xc3],
        [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00],
        [0xc0, 0xaf],
        [0xed, 0xa0, 0x80, 0x7b],
        [0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a],
      )
      .map((bytes) => Buffer.from(bytes)),
  )
  .filter((bytes) => bytes.length > 0 && !parsesAsJson(bytes.toString('utf8')));

function parsesAsJson(text: string): boolean {
  for (const candidate of [text, text.replace(/^\ufeff/, '')]) {
    try {
      JSON.parse(candidate);
      return true;
    } catch {
      // not JSON
    }
  }
  return false;
}

/** Content types a JSON route must refuse (or, for the import, read as YAML). */
export const wrongContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'text/html',
  'application/json; charset=koi8-r',
  'application/json; charset=utf-16',
  'application/json; charset=utf-16le',
  'application/json; charset=latin1',
  'application/json; charset=""',
  'application/json; charset=bogus-9',
  'application/jsonx',
  'json',
  '*/*',
  'application/*',
  'application/json, text/plain',
  'application/problem+json',
  'application/yaml',
  'text/yaml; charset=utf-8',
  'application/octet-stream',
  'application/jsön',
  ';;;',
  '',
  'x/y/z',
  'application/merge-patch+json',
  'APPLICATION/JSON; CHARSET=UTF-7',
);

/** Content encodings, honest or not (the body is sent as is unless it is `gzip*` and `compress` is set). */
export const contentEncoding: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  'identity',
  'gzip',
  'deflate',
  'br',
  'bogus',
  'gzip, br',
  'GZIP',
  'x-gzip',
  'compress',
);

/**
 * A query string that the route refuses by construction: it has at least one key the route does
 * not know (routes without a query refuse any), alongside known keys with hostile values, repeated
 * keys, bracket keys, broken percent-encoding and overlong values. At most about 12 KB, under
 * Node's 16 KiB limit on the request head.
 */
export function invalidQuery(spec: RouteSpec): fc.Arbitrary<string> {
  const known = queryKeys(spec);
  const value = fc.oneof(
    { weight: 4, arbitrary: hostileText(800).map(percentEncode) },
    { weight: 2, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '1',
        '0',
        '-1',
        '1e3',
        '99999999999999999999',
        'true',
        'json',
        'csv',
        'ics',
        'md',
        'timelinejs',
        'sedena',
        '2022',
        '2022-02-30',
        '../..',
        'NaN',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 2_500, max: 10_000 }).map((n) => 'x'.repeat(n)) },
  );
  const unknownKey = fc
    .oneof(
      fc.constantFrom(
        ...POLLUTION_KEYS,
        'a[]',
        'a[__proto__]',
        'a[__proto__][polluted]',
        '__proto__[polluted]',
        'constructor[prototype][polluted]',
        'a[b][c]',
        'a.b',
        '[]',
        'limit[]',
        'from[]',
        'actor[0]',
        'LIMIT',
        'q+',
        'limit+',
        '%71',
      ),
      nastyString(12).map(percentEncode),
      fc.constantFrom(...BROKEN_ESCAPES),
    )
    .filter((k) => !/[&=#]/.test(k) && !known.includes(decodeQueryPart(k)) && decodeQueryPart(k) !== '');
  const knownPair =
    known.length > 0 ? fc.tuple(fc.constantFrom(...known), value).map(([k, v]) => `${k}=${v}`) : fc.constant('');
  const pair = fc.oneof(
    { weight: 3, arbitrary: knownPair },
    { weight: 1, arbitrary: fc.constantFrom(...(known.length ? known : ['x'])).map((k) => `${k}[]=1`) },
    { weight: 1, arbitrary: fc.constantFrom('&', '&&', '=', '==', '=x', ';', '+', '%26', '') },
  );
  return fc
    .tuple(
      fc.array(pair, { maxLength: 6 }),
      fc.tuple(unknownKey, fc.oneof(value, fc.constant(''))),
      fc.nat(),
      fc.boolean(),
    )
    .map(([pairs, [key, v], at, bare]) => {
      const all = [...pairs];
      all.splice(at % (all.length + 1), 0, bare ? key : `${key}=${v}`);
      return all.join('&');
    })
    .filter((q) => q.length <= 14_000);
}

/** How Node's `querystring` (express's "simple" parser) reads one key. */
function decodeQueryPart(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Path parameter values, at least one of them invalid by construction: the `id` (a slug) or
 * another slug parameter that is not a slug once decoded, a relation type outside the enum, a
 * citation id over 200 characters, or broken percent-encoding that does not decode at all.
 */
export function invalidParams(spec: RouteSpec): fc.Arbitrary<Record<string, string>> {
  const names = paramNames(spec);
  const valid = validParams(spec);
  const notSlug = fc
    .oneof(
      nastyString(40),
      hugeString(81, 600),
      fc.constantFrom(
        '-x',
        'UPPER',
        'a_b',
        'a b',
        'a'.repeat(81),
        'é',
        'a.b',
        '..',
        '.',
        '__proto__',
        'constructor\u0000',
      ),
    )
    .filter((s) => s !== '' && !/^[a-z0-9][a-z0-9-]{0,79}$/.test(s));
  const bad = (name: string): fc.Arbitrary<string> => {
    const broken = fc
      .tuple(
        fc.constantFrom(...BROKEN_ESCAPES.filter((e) => e !== '%00' && e !== '%80')),
        fc.constantFrom('', 'a', 'sedena'),
      )
      .filter(([escape]) => !decodes(escape))
      .map(([escape, tail]) => `${tail}${escape}${tail}`);
    const encoded =
      name === 'citationId'
        ? fc.integer({ min: 201, max: 1_000 }).map((n) => percentEncode('c'.repeat(n)))
        : name === 'type'
          ? fc
              .oneof(notSlug, fc.constantFrom('AFTER', 'after ', 'during', 'same_day'))
              .filter((t) => !['after', 'before', 'same-day'].includes(t))
              .map(percentEncode)
          : notSlug.map(percentEncode);
    return fc.oneof({ weight: 3, arbitrary: encoded }, { weight: 1, arbitrary: broken });
  };
  return fc
    .subarray(names, { minLength: 1 })
    .chain(
      (broken) =>
        fc.record(
          Object.fromEntries(
            names.map((name) => [name, broken.includes(name) ? bad(name) : fc.constant(valid[name]!)]),
          ),
        ) as fc.Arbitrary<Record<string, string>>,
    );
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
