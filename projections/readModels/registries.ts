import type { ActorDoc, SourceDoc, TopicDoc } from '../documents.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export type Registry = 'actors' | 'topics' | 'sources';

export type RegistryDoc<R extends Registry> = R extends 'actors' ? ActorDoc : R extends 'topics' ? TopicDoc : SourceDoc;

export const registriesSchema: ReadModelSchema = {
  tables: { actors: 'id', topics: 'id', sources: 'id' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}actors (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}topics (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}sources (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;`,
  readIndexes: {
    actors_merged: (
      p,
    ) => `CREATE INDEX IF NOT EXISTS ${p}actors_merged ON ${p}actors (json_extract(doc, '$.mergedInto'))
    WHERE json_extract(doc, '$.mergedInto') IS NOT NULL;`,
  },
};

/** The registries read model: one document per actor, topic and source. */
export class Registries {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  doc<R extends Registry>(registry: R, id: string): RegistryDoc<R> | null {
    const doc = this.c.stmt(`SELECT doc FROM ${this.prefix}${registry} WHERE id = ?`).pluck().get(id) as
      string | undefined;
    return doc ? (JSON.parse(doc) as RegistryDoc<R>) : null;
  }

  /** Several documents of one registry at once (one query); ids with no document are left out. */
  docs<R extends Registry>(registry: R, ids: readonly string[]): Map<string, RegistryDoc<R>> {
    const out = new Map<string, RegistryDoc<R>>();
    if (ids.length === 0) return out;
    const rows = this.c
      .stmt(`SELECT id, doc FROM ${this.prefix}${registry} WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as { id: string; doc: string }[];
    for (const r of rows) out.set(r.id, JSON.parse(r.doc) as RegistryDoc<R>);
    return out;
  }

  /** Every document of a registry, ordered by id. */
  list<R extends Registry>(registry: R): RegistryDoc<R>[] {
    return (this.c.stmt(`SELECT doc FROM ${this.prefix}${registry} ORDER BY id`).pluck().all() as string[]).map(
      (d) => JSON.parse(d) as RegistryDoc<R>,
    );
  }

  put<R extends Registry>(registry: R, id: string, doc: RegistryDoc<R>): void {
    this.c
      .stmt(`INSERT OR REPLACE INTO ${this.prefix}${registry} (id, doc) VALUES (?, ?)`)
      .run(id, JSON.stringify(doc));
    this.c.allChanged();
  }

  /** The actors merged straight into `actorId`. */
  mergedInto(actorId: string): string[] {
    return this.c
      .stmt(`SELECT id FROM ${this.prefix}actors WHERE json_extract(doc, '$.mergedInto') = ?`)
      .pluck()
      .all(actorId) as string[];
  }

  /** The direct subtopics of `topicId`, by id. */
  subtopics(topicId: string): string[] {
    return this.c
      .stmt(`SELECT id FROM ${this.prefix}topics WHERE json_extract(doc, '$.parent') = ? ORDER BY id`)
      .pluck()
      .all(topicId) as string[];
  }
}
