import fc from 'fast-check';
import type { z } from 'zod';

/** The parts of zod 4's schema definitions the generator reads (`schema._zod.def`). */
interface Def {
  readonly type: string;
  /** A string format's own pattern (`z.iso.datetime()`). */
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

/** A zod schema's definition. */
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values of the wrong kind, or almost right: what a hand-edited body or a foreign log could hold. */
const stray = fc.constantFrom<unknown>(null, undefined, 0, 1.5, -1, 7, true, '', ' ', 'x', [], {}, 'Not A Slug');

/** Strings matching `pattern`, or where fast-check cannot read it (a lookahead), offsets of every form and some near them. */
function matching(pattern: RegExp): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(pattern);
  } catch {
    return fc.constantFrom(
      'P10D',
      'P2W',
      'P5M',
      'P1Y2M',
      'P3Y~',
      'P4M/P5M',
      '../P5M',
      'P5M/..',
      'P',
      'P0D',
      'P5M/P4M',
      '5M',
    );
  }
}

export interface NearOptions {
  /** The longest string made one past its limit (a text's 2 MiB limit is left to the tests of sources). */
  readonly longest: number;
  /** What a schema type the generator does not know gives: values of the wrong kind, or an error (every type must be known). */
  readonly unknownType: 'stray' | 'throw';
}

/**
 * Values shaped by `schema`: mostly valid, often a little off (padded or overlong strings, a
 * missing, extra or misplaced key, a value of another kind, an absent key that has a default), so
 * both sides of every check are met.
 */
export function nearValues(schema: z.ZodType, options: NearOptions, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType, d = depth) => nearValues(s, options, d);
  switch (def.type) {
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const pattern = def.pattern ?? checks.find((c) => c.pattern)?.pattern;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const base = pattern ? matching(pattern) : fc.string({ maxLength: 12 });
      return fc.oneof(
        { weight: 6, arbitrary: base },
        { weight: 1, arbitrary: base.map((s) => ` ${s}`) },
        { weight: 1, arbitrary: base.map((s) => `${s}\n`) },
        { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max ?? 100, options.longest) + 1)) },
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
      return fc.oneof(fc.constant(null), inner(def.innerType!));
    case 'optional':
    case 'default':
      return fc.oneof(fc.constant(undefined), inner(def.innerType!));
    case 'pipe':
      return inner(def.in!);
    case 'array':
      return depth > 2
        ? fc.constant([])
        : fc.oneof(
            { weight: 4, arbitrary: fc.array(inner(def.element!, depth + 1), { maxLength: 3 }) },
            { weight: 1, arbitrary: stray },
          );
    case 'object': {
      const keys = Object.keys(def.shape!);
      const fields = keys.map((key) => inner(def.shape![key]!, depth + 1).map((value) => [key, value] as const));
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
      if (options.unknownType === 'throw') throw new Error(`no arbitrary for a ${def.type}`);
      return stray;
  }
}
