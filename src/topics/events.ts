import { z } from 'zod';
import { Slug } from '../core/slug.ts';

export const TopicLabel = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const Notes = z.string().max(10_000, 'must be at most 10000 characters').nullable();

export const TopicDefined = z.object({ topicId: Slug, label: TopicLabel, parent: Slug.nullable(), notes: Notes });
export const TopicRenamed = z.object({ topicId: Slug, label: TopicLabel, previousLabel: TopicLabel });
/** Parent or notes changed (an addition to the docs/design.md catalogue). */
export const TopicDescribed = z.object({ topicId: Slug, parent: Slug.nullable(), notes: Notes });

export type TopicEvent =
  | { type: 'TopicDefined'; data: z.infer<typeof TopicDefined> }
  | { type: 'TopicRenamed'; data: z.infer<typeof TopicRenamed> }
  | { type: 'TopicDescribed'; data: z.infer<typeof TopicDescribed> };

export const topicEventSchemas = { TopicDefined, TopicRenamed, TopicDescribed } as const;
