import { z } from 'zod';
import 'zod-openapi';

/** The RFC 9457 problem document every refusal is (see `problem.ts`), for the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    issues: z
      .array(
        z.object({
          path: z.string().meta({ description: 'As messages name it: `facts[2].when`, `query.from`, `If-Match`' }),
          in: z.enum(['body', 'query', 'path', 'header']).meta({ description: 'The part of the request' }),
          pointer: z
            .string()
            .optional()
            .meta({ description: 'In the body: a JSON Pointer to the value (`/facts/2/when`)' }),
          header: z.string().optional().meta({ description: 'In a header: its name' }),
          parameter: z.string().optional().meta({ description: 'In the query or the path: the parameter’s name' }),
          message: z.string(),
        }),
      )
      .optional(),
    writeOutcome: z.enum(['not-recorded', 'unknown', 'recorded']).optional().meta({
      description:
        'A write that failed (503): `not-recorded` — nothing was written, retry; `unknown` — it may have been written, retry with the same `Idempotency-Key` (or read) to find out; `recorded` — it is in the log, the read models do not show it yet',
    }),
  })
  .meta({ id: 'Problem' });
