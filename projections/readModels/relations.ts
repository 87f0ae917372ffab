import type { FactDoc } from '../documents.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export const relationsSchema: ReadModelSchema = {
  tables: { relations: 'fact_id, target, from_seq', cites: 'fact_id, source_id' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}relations (fact_id TEXT NOT NULL, target TEXT NOT NULL, from_seq INTEGER NOT NULL, to_seq INTEGER,
      PRIMARY KEY (fact_id, target, from_seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}cites (fact_id TEXT NOT NULL, source_id TEXT NOT NULL, PRIMARY KEY (fact_id, source_id)) WITHOUT ROWID;`,
  lookupIndexes: {
    relations_target: (p) => `CREATE INDEX IF NOT EXISTS ${p}relations_target ON ${p}relations (target, from_seq);`,
    cites_source: (p) => `CREATE INDEX IF NOT EXISTS ${p}cites_source ON ${p}cites (source_id);`,
  },
};

/**
 * The relation index (versioned, like timeline rows: `from_seq`/`to_seq`, so "as known at" reads
 * see the relations of their moment) and the citation index (current only) of the facts: which
 * facts point at a fact, which facts cite a source.
 */
export class Relations {
  private readonly prefix: string;

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  /**
   * Keeps both indexes of a fact in step with its current document; `seq` is where the document
   * took effect. `previous` is the document these indexes were last kept in step with, when the
   * caller knows it: `null` for a fact that had no document (it has no rows), and a document whose
   * relations or citations are the very same objects (nothing touched them) leaves those rows as
   * they are.
   */
  put(doc: FactDoc, seq: number, previous?: FactDoc | null): void {
    const p = this.prefix;
    const known = previous !== undefined;
    const retractionSame = known && previous !== null && previous.retracted === doc.retracted;
    if (!(retractionSame && previous.relations === doc.relations)) {
      const wanted = new Set(doc.retracted ? [] : Object.values(doc.relations).map((r) => r.target));
      const current =
        known && previous === null
          ? []
          : (this.c
              .stmt(`SELECT target FROM ${p}relations WHERE fact_id = ? AND to_seq IS NULL`)
              .pluck()
              .all(doc.factId) as string[]);
      const close = this.c.stmt(
        `UPDATE ${p}relations SET to_seq = ? WHERE fact_id = ? AND target = ? AND to_seq IS NULL`,
      );
      const open = this.c.stmt(
        `INSERT OR REPLACE INTO ${p}relations (fact_id, target, from_seq, to_seq) VALUES (?, ?, ?, NULL)`,
      );
      for (const t of current) if (!wanted.has(t)) close.run(seq, doc.factId, t);
      for (const t of wanted) if (!current.includes(t)) open.run(doc.factId, t, seq);
    }
    if (retractionSame && previous.citations === doc.citations) return;
    if (!(known && previous === null)) this.c.stmt(`DELETE FROM ${p}cites WHERE fact_id = ?`).run(doc.factId);
    if (doc.retracted) return;
    const cite = this.c.stmt(`INSERT OR IGNORE INTO ${p}cites (fact_id, source_id) VALUES (?, ?)`);
    for (const c of Object.values(doc.citations)) cite.run(doc.factId, c.source);
  }

  /** Facts whose relations point at `factId`: now, or as of the event `seq`. */
  relatedFrom(factId: string, seq?: number): string[] {
    const p = this.prefix;
    return (
      seq === undefined
        ? this.c.stmt(`SELECT fact_id FROM ${p}relations WHERE target = ? AND to_seq IS NULL`).pluck().all(factId)
        : this.c
            .stmt(
              `SELECT DISTINCT fact_id FROM ${p}relations WHERE target = ? AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?)`,
            )
            .pluck()
            .all(factId, seq, seq)
    ) as string[];
  }

  /** For each of `factIds`, the facts whose relations pointed at it after the event `seq`, in one query. */
  relatedFromAt(factIds: readonly string[], seq: number): Map<string, string[]> {
    const out = new Map<string, string[]>(factIds.map((id) => [id, []]));
    if (factIds.length === 0) return out;
    const rows = this.c
      .stmt(
        `SELECT DISTINCT target, fact_id AS id FROM ${this.prefix}relations
        WHERE target IN (SELECT value FROM json_each(?)) AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?)`,
      )
      .all(JSON.stringify(factIds), seq, seq) as { target: string; id: string }[];
    for (const r of rows) out.get(r.target)?.push(r.id);
    return out;
  }

  /** Which of `factIds` any relation row points at, current or closed (one query). */
  targetedAmong(factIds: readonly string[]): Set<string> {
    if (factIds.length === 0) return new Set();
    const rows = this.c
      .stmt(`SELECT DISTINCT target FROM ${this.prefix}relations WHERE target IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(factIds)) as string[];
    return new Set(rows);
  }

  /** The current facts that cite `sourceId`. */
  factsCiting(sourceId: string): string[] {
    return this.c.stmt(`SELECT fact_id FROM ${this.prefix}cites WHERE source_id = ?`).pluck().all(sourceId) as string[];
  }
}
