import { z } from 'zod';
import 'zod-openapi';

/** `POST /api/import`'s query and report (docs/design.md § Dossier format, re-importing). */

const Counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  kept: z.number().int().meta({ description: 'Unchanged in the file since the last import, changed in the store' }),
  conflict: z.number().int().meta({ description: 'Changed in both and not settled: nothing of them written' }),
  rejected: z.number().int(),
});
const Preference = z.enum(['file', 'store'], { error: 'must be file or store' });
export const ImportReportSchema = z
  .object({
    dryRun: z.boolean().meta({ description: 'True when nothing was written: what the import would do' }),
    prefer: Preference.nullable(),
    dossier: z.object({
      title: z.string().nullable(),
      description: z.string().nullable(),
      outcome: z.enum(['updated', 'unchanged']),
    }),
    sources: Counts,
    actors: Counts,
    topics: Counts,
    facts: Counts,
    appended: z.number().int().meta({ description: "Events appended to the items' streams" }),
    recorded: z.number().int().meta({ description: "Events appended to the dossier's own streams (the import log)" }),
    items: z.array(
      z.object({
        section: z.enum(['sources', 'actors', 'topics', 'facts']),
        id: z.string(),
        path: z.string(),
        outcome: z.enum(['created', 'updated', 'unchanged', 'kept', 'conflict']),
        events: z.number().int().meta({ description: 'Events appended (on a dry run: that would be)' }),
        planned: z
          .array(z.object({ type: z.string(), data: z.unknown() }))
          .optional()
          .meta({ description: 'On a dry run: the events the item would append' }),
        conflict: z
          .object({
            resolution: Preference.nullable(),
            fields: z.array(z.object({ field: z.string(), file: z.unknown(), store: z.unknown() })),
          })
          .optional()
          .meta({
            description: 'Changed in the file and in the store since the last import: both versions, field by field',
          }),
      }),
    ),
    rejected: z.array(
      z.object({
        path: z.string(),
        id: z.string().nullable(),
        issues: z.array(z.object({ path: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ImportReport' });

/** `POST /api/import`'s query: the reason recorded, a dry run, and how conflicts are settled. */
export const ImportQuery = z.strictObject({
  reason: z.string().max(2000).optional(),
  dryRun: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'Write nothing; report what the import would do, with the events each item would append' }),
  prefer: Preference.optional().meta({
    description: "Settle every conflict: `file` applies the file's item, `store` keeps the store's",
  }),
});
