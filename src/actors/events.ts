import { z } from 'zod';
import { Slug } from '../core/slug.ts';

export const ActorKind = z.enum(['person', 'organization', 'government-body', 'company', 'country', 'group']);
export const ActorName = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');
const Notes = z.string().max(10_000, 'must be at most 10000 characters').nullable();

export const ActorRegistered = z.object({
  actorId: Slug,
  name: ActorName,
  kind: ActorKind,
  aliases: z.array(ActorName).max(100, 'must have at most 100 aliases'),
  notes: Notes,
});
export const ActorRenamed = z.object({ actorId: Slug, name: ActorName, previousName: ActorName });
export const ActorAliasAdded = z.object({ actorId: Slug, alias: ActorName });
export const ActorMerged = z.object({ actorId: Slug, into: Slug });
/** Kind or notes changed (an addition to the docs/design.md catalogue: dossiers may correct them). */
export const ActorDescribed = z.object({ actorId: Slug, kind: ActorKind, notes: Notes });

export type ActorKindValue = z.infer<typeof ActorKind>;
export type ActorEvent =
  | { type: 'ActorRegistered'; data: z.infer<typeof ActorRegistered> }
  | { type: 'ActorRenamed'; data: z.infer<typeof ActorRenamed> }
  | { type: 'ActorAliasAdded'; data: z.infer<typeof ActorAliasAdded> }
  | { type: 'ActorMerged'; data: z.infer<typeof ActorMerged> }
  | { type: 'ActorDescribed'; data: z.infer<typeof ActorDescribed> };

export const actorEventSchemas = {
  ActorRegistered,
  ActorRenamed,
  ActorAliasAdded,
  ActorMerged,
  ActorDescribed,
} as const;
