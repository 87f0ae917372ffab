import type { FactDoc } from '../documents.ts';
import { DecodedDocs } from '../decodedDocs.ts';
import { decodeFactDoc, encodeFactDoc, STORED_NOTES, STORED_SUMMARY } from '../factDocCodec.ts';
import type { ReadModelContext, ReadModelSchema } from './context.ts';

export const factVersionsSchema: ReadModelSchema = {
  tables: { fact_versions: 'fact_id, from_seq' },
  ddl: (p) => `
    CREATE TABLE IF NOT EXISTS ${p}fact_versions (fact_id TEXT NOT NULL, from_seq INTEGER NOT NULL, doc TEXT NOT NULL,
      PRIMARY KEY (fact_id, from_seq)) WITHOUT ROWID;`,
};

/** Facts whose decoded documents `manyAt` keeps for the next reads (6.6 MiB of heap on the generated store). */
const DECODED_FACTS = 4_000;

/**
 * The fact-versions read model: every version of every fact document, from the event (`seq`) it
 * took effect at. The latest is the current document; the others serve "as known at" reads. A
 * document is stored in its compact form (`factDocCodec.ts`).
 */
export class FactVersions {
  private readonly prefix: string;
  private readonly decoded = new DecodedDocs(DECODED_FACTS);

  constructor(private readonly c: ReadModelContext) {
    this.prefix = c.prefix;
  }

  /** Saves the versions a batch made of one fact (the latest version is the current document). */
  put(versions: readonly { fromSeq: number; doc: FactDoc }[]): void {
    const put = this.c.stmt(
      `INSERT OR REPLACE INTO ${this.prefix}fact_versions (fact_id, from_seq, doc) VALUES (?, ?, ?)`,
    );
    for (const { fromSeq, doc } of versions) {
      put.run(doc.factId, fromSeq, encodeFactDoc(doc));
      this.c.factChanged(doc.factId);
    }
  }

  current(factId: string): FactDoc | null {
    return this.at(factId, Number.MAX_SAFE_INTEGER);
  }

  /** The fact as it was after the event `seq` (null when it did not exist yet). */
  at(factId: string, seq: number): FactDoc | null {
    const doc = this.c
      .stmt(
        `SELECT doc FROM ${this.prefix}fact_versions WHERE fact_id = ? AND from_seq <= ? ORDER BY from_seq DESC LIMIT 1`,
      )
      .pluck()
      .get(factId, seq) as string | undefined;
    return doc ? decodeFactDoc(factId, doc) : null;
  }

  /**
   * Several facts as they were after the event `seq` (the current documents by default), in one
   * query (the ids go in as one JSON array, so any number fits one prepared statement). Ids with
   * no document then are left out. The documents are shared and frozen (`DecodedDocs`): a version
   * read before is not decoded again, whatever changed in between.
   */
  manyAt(factIds: readonly string[], seq = Number.MAX_SAFE_INTEGER): Map<string, FactDoc> {
    const out = new Map<string, FactDoc>();
    if (factIds.length === 0) return out;
    // Each id's latest version up to `seq` by a descending search of the key, rather than grouping
    // all of its versions: cheaper by a third on a page of 100 facts.
    const rows = this.c
      .stmt(
        `SELECT j.value AS id, (SELECT v.doc FROM ${this.prefix}fact_versions v WHERE v.fact_id = j.value AND v.from_seq <= ?
          ORDER BY v.from_seq DESC LIMIT 1) AS doc FROM json_each(?) j`,
      )
      .all(seq, JSON.stringify(factIds)) as { id: string; doc: string | null }[];
    for (const r of rows) if (r.doc !== null) out.set(r.id, this.decoded.decode(r.id, r.doc));
    return out;
  }

  /** Which of `factIds` have a version after the event `seq` (one query): the others are as they were then. */
  changedSince(factIds: readonly string[], seq: number): Set<string> {
    if (factIds.length === 0) return new Set();
    const rows = this.c
      .stmt(
        `SELECT DISTINCT fact_id FROM ${this.prefix}fact_versions
        WHERE fact_id IN (SELECT value FROM json_each(?)) AND from_seq > ?`,
      )
      .pluck()
      .all(JSON.stringify(factIds), seq) as string[];
    return new Set(rows);
  }

  /** The id of every fact, in no particular order, when there are at most `max`; else null. */
  ids(max: number): string[] | null {
    const rows = this.c
      .stmt(`SELECT DISTINCT fact_id AS id FROM ${this.prefix}fact_versions LIMIT ?`)
      .pluck()
      .all(max + 1) as string[];
    return rows.length > max ? null : rows;
  }

  /** The current document of every fact (its latest version), in no particular order. */
  all(): FactDoc[] {
    return (
      this.c
        .stmt(`SELECT fact_id AS id, doc, max(from_seq) FROM ${this.prefix}fact_versions GROUP BY fact_id`)
        .all() as {
        id: string;
        doc: string;
      }[]
    ).map((r) => decodeFactDoc(r.id, r.doc));
  }

  /**
   * For each `[factId, seq]` pair, the `seq` of the fact's version in force after that event (the
   * version an event belongs to), in one query; `undefined` where the fact had none.
   */
  versionsAt(pairs: readonly (readonly [string, number])[]): (number | undefined)[] {
    if (pairs.length === 0) return [];
    const rows = this.c
      .stmt(
        `SELECT (SELECT max(v.from_seq) FROM ${this.prefix}fact_versions v
          WHERE v.fact_id = json_extract(j.value, '$[0]') AND v.from_seq <= json_extract(j.value, '$[1]')) AS version
        FROM json_each(?) j ORDER BY j.key`,
      )
      .pluck()
      .all(JSON.stringify(pairs)) as (number | null)[];
    return rows.map((v) => v ?? undefined);
  }

  /**
   * A condition for a query over rows with a `fact_id` column at `t.fact_id`: the text of the
   * fact's version in force after the event given by the first parameter (its summary, or its
   * notes) contains the second, lower-cased (the third parameter repeats it). A document stored
   * compact is an array, one stored as it is an object: the path of the other form gives NULL.
   */
  static textMatch(p: string): string {
    const field = (index: number, key: string) =>
      `coalesce(json_extract(v.doc, '$[${index}]'), json_extract(v.doc, '$.${key}'), '')`;
    return `EXISTS (SELECT 1 FROM (SELECT doc FROM ${p}fact_versions f WHERE f.fact_id = t.fact_id AND f.from_seq <= ?
        ORDER BY f.from_seq DESC LIMIT 1) v
      WHERE instr(lower(${field(STORED_SUMMARY, 'summary')}), ?) > 0 OR instr(lower(${field(STORED_NOTES, 'notes')}), ?) > 0)`;
  }
}
