import { z } from 'zod';
import { Slug } from '../core/slug.ts';
import { ActorKind, ActorName } from '../actors/events.ts';
import { TopicLabel } from '../topics/events.ts';
import { Locale, Reliability, SourceDetails } from '../sources/events.ts';
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
} from '../facts/events.ts';

/**
 * The dossier format (DESIGN.md § Dossier format). Each item is validated on its own so that one
 * bad item is reported with its path while the others still go in. Unknown keys are refused: a
 * misspelt key would otherwise be dropped without a word.
 */

const optionalNull = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const DossierSource = z.strictObject({
  id: Slug,
  title: SourceDetails.shape.title,
  publisher: optionalNull(SourceDetails.shape.publisher.unwrap()),
  url: optionalNull(SourceDetails.shape.url.unwrap()),
  publishedOn: optionalNull(Edtf),
  reliability: Reliability.default('F'),
  notes: optionalNull(Notes.unwrap()),
  locale: optionalNull(Locale),
  text: z.string().optional(),
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
