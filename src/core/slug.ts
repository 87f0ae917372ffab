import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Ids of facts, actors, topics and sources: `[a-z0-9][a-z0-9-]{0,79}`. */
export const Slug = z
  .string({ error: 'must be a string' })
  .regex(
    SLUG_PATTERN,
    'must be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 80 characters',
  );
