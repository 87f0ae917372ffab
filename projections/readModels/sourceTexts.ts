import type { ReadModelContext, ReadModelSchema } from './context.ts';

export const sourceTextsSchema: ReadModelSchema = {
  tables: { source_texts: 'source_id' },
  ddl: (p) =>
    `CREATE TABLE IF NOT EXISTS ${p}source_texts (source_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, text TEXT NOT NULL);`,
};

/**
 * The source-text read model: the full text of each source that has one, kept once, in its own
 * table (the registry document keeps only its SHA-256 and size, so listing sources never reads
 * megabytes). Written from `SourceTextAttached`; read to locate citations' quotes.
 */
export class SourceTexts {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  put(sourceId: string, sha256: string, text: string): void {
    this.c
      .stmt(`INSERT OR REPLACE INTO ${this.prefix}source_texts (source_id, sha256, text) VALUES (?, ?, ?)`)
      .run(sourceId, sha256, text);
  }

  of(sourceId: string): { sha256: string; text: string } | null {
    const row = this.c.stmt(`SELECT sha256, text FROM ${this.prefix}source_texts WHERE source_id = ?`).get(sourceId) as
      { sha256: string; text: string } | undefined;
    return row ?? null;
  }

  /** The SHA-256 of the text held for `sourceId`, without reading the text; `undefined` when none is held. */
  sha256Of(sourceId: string): string | undefined {
    return this.c.stmt(`SELECT sha256 FROM ${this.prefix}source_texts WHERE source_id = ?`).pluck().get(sourceId) as
      string | undefined;
  }
}
