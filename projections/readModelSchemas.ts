import type { ReadModelSchema } from './readModels/context.ts';
import { eventLogSchema } from './readModels/eventLog.ts';
import { factVersionsSchema } from './readModels/factVersions.ts';
import { findingsSchema } from './readModels/findings.ts';
import { metaSchema, NAMES_TOKEN_KEY, WRITE_TOKEN_KEY } from './readModels/meta.ts';
import { registriesSchema } from './readModels/registries.ts';
import { relationsSchema } from './readModels/relations.ts';
import { sourceTextsSchema } from './readModels/sourceTexts.ts';
import { timelineSchema } from './readModels/timeline.ts';
import { writeLogSchema } from './readModels/writeLog.ts';

/** The schema of every read model (each module owns its tables, writes and queries). */
export const SCHEMAS: readonly ReadModelSchema[] = [
  metaSchema,
  eventLogSchema,
  factVersionsSchema,
  registriesSchema,
  timelineSchema,
  relationsSchema,
  findingsSchema,
  sourceTextsSchema,
  writeLogSchema,
];

/** Every read-model table (name without prefix) → the columns of its key, which order its rows. */
export const TABLE_KEYS: Readonly<Record<string, string>> = Object.assign({}, ...SCHEMAS.map((s) => s.tables));
export const TABLES = Object.keys(TABLE_KEYS);
const indexesOf = (kind: 'lookupIndexes' | 'readIndexes') =>
  Object.assign({}, ...SCHEMAS.map((s) => s[kind] ?? {})) as Record<string, (p: string) => string>;
/** Indexes the projections themselves look things up by: present from the start, even while rebuilding. */
export const LOOKUP_INDEXES = indexesOf('lookupIndexes');
/** Indexes only reads need: a rebuild creates them once, at the swap (so does a catch-up from empty). */
export const READ_INDEX_DDL = indexesOf('readIndexes');
export const READ_INDEXES = Object.keys(READ_INDEX_DDL);
export const indexDdl = (indexes: Record<string, (p: string) => string>, p: string) =>
  Object.values(indexes)
    .map((ddl) => ddl(p))
    .join('\n');

/** Whether a row of `table` is bookkeeping, not content: the write and names tokens and the write log, which differ between any two builds of one log. */
export const isBookkeeping = (table: string, row: readonly unknown[]): boolean =>
  (table === 'meta' && (row[0] === WRITE_TOKEN_KEY || row[0] === NAMES_TOKEN_KEY)) || table === 'write_log';
