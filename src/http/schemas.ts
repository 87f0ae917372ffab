import { z } from 'zod';
import 'zod-openapi';
import { Slug } from '../core/slug.ts';
import { ActorKind, ActorName } from '../actors/events.ts';
import { TopicLabel } from '../topics/events.ts';
import { Reliability } from '../sources/events.ts';
import { DossierCitation, DossierFact, DossierRelation, DossierSource } from '../commands/dossier/schema.ts';
import { Edtf, Notes, PlaceInput, Summary } from '../facts/events.ts';
import { CitationLocationSchema, SourceTextSummarySchema } from './sourceTextSchemas.ts';

/** Request and response schemas of the HTTP API: validation and OpenAPI come from these alone. */

const Reason = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');
const nullable = <T extends z.ZodType>(t: T) => t.nullable();

export const IdParams = z.strictObject({ id: Slug.meta({ description: 'A slug id' }) });

// ── requests ────────────────────────────────────────────────────────────────
export const RecordFactBody = DossierFact.omit({ retracted: true })
  .extend({ reason: Reason.optional() })
  .meta({ id: 'RecordFact' });
export const ReviseDateBody = z
  .strictObject({
    when: Edtf.meta({ description: 'The new date, EDTF', example: '2022-04-21' }),
    reason: Reason.meta({ description: 'Why the date changes (kept in the history)' }),
    citation: DossierCitation.optional().meta({ description: 'The source that supports the new date' }),
  })
  .meta({ id: 'ReviseDate' });
export const EditSummaryBody = z
  .strictObject({
    summary: Summary.meta({ description: 'The new summary' }),
    notes: Notes.optional().meta({ description: 'Editorial notes; absent: left as they are, null: removed' }),
    reason: Reason.optional(),
  })
  .meta({ id: 'EditSummary' });
export const ChangePlaceBody = z.strictObject({ place: PlaceInput.nullable(), reason: Reason.optional() });
export const CiteBody = DossierCitation.extend({ reason: Reason.optional() });
export const RelationBody = DossierRelation.extend({ reason: Reason.optional() });
export const LinkActorBody = z.strictObject({
  id: Slug,
  role: z.string().trim().min(1).max(60).nullable().optional(),
  reason: Reason.optional(),
});
export const TagTopicBody = z.strictObject({ id: Slug, reason: Reason.optional() });
export const ReasonBody = z.strictObject({ reason: Reason });
export const ReasonQuery = z.strictObject({ reason: Reason.optional() });

export const RegisterActorBody = z
  .strictObject({
    id: Slug,
    name: ActorName,
    kind: ActorKind,
    aliases: z.array(ActorName).max(100).default([]),
    notes: z.string().max(10_000).nullable().default(null),
  })
  .meta({ id: 'RegisterActor' });
export const RenameActorBody = z.strictObject({ name: ActorName, reason: Reason.optional() });
export const AliasBody = z.strictObject({ alias: ActorName, reason: Reason.optional() });
export const MergeBody = z.strictObject({ into: Slug, reason: Reason.optional() });
export const DefineTopicBody = z
  .strictObject({
    id: Slug,
    label: TopicLabel,
    parent: Slug.nullable().default(null),
    notes: z.string().max(10_000).nullable().default(null),
  })
  .meta({ id: 'DefineTopic' });
export const RenameTopicBody = z.strictObject({ label: TopicLabel, reason: Reason.optional() });
export const RegisterSourceBody = DossierSource.meta({ id: 'RegisterSource' });
export const RateBody = z.strictObject({ reliability: Reliability, reason: Reason.optional() });

// ── responses ───────────────────────────────────────────────────────────────
export const FuzzyDateSchema = z
  .object({
    edtf: z.string(),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    precision: z.enum(['time', 'day', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium']),
    approximate: z.boolean(),
    uncertain: z.boolean(),
    label: z.string(),
  })
  .meta({ id: 'FuzzyDate' });

export const EntryDateSchema = FuzzyDateSchema.extend({
  effective: z
    .object({ earliest: z.string().nullable(), latest: z.string().nullable() })
    .optional()
    .meta({
      description:
        'Only where the relations narrow the stated bounds (as the date-narrowed finding computes them): the days the fact may fall on given its relations, null where still open. Timelines sort on these.',
      example: { earliest: '2022-04-22', latest: '2022-10-31' },
    }),
}).meta({ id: 'EntryDate' });

export const FindingSchema = z
  .object({
    code: z.enum([
      'relation-violated',
      'relations-inconsistent',
      'weekday-mismatch',
      'after-publication',
      'quote-not-in-source',
      'sources-disagree',
      'dangling-relation',
      'date-narrowed',
      'imprecise-date',
      'stated-date-unread',
    ]),
    severity: z.enum(['error', 'warning', 'info']),
    facts: z.array(z.string()).meta({ description: 'The facts involved, the subject first' }),
    message: z.string().meta({ description: 'One sentence: what is expected and what was found' }),
    implied: z
      .object({ earliest: z.string().nullable(), latest: z.string().nullable() })
      .optional()
      .meta({ description: 'date-narrowed: the bounds the relations imply' }),
  })
  .meta({ id: 'Finding' });

export const ChecksSchema = z
  .object({
    scope: z.object({ kind: z.enum(['actor', 'topic', 'all']), id: z.string().nullable(), name: z.string() }),
    counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'Checks' });

export const TimelineEntrySchema = z
  .object({
    factId: Slug,
    summary: z.string(),
    notes: z.string().nullable(),
    when: EntryDateSchema,
    actors: z.array(z.object({ id: Slug, name: z.string(), role: z.string().nullable() })),
    topics: z.array(z.object({ id: Slug, label: z.string() })),
    place: z.string().nullable(),
    citations: z.array(
      z.object({
        citationId: z.string(),
        source: z.object({
          id: Slug,
          title: nullable(z.string()),
          publisher: nullable(z.string()),
          reliability: nullable(z.string()),
          publishedOn: nullable(z.string()),
        }),
        quote: z.string().nullable(),
        locator: z.string().nullable().meta({ description: 'Where the citation says the quote is, as written' }),
        location: CitationLocationSchema,
        statedDate: z.string().nullable(),
        statedWeekday: z.string().nullable(),
        credibility: z.number().int().nullable(),
      }),
    ),
    relations: z.array(
      z.object({ kind: z.enum(['after', 'before', 'same-day']), fact: Slug, offset: z.string().nullable() }),
    ),
    status: z.enum(['active', 'retracted']),
    revision: z.number().int(),
    updatedAt: z.string().meta({ description: 'When the fact last changed (as of the timeline’s moment)' }),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'TimelineEntry' });

export const FactViewSchema = TimelineEntrySchema.extend({
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
}).meta({ id: 'Fact' });

export const TimelineSchema = z
  .object({
    timeline: z.object({ kind: z.enum(['actor', 'topic', 'all']), id: z.string().nullable(), name: z.string() }),
    asOf: z.string().nullable(),
    position: z.string().nullable(),
    entries: z.array(TimelineEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'Timeline' });

export const HistoryEntrySchema = z
  .object({
    seq: z.number().int(),
    position: z.string(),
    revision: z.number().int(),
    eventId: z.string(),
    type: z.string(),
    data: z.unknown(),
    recordedBy: z.string(),
    recordedAt: z.string(),
    reason: z.string().nullable(),
    correlationId: z.string().nullable(),
  })
  .meta({ id: 'HistoryEntry' });
export const HistorySchema = z.object({ factId: Slug, events: z.array(HistoryEntrySchema) });

const DocMeta = {
  revision: z.number().int(),
  firstSeq: z.number().int(),
  firstPosition: z.string(),
  lastPosition: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};
export const ActorSchema = z
  .object({
    actorId: Slug,
    name: z.string(),
    kind: ActorKind,
    aliases: z.array(z.string()),
    notes: z.string().nullable(),
    mergedInto: Slug.nullable(),
    ...DocMeta,
  })
  .meta({ id: 'Actor' });
export const TopicSchema = z
  .object({ topicId: Slug, label: z.string(), parent: Slug.nullable(), notes: z.string().nullable(), ...DocMeta })
  .meta({ id: 'Topic' });
export const SourceSchema = z
  .object({
    sourceId: Slug,
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: z.string().nullable(),
    notes: z.string().nullable(),
    locale: z.string().nullable().meta({ description: 'BCP 47 tag: how the source writes numeric dates' }),
    reliability: Reliability,
    text: SourceTextSummarySchema,
    ...DocMeta,
  })
  .meta({ id: 'Source' });
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** `direct=true`: a topic's own facts only, without its subtopics'. */
export const DirectFlag = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .default('false')
  .transform((v) => v === 'true')
  .meta({ description: "A topic's own facts only (by default its subtopics' facts are included)" });

export const TimelineQuery = z.strictObject({
  from: z
    .string()
    .optional()
    .meta({ description: 'EDTF: entries that may fall on or after it, given their relations' }),
  to: z.string().optional().meta({ description: 'EDTF: entries that may fall on or before it, given their relations' }),
  q: z.string().max(200).optional().meta({ description: 'Text in the summary or notes' }),
  actor: Slug.optional(),
  topic: Slug.optional(),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .default(100),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'ics', 'md', 'timelinejs']).default('json'),
  bom: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true')
    .meta({ description: 'format=csv: start with a UTF-8 byte order mark (for Excel); false for machine readers' }),
  includeRetracted: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'Show retracted facts too, with status "retracted"' }),
  direct: DirectFlag,
  asOf: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'The timeline as known at an ISO 8601 instant, a date (its end, UTC) or a global position' }),
});
