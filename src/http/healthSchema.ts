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
      .meta({ description: 'Events in the log not yet in the read models (counted up to 10,000); 0 when up to date' }),
    projectionLagMs: z.number().int().min(0).nullable().meta({
      description:
        "How long the oldest event not yet in the read models has been in the log, in ms: this server's clock minus the event's `recordedAt`; 0 when up to date",
    }),
    position: z
      .string()
      .nullable()
      .meta({ description: "The read models' position: the last event of the log they include" }),
    storePosition: z.string().nullable().meta({
      description:
        'The last event of the log, as the store answered this check; null when the log is empty or the store did not answer',
    }),
    detail: z.string().optional().meta({ description: 'What is wrong, when something is' }),
    fix: z.string().optional().meta({ description: 'What to do about it' }),
  })
  .meta({ id: 'Health' });
