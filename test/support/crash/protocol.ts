/**
 * What the crash-test parent and its child processes say to each other, through the harness of
 * `test/support/childProcess/`: the child reports each step as it takes it (`say`, a synchronous
 * write, so a report is out before the child does anything else); the parent sends the job once
 * the child is loaded.
 */

/** Import a dossier file into the SQLite store at `storePath`, `batchSize` items per transaction. */
export interface ImportJob {
  readonly mode: 'import';
  readonly storePath: string;
  readonly dossierPath: string;
  readonly batchSize: number;
  /** Extra turns of the event loop the child yields after each progress report (0 = none). */
  readonly yieldTurns: number;
}

/** Catch the read models (in the store's own file, as by default) up with the log, `batchSize` events per transaction. */
export interface CatchUpJob {
  readonly mode: 'catch-up';
  readonly storePath: string;
  readonly batchSize: number;
  readonly yieldTurns: number;
  /** Empty read models loaded whole and swapped in at the end, or caught up batch by batch (`RunnerOptions`). */
  readonly loadEmptyWhole: boolean;
}

export type CrashJob = ImportJob | CatchUpJob;

/** One stream's part of a batch append: enough to find it in a clean import's list of appends. */
export interface PlannedAppend {
  readonly stream: string;
  /** Id of its first event (ids are content-derived: the same in every run of the same import). */
  readonly firstId: string;
  readonly events: number;
}

export type ChildReport =
  /** Modules loaded; waiting for the job. */
  | { readonly type: 'ready' }
  /** The store is open; `synchronous` is its `PRAGMA synchronous` (2 = FULL). */
  | { readonly type: 'opened'; readonly synchronous: number }
  /** An import batch is about to be committed: what it appends, stream by stream, in order. */
  | { readonly type: 'commit'; readonly appends: readonly PlannedAppend[] }
  /** That batch's transaction returned. */
  | { readonly type: 'committed' }
  /** Catch-up read a page of the log (and applies it next). */
  | { readonly type: 'read'; readonly events: number }
  /** Catch-up committed a read-model batch and its checkpoint. */
  | { readonly type: 'applied'; readonly position: string | null }
  /** The job is complete (written before the store is closed). */
  | { readonly type: 'done' };

/** Reports that mark progress in the middle of the work: the parent kills on the k-th of these. */
export const isProgress = (report: ChildReport): boolean =>
  report.type === 'commit' || report.type === 'committed' || report.type === 'read' || report.type === 'applied';
