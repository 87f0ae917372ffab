import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FactDoc, SourceDoc } from './documents.ts';
import type { Finding } from '../src/checks/index.ts';
import { ReadCache } from './readCache.ts';
import { KeptEntries } from './keptEntries.ts';
import { KeptNames } from './keptNames.ts';
import { ReadModelContext } from './readModels/context.ts';
import { indexDdl, LOOKUP_INDEXES, READ_INDEX_DDL, READ_INDEXES, SCHEMAS, TABLES } from './readModelSchemas.ts';
import { EventLog } from './readModels/eventLog.ts';
import { FactVersions } from './readModels/factVersions.ts';
import { Findings } from './readModels/findings.ts';
import { Meta, NAMES_TOKEN_KEY, WRITE_TOKEN_KEY, type Checkpoint, type Written } from './readModels/meta.ts';
import { RebuildClaim } from './readModels/rebuildClaim.ts';
import { Registries, type Registry, type RegistryDoc } from './readModels/registries.ts';
import { Relations } from './readModels/relations.ts';
import { SourceTexts } from './readModels/sourceTexts.ts';
import { Timeline } from './readModels/timeline.ts';
import { TIMELINE_PENDING, TimelinePending, timelinePendingDdl } from './readModels/timelinePending.ts';
import { WriteLog } from './readModels/writeLog.ts';

export type { Checkpoint, Written } from './readModels/meta.ts';
export type { RegistryDoc } from './readModels/registries.ts';

/**
 * Bump when a table changes shape or a projection computes its rows differently (precision ranks,
 * findings): read models of another version are dropped and rebuilt from the log.
 */
export const READ_MODEL_VERSION = 13;

/**
 * Built timeline entries kept between queries (see `ReadCache`):
 * enough for the pages a few dashboards show, a few MiB at most.
 */
const READ_CACHE_VALUES = 5_000;
/** Facts whose current entry is kept across changes (as many as `FactVersions` keeps decoded). */
const KEPT_ENTRIES = 4_000;
/** Registry names kept across changes while no registry document changes. */
const KEPT_NAMES = 10_000;

/**
 * The read models of one SQLite database, composed: each read model (`projections/readModels/`)
 * owns its tables, writes and queries; this opens the file, drops read models of another version,
 * runs write transactions (and the cache invalidation they end with), and swaps a rebuild in. The
 * `prefix` lets a rebuild fill fresh tables (`rb_`) beside the live ones (`rm_`).
 */
export class ReadModelDb {
  private readonly c: ReadModelContext;
  /** What queries keep for each other while the read models do not change. */
  readonly cache: ReadCache;
  /** Current timeline entries kept across changes, each with what it was built from. */
  readonly keptEntries = new KeptEntries(KEPT_ENTRIES);
  /** Registry names kept across changes, under the names token they were read under. */
  readonly keptNames = new KeptNames(KEPT_NAMES);
  readonly meta: Meta;
  readonly eventLog: EventLog;
  readonly facts: FactVersions;
  readonly registries: Registries;
  readonly timeline: Timeline;
  readonly relations: Relations;
  readonly findings: Findings;
  readonly sourceTexts: SourceTexts;
  private readonly writeLog: WriteLog;
  /** For a rebuild's tables: its claim on them, checked by every write and by the swap. */
  private claim: RebuildClaim | undefined;
  #written: Written | undefined;
  /**
   * For a rebuild's tables only (no other runner writes them): the source documents the findings
   * projection read, kept from batch to batch; it forgets a source at each of the source's events.
   */
  readonly keptSources: Map<string, SourceDoc | null> | undefined;

  constructor(
    readonly db: Database.Database,
    readonly prefix = 'rm_',
    withIndexes = true,
    /**
     * A rebuild's tables: the timeline's actor and topic rows are held apart and sorted in at the
     * swap (`TimelinePending`).
     */
    rebuilding = false,
  ) {
    this.c = new ReadModelContext(db, prefix);
    if (Meta.otherVersion(this.c, READ_MODEL_VERSION)) this.drop();
    db.exec(SCHEMAS.map((s) => s.ddl(prefix)).join('\n'));
    if (rebuilding) db.exec(timelinePendingDdl(prefix));
    db.exec(indexDdl(LOOKUP_INDEXES, prefix));
    if (withIndexes) this.createReadIndexes();
    this.meta = new Meta(this.c);
    this.meta.init(READ_MODEL_VERSION);
    this.eventLog = new EventLog(this.c);
    this.facts = new FactVersions(this.c);
    this.registries = new Registries(this.c);
    this.timeline = new Timeline(this.c, rebuilding ? new TimelinePending(this.c) : undefined);
    this.keptSources = rebuilding ? new Map() : undefined;
    this.relations = new Relations(this.c);
    this.findings = new Findings(this.c);
    this.sourceTexts = new SourceTexts(this.c);
    this.writeLog = new WriteLog(this.c);
    this.cache = new ReadCache(
      () => this.writeToken(),
      () => this.db.inTransaction,
      READ_CACHE_VALUES,
      (from, to) => this.writeLog.staleBetween(from, to),
    );
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

  /**
   * The read models as this object's last write transaction left them, at its commit; `undefined`
   * before the first. Its position is a floor of the stored checkpoint, which only moves forward.
   */
  get written(): Written | undefined {
    return this.#written;
  }

  /** How far into the log these tables are; for a rebuild's, only while they are still its own. */
  checkpoint(): Checkpoint {
    this.claim?.assert();
    return this.meta.checkpoint();
  }

  setCheckpoint(cp: Checkpoint): void {
    this.meta.setCheckpoint(cp);
  }

  /** The current document of a fact (null when the log has none). */
  fact(factId: string): FactDoc | null {
    return this.facts.current(factId);
  }

  /** The id of every fact (retracted ones too), when there are at most `max`; else null. */
  factIds(max: number): string[] | null {
    return this.facts.ids(max);
  }

  /** The current document of every fact, in no particular order. */
  allFacts(): FactDoc[] {
    return this.facts.all();
  }

  registryDoc<R extends Registry>(registry: R, id: string): RegistryDoc<R> | null {
    return this.registries.doc(registry, id);
  }

  /** Facts whose relations point at `factId`: now, or as of the event `seq`. */
  relatedFrom(factId: string, seq?: number): string[] {
    return this.relations.relatedFrom(factId, seq);
  }

  findingsOf(factId: string): Finding[] {
    return this.findings.of(factId);
  }

  /** The token the last write transaction of these read models left (any connection's): '' before the first. */
  writeToken(): string {
    return this.meta.writeToken();
  }

  /** The token the last write transaction that changed a registry document left (any connection's). */
  namesToken(): string {
    return this.meta.namesToken();
  }

  /**
   * Runs `fn` in one write transaction (documents and checkpoint commit together or not at all),
   * which ends by storing a new write token: readers on other connections see that the read models
   * changed (`ReadCache`). The read models note which cached entries their writes make stale: a
   * fact's current entry when its document or findings change; everything when a registry
   * document changes, as names are part of every entry. This connection's cache drops those; the
   * write log keeps them for the caches of other connections and processes. A transaction that
   * changed a registry document also stores a new names token (`KeptNames`).
   */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return this.db.transaction(fn).immediate(); // nested: the outer one ends it
    const claim = this.claim;
    let before = '';
    let written: Written | undefined;
    this.c.stale = new Set();
    this.c.namesChanged = false;
    try {
      const result = this.db
        .transaction(() => {
          claim?.assert();
          before = this.writeToken(); // under the write lock: no other writer can come between
          const out = fn();
          const token = randomUUID();
          this.meta.set(WRITE_TOKEN_KEY, token);
          const names = this.c.namesChanged ? randomUUID() : this.namesToken();
          if (this.c.namesChanged) this.meta.set(NAMES_TOKEN_KEY, names);
          this.writeLog.add(token, before, this.c.stale ?? 'all');
          written = { position: this.meta.checkpoint().position, writeToken: token, namesToken: names };
          return out;
        })
        .immediate();
      // The token this transaction stored, not one read now: another connection may have written
      // since, and its stale entries are for `ReadCache.scope` to drop.
      this.#written = written;
      this.cache.afterWrite(before, written!.writeToken, this.c.stale ?? 'all');
      return result;
    } finally {
      this.c.stale = undefined;
      this.c.namesChanged = false;
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
    this.db.exec(indexDdl(READ_INDEX_DDL, this.prefix));
  }

  /** Drops a rebuild's tables, unless a later rebuild on this file took them over. */
  dropIfClaimed(): void {
    if (this.claim?.holds() !== false) this.drop();
  }

  /** Drops this prefix's tables (a rebuild's held-back timeline rows among them). */
  drop(): void {
    for (const t of [...TABLES, TIMELINE_PENDING]) this.db.exec(`DROP TABLE IF EXISTS ${this.prefix}${t}`);
  }

  /**
   * Empty tables for a rebuild (`rb_`) on `db`, whatever an earlier rebuild left there, claimed by
   * this one: should another rebuild on the file start meanwhile, this one's next write or its swap
   * throws `RebuildTakenOverError` rather than mix two rebuilds' rows.
   */
  static rebuildTables(db: Database.Database): ReadModelDb {
    return db
      .transaction(() => {
        new ReadModelDb(db, 'rb_', false).drop();
        const set = new ReadModelDb(db, 'rb_', false, true);
        set.claim = new RebuildClaim(set.c, set.meta);
        return set;
      })
      .immediate();
  }

  /**
   * Replaces the tables of `live` by this set (a finished rebuild), indexes included, in one
   * transaction: readers see the old read models until the commit and the new ones after it. A
   * rebuild's held-back timeline rows are sorted into the timeline first, in the same transaction.
   * With `when`, asked under the write lock, nothing is swapped unless it answers true; returns
   * whether the set was swapped in. Throws `RebuildTakenOverError` when a later rebuild took the
   * tables over.
   */
  swapInto(livePrefix: string, when: () => boolean = () => true): boolean {
    // Not `transaction()`: the tables it would leave its write token in are renamed on the way. The
    // swapped-in set carries a fresh token instead, so every reader's cache of the old set starts empty,
    // and a fresh names token, so every name is read again.
    return this.db
      .transaction(() => {
        this.claim?.assert();
        if (!when()) return false;
        this.claim?.release();
        this.timeline.mergePending();
        this.meta.set(WRITE_TOKEN_KEY, randomUUID());
        this.meta.set(NAMES_TOKEN_KEY, randomUUID());
        for (const t of TABLES) {
          this.db.exec(`DROP TABLE IF EXISTS ${livePrefix}${t}`);
          this.db.exec(`ALTER TABLE ${this.prefix}${t} RENAME TO ${livePrefix}${t}`);
        }
        // Renamed tables keep their indexes' names: give the lookup indexes the live names.
        for (const name of Object.keys(LOOKUP_INDEXES)) this.db.exec(`DROP INDEX IF EXISTS ${this.prefix}${name}`);
        this.db.exec(indexDdl(LOOKUP_INDEXES, livePrefix));
        this.db.exec(indexDdl(READ_INDEX_DDL, livePrefix));
        return true;
      })
      .immediate();
  }
}
