import type { z } from 'zod';
import { compileParse, UNDECIDED, type CompiledParse } from '../../core/compiledParse.ts';
import type { Section } from './importReport.ts';
import { DossierActor, DossierFact, DossierSource, DossierTopic } from './schema.ts';

/** A section's item schema, with its parse compiled once from it. */
export interface ItemParse<S extends z.ZodType> {
  readonly schema: S;
  readonly compiled: CompiledParse<z.output<S>>;
}

const itemParse = <S extends z.ZodType>(schema: S): ItemParse<S> => ({ schema, compiled: compileParse(schema) });

/**
 * Each section's item parse. An import parses every item; the compiled parse gives what zod
 * would for an item that needs no more of zod than its defaults and transforms (every item of a
 * well-formed dossier), and zod runs for any other, so an item zod refuses is refused with zod's
 * issues, naming the field and the reason, as before.
 */
export const ITEM_PARSES = {
  sources: itemParse(DossierSource),
  actors: itemParse(DossierActor),
  topics: itemParse(DossierTopic),
  facts: itemParse(DossierFact),
} satisfies Record<Section, ItemParse<z.ZodType>>;

/** `schema.safeParse(raw)`, through the compiled parse where it decides. */
export function parseItemWith<S extends z.ZodType>(
  parse: ItemParse<S>,
  raw: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  const decided = parse.compiled(raw);
  return decided === UNDECIDED ? parse.schema.safeParse(raw) : { success: true, data: decided };
}
