import { expect } from 'chai';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { compileParse, UNDECIDED } from '../../src/core/compiledParse.ts';
import { allRoutes } from '../../src/http/createApp.ts';
import * as requestSchemas from '../../src/http/schemas.ts';
import { defOf, nearValues } from '../support/generators/zodValues.ts';

const SEED = 19;

const near = (schema: z.ZodType) => nearValues(schema, { longest: 3_000, unknownType: 'stray' });

const json = (value: unknown) => JSON.stringify(value);
/** The schemas the server parses request bodies with, where the compiled parse must decide the common case itself. */
const requestBodies = new Set(allRoutes().flatMap((route) => (route.body ? [route.body as z.ZodType] : [])));
const bodies = (Object.entries(requestSchemas) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && defOf(entry[1]).type === 'object',
);

describe('the schemas of the HTTP API parsed by the compiled parse', () => {
  for (const [name, schema] of bodies) {
    it(`${name}: decides only what zod accepts, and gives what zod gives, keys in zod's order`, () => {
      const parse = compileParse(schema);
      let decided = 0;
      let accepted = 0;
      fc.assert(
        fc.property(near(schema), (value) => {
          const fast = parse(value);
          const parsed = schema.safeParse(value);
          if (parsed.success) accepted += 1;
          if (fast === UNDECIDED) return;
          decided += 1;
          expect(parsed.success, json(value)).to.equal(true);
          expect(json(fast), json(value)).to.equal(json(parsed.data));
          expect(isDeepStrictEqual(fast, parsed.data), `${json(value)}: a key present as undefined or absent`).to.equal(
            true,
          );
        }),
        { seed: SEED, numRuns: name === 'RecordFactBody' ? 3000 : 600 },
      );
      if (requestBodies.has(schema) && accepted > 0)
        expect(decided, `values it decided of the ${accepted} zod accepted`).to.be.greaterThan(0);
    });
  }

  it('decides a record-fact body shaped as the benchmark sends it, with the defaults zod fills in', () => {
    const body: unknown = {
      id: 'fact-1',
      summary: 'Customs reports scanner downtime at crossing 7',
      when: '2023-08-17',
      actors: [{ id: 'nuctech', role: 'subject' }],
    };
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
