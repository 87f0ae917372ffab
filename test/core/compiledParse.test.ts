import { expect } from 'chai';
import fc from 'fast-check';
import { z } from 'zod';
import { compileParse, UNDECIDED } from '../../src/core/compiledParse.ts';
import * as requestSchemas from '../../src/http/schemas.ts';
import { recordFactBody } from '../../bench/http/recordFactLoad.ts';

const SEED = 19;

interface Def {
  readonly type: string;
  readonly pattern?: RegExp;
  readonly checks?: readonly {
    readonly _zod: { readonly def: { check: string; pattern?: RegExp; maximum?: number } };
  }[];
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly entries?: Record<string, string>;
  readonly in?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values of the wrong kind, or almost right. */
const stray = fc.constantFrom<unknown>(null, undefined, 0, 1.5, -1, 7, true, '', ' ', 'x', [], {}, 'Not A Slug');

function matching(pattern: RegExp): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(pattern);
  } catch {
    return fc.constantFrom('P10D', 'P3Y~', 'P4M/P5M', '../P5M', 'P', '5M');
  }
}

/**
 * Request bodies shaped by `schema`: mostly valid, often a little off (padded or overlong strings,
 * a missing, extra or misplaced key, a value of another kind, an absent key that has a default).
 */
function near(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const pattern = def.pattern ?? checks.find((c) => c.pattern)?.pattern;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const base = pattern ? matching(pattern) : fc.string({ maxLength: 12 });
      return fc.oneof(
        { weight: 6, arbitrary: base },
        { weight: 1, arbitrary: base.map((s) => ` ${s}`) },
        { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max ?? 100, 3_000) + 1)) },
        { weight: 1, arbitrary: stray },
      );
    }
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double(), stray);
    case 'boolean':
      return fc.oneof(fc.boolean(), stray);
    case 'enum':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries!)) },
        { weight: 1, arbitrary: stray },
      );
    case 'nullable':
      return fc.oneof(fc.constant(null), near(def.innerType!, depth));
    case 'optional':
    case 'default':
      return fc.oneof(fc.constant(undefined), near(def.innerType!, depth));
    case 'pipe':
      return near(def.in!, depth);
    case 'array':
      return depth > 2
        ? fc.constant([])
        : fc.oneof(
            { weight: 4, arbitrary: fc.array(near(def.element!, depth + 1), { maxLength: 3 }) },
            { weight: 1, arbitrary: stray },
          );
    case 'object': {
      const keys = Object.keys(def.shape!);
      const fields = keys.map((key) => near(def.shape![key]!, depth + 1).map((value) => [key, value] as const));
      return fc
        .tuple(fc.tuple(...fields), fc.constantFrom('as is', 'as is', 'as is', 'extra key', 'one missing', 'reversed'))
        .map(([entries, change]) => {
          const present = entries.filter(([, value]) => value !== undefined);
          if (change === 'extra key') present.push(['extra', 1]);
          if (change === 'one missing') present.splice(0, 1);
          if (change === 'reversed') present.reverse();
          return Object.fromEntries(present);
        });
    }
    default:
      return stray;
  }
}

const json = (value: unknown) => JSON.stringify(value);
const bodies = (Object.entries(requestSchemas) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && defOf(entry[1]).type === 'object',
);

describe('the schemas of the HTTP API parsed by the compiled parse', () => {
  for (const [name, schema] of bodies) {
    it(`${name}: decides only what zod accepts, and gives what zod gives, keys in zod's order`, () => {
      const parse = compileParse(schema);
      fc.assert(
        fc.property(near(schema), (value) => {
          const fast = parse(value);
          if (fast === UNDECIDED) return;
          const parsed = schema.safeParse(value);
          expect(parsed.success, json(value)).to.equal(true);
          expect(json(fast), json(value)).to.equal(json(parsed.data));
        }),
        { seed: SEED, numRuns: name === 'RecordFactBody' ? 3000 : 600 },
      );
    });
  }

  it('decides the record-fact body the benchmark sends, with the defaults zod fills in', () => {
    const body = JSON.parse(recordFactBody('fact-1', 7, 'nuctech')) as unknown;
    const fast = compileParse(requestSchemas.RecordFactBody)(body);
    expect(fast).to.not.equal(UNDECIDED);
    expect(json(fast)).to.equal(json(requestSchemas.RecordFactBody.parse(body)));
    expect(fast).to.deep.include({ topics: [], place: null, notes: null, citations: [], relations: [] });
  });

  it('gives each answer its own default: a default changed in one answer is not seen in the next', () => {
    const parse = compileParse(z.strictObject({ tags: z.array(z.string()).default([]) }));
    const first = parse({}) as { tags: string[] };
    first.tags.push('changed');
    expect(parse({})).to.deep.equal({ tags: [] });
  });

  it('leaves to zod a string it would trim, a key it would strip or refuse, and a missing required key', () => {
    const parse = compileParse(requestSchemas.ReasonBody);
    expect(parse({ reason: 'typo' })).to.deep.equal({ reason: 'typo' });
    expect(parse({ reason: ' typo' })).to.equal(UNDECIDED);
    expect(parse({ reason: 'typo', extra: 1 })).to.equal(UNDECIDED);
    expect(parse({})).to.equal(UNDECIDED);
    expect(compileParse(z.object({ a: z.string() }))({ a: 'x', b: 1 })).to.equal(UNDECIDED);
  });
});
