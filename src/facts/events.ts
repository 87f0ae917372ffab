import { z } from 'zod';
import { Slug } from '../core/slug.ts';
import { OffsetError, parseRelationOffset, RELATION_OFFSET_PATTERN } from '../dates/index.ts';

/** Payload schemas of the events of a `fact-<id>` stream (docs/design.md § Events). */

const Text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const Summary = Text(2000);
export const Notes = z.string().max(10_000, 'must be at most 10000 characters').nullable();
export const Place = z.string().trim().max(300, 'must be at most 300 characters').nullable();
/** A place as given on the way in: blank is refused, as a blank name is (`Place` still reads what is stored). */
export const PlaceInput = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');
export const Edtf = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const Role = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters').nullable();
export const Weekday = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
export const Credibility = z.number().int().min(1, 'must be 1–6').max(6, 'must be 1–6');
export const RelationKind = z.enum(['after', 'before', 'same-day']);
/**
 * How far apart a relation puts two facts (docs/design.md § Dossier format): exactly (`P10D`, `P2W`,
 * `P5M`, `P1Y2M`), about (`P3Y~`), between (`P4M/P5M`), at most (`../P5M`), at least (`P5M/..`).
 */
export const RelationOffset = z
  .string()
  .regex(
    RELATION_OFFSET_PATTERN,
    'must be an ISO 8601 duration such as P10D, P5M, P1Y2M, P3Y~, P4M/P5M, ../P5M or P5M/..',
  )
  .superRefine((text, ctx) => {
    if (!RELATION_OFFSET_PATTERN.test(text)) return;
    try {
      parseRelationOffset(text);
    } catch (error) {
      if (!(error instanceof OffsetError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  })
  .meta({
    description:
      'exactly (P10D, P2W, P5M, P1Y2M), about (P3Y~: ±3 days, ±1 month or ±1 year at its finest unit), between (P4M/P5M), at most (../P5M) or at least (P5M/..); months and years by the calendar',
    examples: ['P10D', 'P5M', 'P3Y~', 'P4M/P5M', '../P5M', 'P5M/..'],
  });

export const FactRecorded = z.object({
  factId: Slug,
  summary: Summary,
  when: Edtf,
  place: Place,
  notes: Notes,
});
export const FactDateRevised = z.object({ factId: Slug, when: Edtf, previousWhen: Edtf });
export const FactSummaryEdited = z.object({ factId: Slug, summary: Summary, notes: Notes });
export const FactPlaceChanged = z.object({ factId: Slug, place: Place });
export const ActorLinked = z.object({ factId: Slug, actorId: Slug, role: Role });
export const ActorUnlinked = z.object({ factId: Slug, actorId: Slug });
export const TopicTagged = z.object({ factId: Slug, topicId: Slug });
export const TopicUntagged = z.object({ factId: Slug, topicId: Slug });
export const Citation = z.object({
  source: Slug,
  quote: z.string().max(10_000, 'must be at most 10000 characters').nullable(),
  locator: z.string().max(300, 'must be at most 300 characters').nullable(),
  statedDate: z.string().max(100, 'must be at most 100 characters').nullable(),
  statedWeekday: Weekday.nullable(),
  credibility: Credibility.nullable(),
});
export const SourceCited = Citation.extend({ factId: Slug, citationId: z.string().min(1) });
export const CitationWithdrawn = z.object({ factId: Slug, citationId: z.string().min(1) });
export const Relation = z.object({ kind: RelationKind, target: Slug, offset: RelationOffset.nullable() });
export const RelationAsserted = Relation.extend({ factId: Slug });
export const RelationWithdrawn = z.object({ factId: Slug, kind: RelationKind, target: Slug });
export const FactRetracted = z.object({ factId: Slug });
export const FactReinstated = z.object({ factId: Slug });

export type CitationData = z.infer<typeof Citation>;
export type RelationData = z.infer<typeof Relation>;

export type FactEvent =
  | { type: 'FactRecorded'; data: z.infer<typeof FactRecorded> }
  | { type: 'FactDateRevised'; data: z.infer<typeof FactDateRevised> }
  | { type: 'FactSummaryEdited'; data: z.infer<typeof FactSummaryEdited> }
  | { type: 'FactPlaceChanged'; data: z.infer<typeof FactPlaceChanged> }
  | { type: 'ActorLinked'; data: z.infer<typeof ActorLinked> }
  | { type: 'ActorUnlinked'; data: z.infer<typeof ActorUnlinked> }
  | { type: 'TopicTagged'; data: z.infer<typeof TopicTagged> }
  | { type: 'TopicUntagged'; data: z.infer<typeof TopicUntagged> }
  | { type: 'SourceCited'; data: z.infer<typeof SourceCited> }
  | { type: 'CitationWithdrawn'; data: z.infer<typeof CitationWithdrawn> }
  | { type: 'RelationAsserted'; data: z.infer<typeof RelationAsserted> }
  | { type: 'RelationWithdrawn'; data: z.infer<typeof RelationWithdrawn> }
  | { type: 'FactRetracted'; data: z.infer<typeof FactRetracted> }
  | { type: 'FactReinstated'; data: z.infer<typeof FactReinstated> };

export const factEventSchemas = {
  FactRecorded,
  FactDateRevised,
  FactSummaryEdited,
  FactPlaceChanged,
  ActorLinked,
  ActorUnlinked,
  TopicTagged,
  TopicUntagged,
  SourceCited,
  CitationWithdrawn,
  RelationAsserted,
  RelationWithdrawn,
  FactRetracted,
  FactReinstated,
} as const;
