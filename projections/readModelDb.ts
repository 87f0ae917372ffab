import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ActorDoc, FactDoc, SourceDoc, TopicDoc } from './documents.ts';
import type { HistoryEntry } from './factHistory.ts';
import type { FeedRow } from './feed.ts';
import type { TimelineRow } from './timelineRows.ts';

export interface Checkpoint {
  /** Position of the last event applied; `undefined` before the first. */
  readonly position: string | undefined;
  /** How many events have been applied (the last event's `seq`). */
  readonly seq: number;
}

type Registry = 'actors' | 'topics' | 'sources';
export type RegistryDoc<R extends Registry> = R extends 'actors' ? ActorDoc : R extends 'topics' ? TopicDoc : SourceDoc;

function ddl(p: string, withIndexes: boolean): string {
  return `
    CREATE TABLE IF NOT EXISTS ${p}checkpoint (name TEXT PRIMARY KEY, position TEXT, seq INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS ${p}facts (fact_id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}actors (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}topics (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}sources (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}timeline (
      kind TEXT NOT NULL, timeline_id TEXT NOT NULL, fact_id TEXT NOT NULL, role TEXT,
      earliest INTEGER NOT NULL, latest INTEGER NOT NULL, precision_rank INTEGER NOT NULL, first_seq INTEGER NOT NULL,
      PRIMARY KEY (kind, timeline_id, fact_id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}fact_history (fact_id TEXT NOT NULL, seq INTEGER NOT NULL, entry TEXT NOT NULL,
      PRIMARY KEY (fact_id, seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}feed (seq INTEGER PRIMARY KEY, position TEXT NOT NULL, fact_id TEXT NOT NULL,
      event_type TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, changes TEXT NOT NULL);
    ${withIndexes ? indexDdl(p) : ''}`;
}

const indexDdl = (p: string) => `
  CREATE INDEX IF NOT EXISTS ${p}feed_position ON ${p}feed (position);
  CREATE INDEX IF NOT EXISTS ${p}timeline_order ON ${p}timeline (kind, timeline_id, earliest, latest, precision_rank, first_seq);
  CREATE INDEX IF NOT EXISTS ${p}actors_merged ON ${p}actors (json_extract(doc, '$.mergedInto'))
    WHERE json_extract(doc, '$.mergedInto') IS NOT NULL;`;

const TABLES = ['checkpoint', 'facts', 'actors', 'topics', 'sources', 'timeline', 'fact_history', 'feed'] as const;
const RUNNER = 'chronicle';

/**
 * The read-model tables of one SQLite database. The `prefix` lets a rebuild fill fresh tables
 * (`rb_`) beside the live ones (`rm_`) and swap them in at the end.
 */
export class ReadModelDb {
  private readonly s;

  constructor(readonly db: Database.Database, readonly prefix = 'rm_', withIndexes = true) {
    db.exec(ddl(prefix, withIndexes));
    const p = prefix;
    this.s = {
      checkpoint: db.prepare(`SELECT position, seq FROM ${p}checkpoint WHERE name = ?`),
      setCheckpoint: db.prepare(`INSERT INTO ${p}checkpoint (name, position, seq) VALUES (?, ?, ?)
        ON CONFLICT(name) DO UPDATE SET position = excluded.position, seq = excluded.seq`),
      fact: db.prepare(`SELECT doc FROM ${p}facts WHERE fact_id = ?`).pluck(),
      putFact: db.prepare(`INSERT OR REPLACE INTO ${p}facts (fact_id, doc) VALUES (?, ?)`),
      deleteRows: db.prepare(`DELETE FROM ${p}timeline WHERE fact_id = ? AND kind = ? AND timeline_id = ?`),
      putRow: db.prepare(`INSERT OR REPLACE INTO ${p}timeline (kind, timeline_id, fact_id, role, earliest, latest, precision_rank, first_seq)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      putFeed: db.prepare(`INSERT OR REPLACE INTO ${p}feed (seq, position, fact_id, event_type, before, after, changes)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      putHistory: db.prepare(`INSERT OR REPLACE INTO ${p}fact_history (fact_id, seq, entry) VALUES (?, ?, ?)`),
      registry: {
        actors: db.prepare(`SELECT doc FROM ${p}actors WHERE id = ?`).pluck(),
        topics: db.prepare(`SELECT doc FROM ${p}topics WHERE id = ?`).pluck(),
        sources: db.prepare(`SELECT doc FROM ${p}sources WHERE id = ?`).pluck(),
      },
      putRegistry: {
        actors: db.prepare(`INSERT OR REPLACE INTO ${p}actors (id, doc) VALUES (?, ?)`),
        topics: db.prepare(`INSERT OR REPLACE INTO ${p}topics (id, doc) VALUES (?, ?)`),
        sources: db.prepare(`INSERT OR REPLACE INTO ${p}sources (id, doc) VALUES (?, ?)`),
      },
    };
  }

  /** Opens (creating if needed) a read-model database file with WAL, as the runner expects. */
  static open(path: string): ReadModelDb {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    return new ReadModelDb(db);
  }

  checkpoint(): Checkpoint {
    const row = this.s.checkpoint.get(RUNNER) as { position: string | null; seq: number } | undefined;
    return { position: row?.position ?? undefined, seq: row?.seq ?? 0 };
  }

  setCheckpoint(cp: Checkpoint): void {
    this.s.setCheckpoint.run(RUNNER, cp.position ?? null, cp.seq);
  }

  fact(factId: string): FactDoc | null {
    const doc = this.s.fact.get(factId) as string | undefined;
    return doc ? (JSON.parse(doc) as FactDoc) : null;
  }

  /** Saves a fact document and replaces its timeline rows with `rows`. */
  putFact(doc: FactDoc, previousRows: readonly TimelineRow[], rows: readonly TimelineRow[]): void {
    this.s.putFact.run(doc.factId, JSON.stringify(doc));
    const keep = new Set(rows.map((r) => `${r.kind}\u0000${r.timelineId}`));
    for (const r of previousRows) {
      if (!keep.has(`${r.kind}\u0000${r.timelineId}`)) this.s.deleteRows.run(doc.factId, r.kind, r.timelineId);
    }
    for (const r of rows) {
      this.s.putRow.run(r.kind, r.timelineId, r.factId, r.role, r.earliestDay, r.latestDay, r.precisionRank, r.firstSeq);
    }
  }

  addHistory(factId: string, entry: HistoryEntry): void {
    this.s.putHistory.run(factId, entry.seq, JSON.stringify(entry));
  }

  addFeedRow(row: FeedRow): void {
    this.s.putFeed.run(row.seq, row.position, row.factId, row.eventType, JSON.stringify(row.before), JSON.stringify(row.after),
      JSON.stringify(row.changes));
  }

  registryDoc<R extends Registry>(registry: R, id: string): RegistryDoc<R> | null {
    const doc = this.s.registry[registry].get(id) as string | undefined;
    return doc ? (JSON.parse(doc) as RegistryDoc<R>) : null;
  }

  putRegistryDoc<R extends Registry>(registry: R, id: string, doc: RegistryDoc<R>): void {
    this.s.putRegistry[registry].run(id, JSON.stringify(doc));
  }

  /** Runs `fn` in one write transaction (documents and checkpoint commit together or not at all). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Drops this prefix's tables. */
  drop(): void {
    for (const t of TABLES) this.db.exec(`DROP TABLE IF EXISTS ${this.prefix}${t}`);
  }

  /**
   * Replaces the tables of `live` by this set (a finished rebuild), indexes included, in one
   * transaction: readers see the old read models until the commit and the new ones after it.
   */
  swapInto(livePrefix: string): void {
    this.transaction(() => {
      for (const t of TABLES) {
        this.db.exec(`DROP TABLE IF EXISTS ${livePrefix}${t}`);
        this.db.exec(`ALTER TABLE ${this.prefix}${t} RENAME TO ${livePrefix}${t}`);
      }
      this.db.exec(indexDdl(livePrefix));
    });
  }
}
