import { z } from 'zod';

/**
 * The dossier's own streams (docs/design.md § Dossier format). They are not aggregates: no command
 * is decided on them by a user, only the import writes them, and the projections pass over them.
 * - `dossier-main` holds the dossier's title and description, which the export writes back;
 * - `dossier-imports` records the items an import settled without writing to them.
 */
export const DOSSIER_STREAM = 'dossier-main';
export const IMPORTS_STREAM = 'dossier-imports';

/** A 128-bit content digest: the first 16 bytes of a SHA-256, base64url (22 characters). */
export const Digest = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'must be a 22-character base64url digest');

export const DossierDescribed = z.object({
  title: z.string().max(500).nullable(),
  description: z.string().max(10_000).nullable(),
});

/**
 * Items an import settled without appending to them, appended after all its items, up to a
 * thousand per event (an item it applies is recorded in its own events' metadata instead,
 * `dossierDigest`, in the same append):
 * - `file`: the digest of the item as the file gave it;
 * - `revision`: the item stream's revision the import found it at;
 * - `store`: the digest of the item as the store held it then, equal to what the file says; or
 *   `null` when the import kept the store's version of a conflict (`--prefer store`), so that any
 *   later change of the file is a conflict again, until file and store agree.
 */
export const DossierItemsImported = z.object({
  items: z
    .array(
      z.object({
        /** `fact-<id>`, `actor-<id>`, `topic-<id>` or `source-<id>`. */
        stream: z.string().min(1).max(100),
        file: Digest,
        store: Digest.nullable(),
        revision: z.number().int().min(0),
      }),
    )
    .min(1)
    .max(1000),
});

export type DossierEvent =
  | { type: 'DossierDescribed'; data: z.infer<typeof DossierDescribed> }
  | { type: 'DossierItemsImported'; data: z.infer<typeof DossierItemsImported> };

export const dossierEventSchemas = { DossierDescribed, DossierItemsImported } as const;
