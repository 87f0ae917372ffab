import { z } from 'zod';
import { Slug } from '../core/slug.ts';
import { MAX_TEXT_BYTES, sha256Of } from './text/index.ts';

/** Admiralty (NATO) source reliability: A completely reliable … F cannot be judged. */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
const Notes = z.string().max(10_000, 'must be at most 10000 characters').nullable();

/**
 * The language and region a source writes in, as a BCP 47 tag (`en-US`, `es-MX`, `en-GB`): how its
 * numeric dates read (`3/13/2019` in en-US, `13/3/2019` in es-MX).
 */
export const Locale = z
  .string()
  .trim()
  .min(2, 'must be a BCP 47 language tag such as en-US or es-MX')
  .max(35, 'must be a BCP 47 language tag such as en-US or es-MX')
  .refine(isLocale, 'must be a BCP 47 language tag such as en-US or es-MX');

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const SourceDetails = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  publisher: z.string().trim().max(300, 'must be at most 300 characters').nullable(),
  url: z.url({ error: 'must be an absolute URL' }).max(2000, 'must be at most 2000 characters').nullable(),
  publishedOn: z.string().trim().min(1).max(100).nullable(),
  notes: Notes,
  locale: Locale.nullable(),
});
export const SourceRegistered = SourceDetails.extend({ sourceId: Slug, reliability: Reliability });
export const SourceReliabilityRated = z.object({ sourceId: Slug, reliability: Reliability, previous: Reliability });
/** Title, publisher, URL, publication date, notes or locale corrected (an addition to the docs/design.md catalogue). */
export const SourceDetailsEdited = SourceDetails.extend({ sourceId: Slug });

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in 64 lower-case hex digits');
/**
 * The source's full text, stored once with its SHA-256 (the form `plainText` gives, see
 * src/sources/text); `previousSha256` is the text it replaces. Checked again when read back: a
 * digest that does not match its text is refused.
 */
export const SourceTextAttached = z
  .object({
    sourceId: Slug,
    text: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_TEXT_BYTES, 'must be at most 2 MiB')
      .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_TEXT_BYTES, 'must be at most 2 MiB of UTF-8'),
    sha256: Sha256,
    previousSha256: Sha256.nullable(),
  })
  .refine((d) => sha256Of(d.text) === d.sha256, { message: 'is not the SHA-256 of the text', path: ['sha256'] });

export type SourceDetailsData = z.infer<typeof SourceDetails>;
export type SourceEvent =
  | { type: 'SourceRegistered'; data: z.infer<typeof SourceRegistered> }
  | { type: 'SourceReliabilityRated'; data: z.infer<typeof SourceReliabilityRated> }
  | { type: 'SourceDetailsEdited'; data: z.infer<typeof SourceDetailsEdited> }
  | { type: 'SourceTextAttached'; data: z.infer<typeof SourceTextAttached> };

export const sourceEventSchemas = {
  SourceRegistered,
  SourceReliabilityRated,
  SourceDetailsEdited,
  SourceTextAttached,
} as const;
