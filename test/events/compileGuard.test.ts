import { expect } from 'chai';
import fc from 'fast-check';
import { z } from 'zod';
import { compileGuard } from '../../src/events/compileGuard.ts';
import { factEventSchemas } from '../../src/facts/events.ts';
import { actorEventSchemas } from '../../src/actors/events.ts';
import { topicEventSchemas } from '../../src/topics/events.ts';
import { sourceEventSchemas } from '../../src/sources/events.ts';
import { dossierEventSchemas } from '../../src/commands/dossier/events.ts';
import { sha256Of } from '../../src/sources/text/index.ts';
import { EventMetadataSchema } from '../../src/events/catalog.ts';

const SEED = 19;

const catalogue: Record<string, z.ZodType> = {
  ...factEventSchemas,
  ...actorEventSchemas,
  ...topicEventSchemas,
  ...sourceEventSchemas,
  ...dossierEventSchemas,
};

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
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values of the wrong kind, or almost right: what a hand-edited or foreign log could hold. */
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

/**
 * Payloads shaped by `schema`: mostly valid, often a little off (padded or overlong strings, a
 * missing, extra or misplaced key, a value of another kind), so both sides of every check are met.
 */
function near(schema: z.ZodType): fc.Arbitrary<unknown> {
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
        { weight: 1, arbitrary: base.map((s) => `${s}\n`) },
        // One past the limit (a text's 2 MiB limit is left to the tests of sources).
        { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max ?? 100, 20_000) + 1)) },
        { weight: 1, arbitrary: stray },
      );
    }
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double(), stray);
    case 'enum':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries!)) },
        { weight: 1, arbitrary: stray },
      );
    case 'nullable':
      return fc.oneof(fc.constant(null), near(def.innerType!));
    case 'optional':
      return fc.oneof(fc.constant(undefined), near(def.innerType!));
    case 'array':
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(near(def.element!), { maxLength: 3 }) },
        { weight: 1, arbitrary: stray },
      );
    case 'object': {
      const keys = Object.keys(def.shape!);
      const fields = keys.map((key) => near(def.shape![key]!).map((value) => [key, value] as const));
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
      throw new Error(`no arbitrary for a ${def.type}`);
  }
}

const json = (value: unknown) => JSON.stringify(value);

describe('event guards compiled from the catalogue', () => {
  for (const [type, schema] of Object.entries(catalogue)) {
    it(`${type}: passes only what zod accepts and gives back unchanged, and passes all zod gives back`, () => {
      const guard = compileGuard(schema);
      fc.assert(
        fc.property(near(schema), (value) => {
          const parsed = schema.safeParse(value);
          if (guard(value)) {
            expect(parsed.success, json(value)).to.equal(true);
            expect(json(parsed.data), json(value)).to.equal(json(value));
          }
          if (parsed.success) expect(guard(parsed.data), json(parsed.data)).to.equal(true);
        }),
        { seed: SEED, numRuns: 600 },
      );
    });
  }

  it('event metadata: passes only what zod accepts and gives back unchanged, and passes all zod gives back', () => {
    const guard = compileGuard(EventMetadataSchema);
    fc.assert(
      fc.property(near(EventMetadataSchema), (value) => {
        const parsed = EventMetadataSchema.safeParse(value);
        if (guard(value)) {
          expect(parsed.success, json(value)).to.equal(true);
          expect(json(parsed.data), json(value)).to.equal(json(value));
        }
        if (parsed.success) expect(guard(parsed.data), json(parsed.data)).to.equal(true);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('checks an ISO date-time or date by the pattern zod checks it with, without calling zod', () => {
    const at = z.iso.datetime({ offset: true });
    const on = z.iso.date();
    let zodCalls = 0;
    for (const schema of [at, on]) {
      const safeParse = schema.safeParse.bind(schema);
      schema.safeParse = ((value: unknown) => {
        zodCalls += 1;
        return safeParse(value);
      }) as typeof schema.safeParse;
    }
    const guard = compileGuard(z.object({ at, on }));
    expect(guard({ at: '2026-12-07T19:00:00.000Z', on: '2026-12-07' })).to.equal(true);
    expect(guard({ at: '2026-12-07T19:00:00+01:00', on: '2024-02-29' })).to.equal(true);
    expect(guard({ at: 'yesterday', on: '2026-12-07' })).to.equal(false);
    expect(guard({ at: '2026-12-07T19:00:00.000Z', on: '2023-02-29' })).to.equal(false);
    expect(zodCalls).to.equal(0);
  });

  it('hands a refinement it cannot read to zod: an offset that matches the pattern but names no duration fails', () => {
    const guard = compileGuard(factEventSchemas.RelationAsserted);
    const relation = { kind: 'after', target: 'alert', offset: 'P5M', factId: 'letter' };
    expect(guard(relation)).to.equal(true);
    expect(factEventSchemas.RelationAsserted.safeParse({ ...relation, offset: 'P' }).success).to.equal(false);
    expect(guard({ ...relation, offset: 'P' })).to.equal(false);
  });

  it('runs an object refinement once the shape has passed: a text whose digest is not its SHA-256 fails', () => {
    const guard = compileGuard(sourceEventSchemas.SourceTextAttached);
    const text = { sourceId: 'yt', text: 'hello', sha256: sha256Of('hello'), previousSha256: null };
    const valid = sourceEventSchemas.SourceTextAttached.parse(text);
    expect(guard(valid)).to.equal(true);
    expect(guard({ ...valid, sha256: sha256Of('other') })).to.equal(false);
  });

  it('hands a string format to zod: a URL', () => {
    const guard = compileGuard(sourceEventSchemas.SourceDetailsEdited);
    const details = { title: 'Report', publisher: null, url: 'https://example.org/a', publishedOn: null, notes: null };
    const edited = { ...details, locale: null, sourceId: 'report' };
    expect(guard(edited)).to.equal(true);
    expect(guard({ ...edited, url: ' ' })).to.equal(false);
  });

  it('fails a string zod would trim, an extra key zod would strip, and keys in another order than zod writes them', () => {
    const guard = compileGuard(factEventSchemas.FactSummaryEdited);
    expect(guard({ factId: 'letter', summary: 'A letter', notes: null })).to.equal(true);
    expect(guard({ factId: 'letter', summary: ' A letter', notes: null })).to.equal(false);
    expect(guard({ factId: 'letter', summary: 'A letter', notes: null, extra: 1 })).to.equal(false);
    expect(guard({ summary: 'A letter', factId: 'letter', notes: null })).to.equal(false);
  });
});
