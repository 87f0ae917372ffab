import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ActorDoc, FactDoc, SourceDoc, TopicDoc } from './documents.ts';
import type { ComponentFindings } from './findingsProjection.ts';
import type { Finding } from '../src/checks/index.ts';
import { startDayOf, type EffectiveDays, type TimelineRow } from './timelineRows.ts';
import { ReadCache } from './readCache.ts';

export interface Checkpoint {
  /** Position of the last event applied; `undefined` before the first. */
  readonly position: string | undefined;
  /** How many events have been applied (the last event's `seq`). */
  readonly seq: number;
}

type Registry = 'actors' | 'topics' | 'sources';

export type RegistryDoc<R extends Registry> = R extends 'actors' ? ActorDoc : R extends 'topics' ? TopicDoc : SourceDoc;

/** A change to a fact's row in one timeline: opened (inserted) or closed (`to_seq` set) at `seq`. */
export interface TimelineWrite {
  readonly row: TimelineRow;
  readonly seq: number;
  readonly open: boolean;
}

/** Orders strings as SQLite's BINARY collation does for ASCII text (ids are slugs). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `meta` row each read-model write transaction rewrites with a random token (see `ReadCache`):
 * bookkeeping, not content — two builds of the same log differ only there.
 */
export const WRITE_TOKEN_KEY = 'write-token';

/**
 * Bump when a table changes shape or a projection computes its rows differently (precision ranks,
 * findings): read models of another version are dropped and rebuilt from the log.
 */
export const READ_MODEL_VERSION = 8;

/**
 * The tables. The timeline's sort columns are docs/design.md's order on the fact's effective days
 * (its stated bounds narrowed by its relations, `EffectiveDays`): `earliest` is the day it sorts
 * from — the effective earliest day, or where that is open (`open_start` = 1) the effective
 * latest —, then `latest` (the effective latest day), `precision_rank` (of the stated date),
 * `first_seq` (the global position of the fact's first event).
 */
function ddl(p: string, withIndexes: boolean): string {
  return `
    CREATE TABLE IF NOT EXISTS ${p}checkpoint (name TEXT PRIMARY KEY, position TEXT, seq INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS ${p}meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}events (seq INTEGER PRIMARY KEY, position TEXT NOT NULL, recorded_at TEXT NOT NULL,
      fact_id TEXT, history TEXT, feed TEXT);
    CREATE TABLE IF NOT EXISTS ${p}fact_versions (fact_id TEXT NOT NULL, from_seq INTEGER NOT NULL, doc TEXT NOT NULL,
      PRIMARY KEY (fact_id, from_seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}relations (fact_id TEXT NOT NULL, target TEXT NOT NULL, from_seq INTEGER NOT NULL, to_seq INTEGER,
      PRIMARY KEY (fact_id, target, from_seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}cites (fact_id TEXT NOT NULL, source_id TEXT NOT NULL, PRIMARY KEY (fact_id, source_id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}findings (component TEXT NOT NULL, n INTEGER NOT NULL, severity TEXT NOT NULL, finding TEXT NOT NULL,
      PRIMARY KEY (component, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}fact_findings (fact_id TEXT PRIMARY KEY, component TEXT NOT NULL, findings TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}actors (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}topics (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}sources (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${p}timeline (
      kind TEXT NOT NULL, timeline_id TEXT NOT NULL, fact_id TEXT NOT NULL, from_seq INTEGER NOT NULL, to_seq INTEGER, role TEXT, retracted INTEGER NOT NULL,
      earliest INTEGER NOT NULL, latest INTEGER NOT NULL, precision_rank INTEGER NOT NULL, first_seq INTEGER NOT NULL, open_start INTEGER NOT NULL,
      PRIMARY KEY (kind, timeline_id, fact_id, from_seq)) WITHOUT ROWID;
    ${lookupIndexDdl(p)}
    ${withIndexes ? indexDdl(p) : ''}`;
}

/** Indexes the projections themselves look things up by: present from the start, even while rebuilding. */
const LOOKUP_INDEXES = ['relations_target', 'cites_source', 'fact_findings_component'] as const;
const lookupIndexDdl = (p: string) => `
  CREATE INDEX IF NOT EXISTS ${p}relations_target ON ${p}relations (target, from_seq);
  CREATE INDEX IF NOT EXISTS ${p}cites_source ON ${p}cites (source_id);
  CREATE INDEX IF NOT EXISTS ${p}fact_findings_component ON ${p}fact_findings (component);`;

/** Indexes only reads need: a rebuild creates them once, at the swap (so does a catch-up from empty). */
export const READ_INDEXES = [
  'timeline_current',
  'timeline_versions',
  'events_fact',
  'events_position',
  'events_recorded',
  'actors_merged',
] as const;
const indexDdl = (p: string) => `
  CREATE INDEX IF NOT EXISTS ${p}timeline_current ON ${p}timeline (kind, timeline_id, earliest, latest, precision_rank, first_seq)
    WHERE to_seq IS NULL;
  CREATE INDEX IF NOT EXISTS ${p}timeline_versions ON ${p}timeline (kind, timeline_id, earliest, latest, precision_rank, first_seq, from_seq);
  CREATE INDEX IF NOT EXISTS ${p}events_fact ON ${p}events (fact_id, seq) WHERE fact_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS ${p}events_position ON ${p}events (position);
  CREATE INDEX IF NOT EXISTS ${p}events_recorded ON ${p}events (recorded_at);
  CREATE INDEX IF NOT EXISTS ${p}actors_merged ON ${p}actors (json_extract(doc, '$.mergedInto'))
    WHERE json_extract(doc, '$.mergedInto') IS NOT NULL;`;

/** Every read-model table (name without prefix) → the columns of its key, which order its rows. */
export const TABLE_KEYS = {
  checkpoint: 'name',
  meta: 'key',
  events: 'seq',
  fact_versions: 'fact_id, from_seq',
  actors: 'id',
  topics: 'id',
  sources: 'id',
  timeline: 'kind, timeline_id, fact_id, from_seq',
  relations: 'fact_id, target, from_seq',
  cites: 'fact_id, source_id',
  findings: 'component, n',
  fact_findings: 'fact_id',
} as const;
const TABLES = Object.keys(TABLE_KEYS) as (keyof typeof TABLE_KEYS)[];

/** Whether a row of `table` is bookkeeping, not content: the write token, which differs between any two builds of one log. */
export const isBookkeeping = (table: string, row: readonly unknown[]): boolean =>
  table === 'meta' && row[0] === WRITE_TOKEN_KEY;
const RUNNER = 'chronicle';

/**
 * Parsed registry documents and built timeline entries kept between queries (see `ReadCache`):
 * enough for the pages a few dashboards show, a few MiB at most.
 */
const READ_CACHE_VALUES = 5_000;

/**
 * The read-model tables of one SQLite database. The `prefix` lets a rebuild fill fresh tables
 * (`rb_`) beside the live ones (`rm_`) and swap them in at the end.
 */
export class ReadModelDb {
  private readonly s;
  private readonly statements = new Map<string, Database.Statement>();
  /** What queries keep for each other while the read models do not change. */
  readonly cache: ReadCache;
  /**
   * While a write transaction runs with values in the cache: the cache keys its writes make stale
   * (a fact's current entry when its document or findings change; everything when a registry
   * document changes, as names are part of every entry). `undefined` when there is nothing to keep.
   */
  private stale: Set<string> | 'all' | undefined;

  private markStale(factId: string): void {
    if (this.stale instanceof Set) this.stale.add(`entry:${factId}`);
  }

  /** A prepared statement for `sql`, prepared once per connection (preparing costs more than running). */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  constructor(
    readonly db: Database.Database,
    readonly prefix = 'rm_',
    withIndexes = true,
  ) {
    this.dropIfOtherVersion();
    db.exec(ddl(prefix, withIndexes));
    db.prepare(`INSERT OR IGNORE INTO ${prefix}meta (key, value) VALUES ('version', ?)`).run(
      String(READ_MODEL_VERSION),
    );
    this.cache = new ReadCache(
      () => this.writeToken(),
      () => this.db.inTransaction,
      READ_CACHE_VALUES,
    );
    const p = prefix;
    this.s = {
      checkpoint: db.prepare(`SELECT position, seq FROM ${p}checkpoint WHERE name = ?`),
      writeToken: db.prepare(`SELECT value FROM ${p}meta WHERE key = ?`).pluck(),
      setWriteToken: db.prepare(
        `INSERT INTO ${p}meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ),
      setCheckpoint: db.prepare(`INSERT INTO ${p}checkpoint (name, position, seq) VALUES (?, ?, ?)
        ON CONFLICT(name) DO UPDATE SET position = excluded.position, seq = excluded.seq`),
      fact: db.prepare(`SELECT doc FROM ${p}fact_versions WHERE fact_id = ? ORDER BY from_seq DESC LIMIT 1`).pluck(),
      putVersion: db.prepare(`INSERT OR REPLACE INTO ${p}fact_versions (fact_id, from_seq, doc) VALUES (?, ?, ?)`),
      closeRow: db.prepare(
        `UPDATE ${p}timeline SET to_seq = ? WHERE kind = ? AND timeline_id = ? AND fact_id = ? AND to_seq IS NULL`,
      ),
      putRow:
        db.prepare(`INSERT OR REPLACE INTO ${p}timeline (kind, timeline_id, fact_id, from_seq, to_seq, role, retracted, earliest, latest, precision_rank, first_seq, open_start)
        VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`),
      effectiveDays: db.prepare(
        `SELECT earliest, latest, open_start AS openStart FROM ${p}timeline WHERE kind = 'all' AND timeline_id = '' AND fact_id = ? AND to_seq IS NULL`,
      ),
      putEvent: db.prepare(
        `INSERT OR REPLACE INTO ${p}events (seq, position, recorded_at, fact_id, history, feed) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
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
      openRelations: db.prepare(`SELECT target FROM ${p}relations WHERE fact_id = ? AND to_seq IS NULL`).pluck(),
      closeRelation: db.prepare(
        `UPDATE ${p}relations SET to_seq = ? WHERE fact_id = ? AND target = ? AND to_seq IS NULL`,
      ),
      openRelation: db.prepare(
        `INSERT OR REPLACE INTO ${p}relations (fact_id, target, from_seq, to_seq) VALUES (?, ?, ?, NULL)`,
      ),
      dropCites: db.prepare(`DELETE FROM ${p}cites WHERE fact_id = ?`),
      cite: db.prepare(`INSERT OR IGNORE INTO ${p}cites (fact_id, source_id) VALUES (?, ?)`),
      relatedFrom: db.prepare(`SELECT fact_id FROM ${p}relations WHERE target = ? AND to_seq IS NULL`).pluck(),
      factsCiting: db.prepare(`SELECT fact_id FROM ${p}cites WHERE source_id = ?`).pluck(),
      componentOf: db.prepare(`SELECT component FROM ${p}fact_findings WHERE fact_id = ?`).pluck(),
      membersOf: db.prepare(`SELECT fact_id FROM ${p}fact_findings WHERE component = ?`).pluck(),
      dropFindings: db.prepare(`DELETE FROM ${p}findings WHERE component = ?`),
      dropMembers: db.prepare(`DELETE FROM ${p}fact_findings WHERE component = ?`),
      putFinding: db.prepare(
        `INSERT OR REPLACE INTO ${p}findings (component, n, severity, finding) VALUES (?, ?, ?, ?)`,
      ),
      putMember: db.prepare(`INSERT OR REPLACE INTO ${p}fact_findings (fact_id, component, findings) VALUES (?, ?, ?)`),
    };
  }

  /** Read models written by another version of Chronicle are dropped; the runner rebuilds them from the log. */
  private dropIfOtherVersion(): void {
    const hasCheckpoint = this.stmt(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(
      `${this.prefix}checkpoint`,
    );
    if (!hasCheckpoint) return;
    const hasMeta = this.stmt(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(
      `${this.prefix}meta`,
    );
    const version = hasMeta
      ? this.stmt(`SELECT value FROM ${this.prefix}meta WHERE key = 'version'`).pluck().get()
      : undefined;
    if (version !== String(READ_MODEL_VERSION)) this.drop();
  }

  /** Opens (creating if needed) a read-model database file with WAL, as the runner expects. */
  static open(path: string): ReadModelDb {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Negative means KiB, allocated only as it fills. A catch-up transaction dirties pages all over
    // the read-model B-trees; with SQLite's 2 MiB default they spill to the WAL mid-transaction.
    db.pragma('cache_size = -65536');
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

  /** Saves the versions a batch made of one fact (the latest version is the current document). */
  putFactVersions(versions: readonly { fromSeq: number; doc: FactDoc }[]): void {
    for (const { fromSeq, doc } of versions) {
      this.s.putVersion.run(doc.factId, fromSeq, JSON.stringify(doc));
      this.markStale(doc.factId);
    }
  }

  /** The effective days a fact's open timeline rows carry (its chronology row's), if it has any. */
  effectiveDays(factId: string): EffectiveDays | undefined {
    const row = this.s.effectiveDays.get(factId) as { earliest: number; latest: number; openStart: number } | undefined;
    if (!row) return undefined;
    return { earliestDay: row.openStart === 1 ? Number.MIN_SAFE_INTEGER : row.earliest, latestDay: row.latest };
  }

  /**
   * Applies timeline row changes in the order of the table's key (kind, timeline, fact): a batch's
   * inserts then walk the B-tree in order instead of jumping around it. The sort is stable, so the
   * changes to one fact's row in one timeline keep their order (a row is closed before the next opens).
   */
  writeTimeline(writes: TimelineWrite[]): void {
    writes.sort(
      (a, b) =>
        compareText(a.row.kind, b.row.kind) ||
        compareText(a.row.timelineId, b.row.timelineId) ||
        compareText(a.row.factId, b.row.factId),
    );
    for (const { row: r, seq, open } of writes) {
      if (open)
        this.s.putRow.run(
          r.kind,
          r.timelineId,
          r.factId,
          seq,
          r.role,
          r.retracted ? 1 : 0,
          startDayOf(r),
          r.latestDay,
          r.precisionRank,
          r.firstSeq,
          r.earliestDay === Number.MIN_SAFE_INTEGER ? 1 : 0,
        );
      else this.s.closeRow.run(seq, r.kind, r.timelineId, r.factId);
    }
  }

  /**
   * Keeps the relation index (versioned, like timeline rows: `from_seq`/`to_seq`) and the citation
   * index of a fact in step with its current document; `seq` is where the document took effect.
   * `previous` is the document these indexes were last kept in step with, when the caller knows it:
   * `null` for a fact that had no document (it has no rows), and a document whose relations or
   * citations are the very same objects (nothing touched them) leaves those rows as they are.
   */
  putLinks(doc: FactDoc, seq: number, previous?: FactDoc | null): void {
    const known = previous !== undefined;
    const retractionSame = known && previous !== null && previous.retracted === doc.retracted;
    if (!(retractionSame && previous.relations === doc.relations)) {
      const wanted = new Set(doc.retracted ? [] : Object.values(doc.relations).map((r) => r.target));
      const current = known && previous === null ? [] : (this.s.openRelations.all(doc.factId) as string[]);
      for (const t of current) if (!wanted.has(t)) this.s.closeRelation.run(seq, doc.factId, t);
      for (const t of wanted) if (!current.includes(t)) this.s.openRelation.run(doc.factId, t, seq);
    }
    if (retractionSame && previous.citations === doc.citations) return;
    if (!(known && previous === null)) this.s.dropCites.run(doc.factId);
    if (doc.retracted) return;
    for (const c of Object.values(doc.citations)) this.s.cite.run(doc.factId, c.source);
  }

  /** Facts whose relations point at `factId`: now, or as of the event `seq`. */
  relatedFrom(factId: string, seq?: number): string[] {
    const p = this.prefix;
    return (
      seq === undefined
        ? this.s.relatedFrom.all(factId)
        : this.stmt(
            `SELECT DISTINCT fact_id FROM ${p}relations WHERE target = ? AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?)`,
          )
            .pluck()
            .all(factId, seq, seq)
    ) as string[];
  }

  factsCiting(sourceId: string): string[] {
    return this.s.factsCiting.all(sourceId) as string[];
  }

  componentOf(factId: string): string | undefined {
    return this.s.componentOf.get(factId) as string | undefined;
  }

  membersOf(component: string): string[] {
    return this.s.membersOf.all(component) as string[];
  }

  /** Replaces the findings of the `dropped` components by `components` (the re-checked ones). */
  replaceFindings(dropped: Iterable<string>, components: readonly ComponentFindings[]): void {
    for (const c of dropped) {
      if (this.stale instanceof Set) for (const m of this.s.membersOf.all(c) as string[]) this.markStale(m);
      this.s.dropFindings.run(c);
      this.s.dropMembers.run(c);
    }
    for (const c of components) {
      c.findings.forEach((f, n) => this.s.putFinding.run(c.component, n, f.severity, JSON.stringify(f)));
      for (const m of c.members) {
        const mine = c.findings.length === 0 ? '[]' : JSON.stringify(c.findings.filter((f) => f.facts.includes(m)));
        this.s.putMember.run(m, c.component, mine);
        this.markStale(m);
      }
    }
  }

  /**
   * The current documents and findings of several facts at once (one query each, for a page; the
   * ids go in as one JSON array, so any number fits one prepared statement).
   */
  factsWithFindings(factIds: readonly string[]): Map<string, { doc: FactDoc; findings: Finding[] }> {
    const out = new Map<string, { doc: FactDoc; findings: Finding[] }>();
    if (factIds.length === 0) return out;
    const p = this.prefix;
    const rows = this.stmt(
      `SELECT v.fact_id AS id, v.doc, max(v.from_seq), f.findings FROM ${p}fact_versions v
      LEFT JOIN ${p}fact_findings f ON f.fact_id = v.fact_id
      WHERE v.fact_id IN (SELECT value FROM json_each(?)) GROUP BY v.fact_id`,
    ).all(JSON.stringify(factIds)) as { id: string; doc: string; findings: string | null }[];
    for (const r of rows) {
      const f = r.findings;
      out.set(r.id, {
        doc: JSON.parse(r.doc) as FactDoc,
        findings: f && f !== '[]' ? (JSON.parse(f) as Finding[]) : [],
      });
    }
    return out;
  }

  /** Several facts as they were after the event `seq` (null for one that did not exist yet), in one query. */
  factsAt(factIds: readonly string[], seq: number): Map<string, FactDoc | null> {
    const out = new Map<string, FactDoc | null>(factIds.map((id) => [id, null]));
    if (factIds.length === 0) return out;
    const rows = this.stmt(
      `SELECT fact_id AS id, doc, max(from_seq) FROM ${this.prefix}fact_versions
      WHERE fact_id IN (SELECT value FROM json_each(?)) AND from_seq <= ? GROUP BY fact_id`,
    ).all(JSON.stringify(factIds), seq) as { id: string; doc: string }[];
    for (const r of rows) out.set(r.id, JSON.parse(r.doc) as FactDoc);
    return out;
  }

  /** For each of `factIds`, the facts whose relations pointed at it after the event `seq`, in one query. */
  relatedFromAt(factIds: readonly string[], seq: number): Map<string, string[]> {
    const out = new Map<string, string[]>(factIds.map((id) => [id, []]));
    if (factIds.length === 0) return out;
    const rows = this.stmt(
      `SELECT DISTINCT target, fact_id AS id FROM ${this.prefix}relations
      WHERE target IN (SELECT value FROM json_each(?)) AND from_seq <= ? AND (to_seq IS NULL OR to_seq > ?)`,
    ).all(JSON.stringify(factIds), seq, seq) as { target: string; id: string }[];
    for (const r of rows) out.get(r.target)?.push(r.id);
    return out;
  }

  findingsOf(factId: string): Finding[] {
    const row = this.stmt(`SELECT findings FROM ${this.prefix}fact_findings WHERE fact_id = ?`).pluck().get(factId) as
      string | undefined;
    return row ? (JSON.parse(row) as Finding[]) : [];
  }

  /** The current document of every fact (its latest version), in no particular order. */
  allFacts(): FactDoc[] {
    return (
      this.stmt(`SELECT doc, max(from_seq) FROM ${this.prefix}fact_versions GROUP BY fact_id`).all() as {
        doc: string;
      }[]
    ).map((r) => JSON.parse(r.doc) as FactDoc);
  }

  /** The fact as it was after the event `seq` (null when it did not exist yet). */
  factAt(factId: string, seq: number): FactDoc | null {
    const doc = this.stmt(
      `SELECT doc FROM ${this.prefix}fact_versions WHERE fact_id = ? AND from_seq <= ? ORDER BY from_seq DESC LIMIT 1`,
    )
      .pluck()
      .get(factId, seq) as string | undefined;
    return doc ? (JSON.parse(doc) as FactDoc) : null;
  }

  /**
   * One row per applied event: its position and instant (normalised to UTC) for "as known at"
   * queries, and for fact events the fact-history entry and the live-feed row, as JSON.
   */
  addEvent(
    seq: number,
    position: string,
    recordedAtUtc: string,
    factId: string | null,
    history: string | null,
    feed: string | null,
  ): void {
    this.s.putEvent.run(seq, position, recordedAtUtc, factId, history, feed);
  }

  registryDoc<R extends Registry>(registry: R, id: string): RegistryDoc<R> | null {
    const doc = this.s.registry[registry].get(id) as string | undefined;
    return doc ? (JSON.parse(doc) as RegistryDoc<R>) : null;
  }

  /** Several documents of one registry at once (one query); ids with no document are left out. */
  registryDocs<R extends Registry>(registry: R, ids: readonly string[]): Map<string, RegistryDoc<R>> {
    const out = new Map<string, RegistryDoc<R>>();
    if (ids.length === 0) return out;
    const rows = this.stmt(
      `SELECT id, doc FROM ${this.prefix}${registry} WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as { id: string; doc: string }[];
    for (const r of rows) out.set(r.id, JSON.parse(r.doc) as RegistryDoc<R>);
    return out;
  }

  putRegistryDoc<R extends Registry>(registry: R, id: string, doc: RegistryDoc<R>): void {
    this.s.putRegistry[registry].run(id, JSON.stringify(doc));
    if (this.stale !== undefined) this.stale = 'all';
  }

  /** The token the last write transaction of these read models left (any connection's): '' before the first. */
  writeToken(): string {
    return (this.s.writeToken.get(WRITE_TOKEN_KEY) as string | undefined) ?? '';
  }

  /**
   * Runs `fn` in one write transaction (documents and checkpoint commit together or not at all),
   * which ends by storing a new write token: readers on other connections see that the read models
   * changed (`ReadCache`). This connection's cache keeps what the transaction did not make stale.
   */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return this.db.transaction(fn).immediate(); // nested: the outer one ends it
    let before = '';
    this.stale = this.cache.size > 0 ? new Set() : undefined;
    try {
      const result = this.db
        .transaction(() => {
          before = this.writeToken(); // under the write lock: no other writer can come between
          const out = fn();
          this.s.setWriteToken.run(WRITE_TOKEN_KEY, randomUUID());
          return out;
        })
        .immediate();
      this.cache.afterWrite(before, this.writeToken(), this.stale ?? 'all');
      return result;
    } finally {
      this.stale = undefined;
    }
  }

  /**
   * Drops the indexes only reads need, for a bulk load (maintaining them row by row costs more than
   * building them once, sorted); `createReadIndexes` puts them back. A process that stops in between
   * leaves them missing until the next `ReadModelDb` on this database creates them again.
   */
  dropReadIndexes(): void {
    for (const name of READ_INDEXES) this.db.exec(`DROP INDEX IF EXISTS ${this.prefix}${name}`);
  }

  createReadIndexes(): void {
    this.db.exec(indexDdl(this.prefix));
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
    // Not `transaction()`: the tables it would leave its write token in are renamed on the way. The
    // swapped-in set carries a fresh token instead, so every reader's cache of the old set starts empty.
    this.db
      .transaction(() => {
        this.s.setWriteToken.run(WRITE_TOKEN_KEY, randomUUID());
        for (const t of TABLES) {
          this.db.exec(`DROP TABLE IF EXISTS ${livePrefix}${t}`);
          this.db.exec(`ALTER TABLE ${this.prefix}${t} RENAME TO ${livePrefix}${t}`);
        }
        // Renamed tables keep their indexes' names: give the lookup indexes the live names.
        for (const name of LOOKUP_INDEXES) this.db.exec(`DROP INDEX IF EXISTS ${this.prefix}${name}`);
        this.db.exec(lookupIndexDdl(livePrefix));
        this.db.exec(indexDdl(livePrefix));
      })
      .immediate();
  }
}
