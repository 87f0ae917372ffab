import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { Slug } from '../../core/slug.ts';
import { plainText } from '../../sources/text/index.ts';
import { ActorKind, ActorName } from '../../actors/events.ts';
import { TopicLabel } from '../../topics/events.ts';
import { Locale, Reliability, SourceDetails } from '../../sources/events.ts';
import {
  Citation,
  Credibility,
  Edtf,
  Notes,
  PlaceInput,
  RelationKind,
  RelationOffset,
  Role,
  Summary,
  Weekday,
} from '../../facts/events.ts';

/**
 * The dossier format (docs/design.md § Dossier format). Each item is validated on its own so that one
 * bad item is reported with its path while the others still go in. Unknown keys are refused: a
 * misspelt key would otherwise be dropped without a word.
 */

const optionalNull = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/**
 * A source's full text, in the form it is stored in (`plainText`): so the text a dossier gives and
 * the one exported back compare equal. Empty text, binary data and more than 2 MiB are refused.
 */
const SourceText = z
  .string()
  .transform((raw, ctx) => {
    try {
      return plainText(raw, '').text;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
  })
  .meta({
    description:
      'The source’s full text (paragraphs separated by a blank line, at most 2 MiB); its citations’ quotes are then located and checked',
  });

export const DossierSource = z.strictObject({
  id: Slug,
  title: SourceDetails.shape.title,
  publisher: optionalNull(SourceDetails.shape.publisher.unwrap()),
  url: optionalNull(SourceDetails.shape.url.unwrap()),
  publishedOn: optionalNull(Edtf),
  reliability: Reliability.default('F'),
  notes: optionalNull(Notes.unwrap()),
  locale: optionalNull(Locale),
  text: optionalNull(SourceText),
  textFile: z
    .never({
      error:
        'names a file, which only the command line reads (chronicle import FILE, relative to the dossier); here, give the text itself in text',
    })
    .optional()
    .meta({ description: 'Read by `chronicle import` only (a path relative to the dossier); refused here' }),
});

export const DossierActor = z.strictObject({
  id: Slug,
  name: ActorName,
  kind: ActorKind,
  aliases: z.array(ActorName).max(100).default([]),
  mergedInto: optionalNull(Slug),
  notes: optionalNull(Notes.unwrap()),
});

export const DossierTopic = z.strictObject({
  id: Slug,
  label: TopicLabel,
  parent: optionalNull(Slug),
  notes: optionalNull(Notes.unwrap()),
});

export const DossierCitation = z.strictObject({
  source: Slug,
  quote: optionalNull(Citation.shape.quote.unwrap()),
  locator: optionalNull(Citation.shape.locator.unwrap()),
  statedDate: optionalNull(Citation.shape.statedDate.unwrap()),
  statedWeekday: optionalNull(Weekday),
  credibility: optionalNull(Credibility),
});

export const DossierRelation = z.strictObject({
  type: RelationKind,
  fact: Slug,
  offset: optionalNull(RelationOffset),
});

export const DossierFact = z.strictObject({
  id: Slug,
  summary: Summary,
  when: Edtf,
  actors: z
    .array(z.strictObject({ id: Slug, role: optionalNull(Role.unwrap()) }))
    .max(200)
    .default([]),
  topics: z.array(Slug).max(200).default([]),
  place: optionalNull(PlaceInput),
  notes: optionalNull(Notes.unwrap()),
  citations: z.array(DossierCitation).max(200).default([]),
  relations: z.array(DossierRelation).max(200).default([]),
  retracted: z.boolean().default(false),
});

export const DossierTop = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().max(500).optional(),
  description: z.string().max(10_000).optional(),
  sources: z.array(z.unknown()).default([]),
  actors: z.array(z.unknown()).default([]),
  topics: z.array(z.unknown()).default([]),
  facts: z.array(z.unknown()).default([]),
  /** Written by `chronicle capture` for review; import ignores it. */
  capture: z.unknown().optional(),
});

export type DossierSourceItem = z.output<typeof DossierSource>;
export type DossierActorItem = z.output<typeof DossierActor>;
export type DossierTopicItem = z.output<typeof DossierTopic>;
export type DossierFactItem = z.output<typeof DossierFact>;

/** A whole dossier as export writes it. */
export interface Dossier {
  title?: string;
  description?: string;
  sources: z.input<typeof DossierSource>[];
  actors: z.input<typeof DossierActor>[];
  topics: z.input<typeof DossierTopic>[];
  facts: z.input<typeof DossierFact>[];
}
