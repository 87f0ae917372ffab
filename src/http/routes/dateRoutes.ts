import { z } from 'zod';
import { recheckComponents } from '../../../projections/findingsProjection.ts';
import type { FactDoc } from '../../../projections/documents.ts';
import { NotFoundError } from '../../core/errors.ts';
import { Slug } from '../../core/slug.ts';
import { parseFuzzyDate } from '../../dates/index.ts';
import { route, type RouteSpec } from '../route.ts';
import { FindingSchema, FuzzyDateSchema } from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

const DateQuery = z.strictObject({
  edtf: z.string().max(200).meta({ description: 'The date to read, EDTF', example: '2022-04-22~' }),
  fact: Slug.optional().meta({
    description: 'A fact: the answer adds the findings that fact would have with this date',
  }),
});

const DateReadingSchema = FuzzyDateSchema.extend({
  findings: z
    .array(FindingSchema)
    .optional()
    .meta({ description: 'With `fact`: its findings if it had this date (its relations and citations as they are)' }),
}).meta({ id: 'DateReading' });

/**
 * What a date would be recorded as, before anything is written: the page shows it while a date
 * is typed. With `fact`, the date checks run on that fact's component with the new date in place
 * of the recorded one (nothing is stored), so an editor sees "they are 11 days apart" before saving.
 */
export const dateRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/dates',
    operationId: 'readDate',
    tag: 'dates',
    role: 'reader',
    summary: 'What a date would be recorded as (bounds, precision, label), or the problem it would be refused with',
    query: DateQuery,
    responses: {
      200: { description: 'The date as the store would record it', schema: DateReadingSchema },
      ...PROBLEMS.read,
    },
    handle: async (ctx) => {
      const date = parseFuzzyDate(ctx.query.edtf, 'edtf');
      const factId = ctx.query.fact;
      if (factId === undefined) return { status: 200, body: { ...date } };
      const rm = ctx.deps.chronicle.readModels();
      const doc = rm.fact(factId);
      if (!doc) throw new NotFoundError(`fact ${factId} does not exist`);
      const redated: FactDoc = { ...doc, when: date.edtf };
      const [component] = recheckComponents([factId], {
        fact: (id) => (id === factId ? redated : rm.fact(id)),
        source: (id) => rm.registryDoc('sources', id),
        relatedFrom: (id) => rm.relatedFrom(id),
      });
      const findings = (component?.findings ?? []).filter((f) => f.facts.includes(factId));
      return { status: 200, body: { ...date, findings } };
    },
  }),
];
