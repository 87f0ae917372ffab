/**
 * What the crash-test parent and its child processes say to each other. The child writes one JSON
 * line per report on stdout (with a synchronous write, so a report is out before the child does
 * anything else); the parent sends the job as one JSON line on stdin once the child is loaded.
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
  /** Modules loaded; waiting for the job on stdin. */
  | { readonly t: 'ready' }
  /** The store is open; `synchronous` is its `PRAGMA synchronous` (2 = FULL). */
  | { readonly t: 'opened'; readonly synchronous: number }
  /** An import batch is about to be committed: what it appends, stream by stream, in order. */
  | { readonly t: 'commit'; readonly appends: readonly PlannedAppend[] }
  /** That batch's transaction returned. */
  | { readonly t: 'committed' }
  /** Catch-up read a page of the log (and applies it next). */
  | { readonly t: 'read'; readonly events: number }
  /** Catch-up committed a read-model batch and its checkpoint. */
  | { readonly t: 'applied'; readonly position: string | null }
  /** The job is complete (written before the store is closed). */
  | { readonly t: 'done' };

/** Reports that mark progress in the middle of the work: the parent kills on the k-th of these. */
export const isProgress = (report: ChildReport): boolean =>
  report.t === 'commit' || report.t === 'committed' || report.t === 'read' || report.t === 'applied';
