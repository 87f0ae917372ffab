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
import { nearValues } from '../support/generators/zodValues.ts';

const SEED = 19;

const catalogue: Record<string, z.ZodType> = {
  ...factEventSchemas,
  ...actorEventSchemas,
  ...topicEventSchemas,
  ...sourceEventSchemas,
  ...dossierEventSchemas,
};

const near = (schema: z.ZodType) => nearValues(schema, { longest: 20_000, unknownType: 'throw' });

const json = (value: unknown) => JSON.stringify(value);

describe('event guards compiled from the catalogue', () => {
  const guarded: [string, z.ZodType][] = [...Object.entries(catalogue), ['event metadata', EventMetadataSchema]];
  for (const [type, schema] of guarded) {
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
