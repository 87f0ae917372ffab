import type { ActorDoc, SourceDoc, TopicDoc } from '../documents.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export type Registry = 'actors' | 'topics' | 'sources';

export type RegistryDoc<R extends Registry> = R extends 'actors' ? ActorDoc : R extends 'topics' ? TopicDoc : SourceDoc;

/** What a timeline entry shows of an actor: its name, and the actor it was merged into. */
export type ActorName = Pick<ActorDoc, 'name' | 'mergedInto'>;
/** What a timeline entry shows of a topic. */
export type TopicName = Pick<TopicDoc, 'label'>;
/**
 * What a timeline entry shows of a source, and what the date checks read of it; `text` says
 * whether its full text is held (the text itself is in `source_texts`).
 */
export type SourceName = Pick<
  SourceDoc,
  'sourceId' | 'title' | 'publisher' | 'reliability' | 'publishedOn' | 'locale'
> & {
  readonly text: boolean;
};
export type RegistryName<R extends Registry> = R extends 'actors'
  ? ActorName
  : R extends 'topics'
    ? TopicName
    : SourceName;

/**
 * The columns of a registry's names, taken out of each document by SQLite (nothing else of the
 * document is read into JavaScript), and how a row of them becomes a name. Names are kept in the
 * read cache, so they are made by constructors, not object literals: V8 would allocate a
 * literal's long-kept objects straight in the old generation, where each one pointing at a young
 * string makes the scavenges copy that string (see `projections/queries/entryParts.ts`).
 */
const NAME_COLUMNS: { readonly [R in Registry]: { readonly sql: string; of(row: unknown[]): RegistryName<R> } } = {
  actors: {
    sql: `json_extract(doc, '$.name'), json_extract(doc, '$.mergedInto')`,
    of: (r) => new ActorNameRow(r),
  },
  topics: { sql: `json_extract(doc, '$.label')`, of: (r) => new TopicNameRow(r) },
  sources: {
    sql: `json_extract(doc, '$.sourceId'), json_extract(doc, '$.title'), json_extract(doc, '$.publisher'),
      json_extract(doc, '$.reliability'), json_extract(doc, '$.publishedOn'), json_extract(doc, '$.locale'),
      json_type(doc, '$.text') = 'object'`,
    of: (r) => new SourceNameRow(r),
  },
};

class ActorNameRow implements ActorName {
  readonly name: string;
  readonly mergedInto: string | null;
  constructor(r: unknown[]) {
    this.name = r[1] as string;
    this.mergedInto = r[2] as string | null;
  }
}

class TopicNameRow implements TopicName {
  readonly label: string;
  constructor(r: unknown[]) {
    this.label = r[1] as string;
  }
}

class SourceNameRow implements SourceName {
  readonly sourceId: string;
  readonly title: string;
  readonly publisher: SourceName['publisher'];
  readonly reliability: SourceName['reliability'];
  readonly publishedOn: SourceName['publishedOn'];
  readonly locale: SourceName['locale'];
  readonly text: boolean;
  constructor(r: unknown[]) {
    this.sourceId = r[1] as string;
    this.title = r[2] as string;
    this.publisher = r[3] as SourceName['publisher'];
    this.reliability = r[4] as SourceName['reliability'];
    this.publishedOn = r[5] as SourceName['publishedOn'];
    this.locale = r[6] as SourceName['locale'];
    this.text = r[7] === 1;
  }
}

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

  /** The names (`RegistryName`) of several ids of one registry at once (one query); ids with no document are left out. */
  names<R extends Registry>(registry: R, ids: readonly string[]): Map<string, RegistryName<R>> {
    const out = new Map<string, RegistryName<R>>();
    if (ids.length === 0) return out;
    const columns = NAME_COLUMNS[registry] as (typeof NAME_COLUMNS)[R];
    const rows = this.c
      .stmt(`SELECT id, ${columns.sql} FROM ${this.prefix}${registry} WHERE id IN (SELECT value FROM json_each(?))`)
      .raw()
      .all(JSON.stringify(ids)) as unknown[][];
    for (const r of rows) out.set(r[0] as string, columns.of(r));
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
    this.c.namesChange();
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
