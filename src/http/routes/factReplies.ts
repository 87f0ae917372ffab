import type { z } from 'zod';
import type { ResponseSpec } from '../route.ts';
import { FactViewSchema, type CiteBody } from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

/** The responses of a command on a fact: the fact after it, with its new ETag, or a problem. */
export const factReply: Record<number, ResponseSpec> = {
  200: {
    description: 'The fact after the change; `ETag` is its new revision',
    schema: FactViewSchema,
    headers: ['ETag'],
  },
  ...PROBLEMS.write,
};

/** A citation as a command takes it, from a request's. */
export const citationOf = (c: z.output<typeof CiteBody>) => ({
  source: c.source,
  quote: c.quote,
  locator: c.locator,
  statedDate: c.statedDate,
  statedWeekday: c.statedWeekday,
  credibility: c.credibility,
});
