import { z } from 'zod';
import { readFindings } from '../../../projections/queries/findingsQuery.ts';
import { Slug } from '../../core/slug.ts';
import { ValidationError } from '../../core/errors.ts';
import { route, type RouteSpec } from '../route.ts';
import { ChecksSchema, DirectFlag } from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

export const checkRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/checks',
    operationId: 'getChecks',
    tag: 'checks',
    role: 'reader',
    summary:
      'Date findings (errors first) for all facts, or for one actor’s or topic’s timeline (direct=true: the topic’s own facts only)',
    query: z.strictObject({ actor: Slug.optional(), topic: Slug.optional(), direct: DirectFlag }),
    responses: {
      200: { description: 'Findings and their counts by severity', schema: ChecksSchema },
      ...PROBLEMS.read,
    },
    handle: async (ctx) => {
      const { actor, topic, direct } = ctx.query;
      if (actor && topic) throw ValidationError.at('topic', 'give actor or topic, not both');
      const scope = actor
        ? { kind: 'actor' as const, id: actor }
        : topic
          ? { kind: 'topic' as const, id: topic, direct }
          : { kind: 'all' as const };
      return { status: 200, body: readFindings(ctx.deps.chronicle.readModels(), scope) };
    },
  }),
];
