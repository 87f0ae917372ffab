import { z } from 'zod';
import 'zod-openapi';

/** The answer of `GET /health`, in every state (200 when `ok`, 503 otherwise). */
export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'store-behind-read-models']).meta({
      description:
        '`degraded`: the store does not answer (or the read models stopped following it); `store-behind-read-models`: the log lost what the read models hold (see `fix`)',
    }),
    store: z.enum(['reachable', 'unreachable', 'not-answering']),
    projectionLag: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Events in the log not yet in the read models (counted up to 10,000)' }),
    position: z.string().nullable(),
    detail: z.string().optional().meta({ description: 'What is wrong, when something is' }),
    fix: z.string().optional().meta({ description: 'What to do about it' }),
  })
  .meta({ id: 'Health' });
