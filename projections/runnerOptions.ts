import type { AppliedEvent } from './applyEvents.ts';

export interface RunnerOptions {
  /**
   * Events per read-model transaction while catching up (and rebuilding). Default 20,000: every
   * commit writes the pages it dirtied all over the read-model B-trees, so bigger transactions write
   * each page once for many more rows.
   */
  readonly batchSize?: number;
  /** Called after each committed batch (the live feed listens here). */
  readonly onApplied?: (events: readonly AppliedEvent[]) => void;
  /** Called when the live subscription stops on an error (the read models stop following the log). */
  readonly onError?: (error: Error) => void;
  /**
   * While the log has lost what the read models hold, how often it is checked again, in ms: a
   * restored backup, or a rebuild by another process, ends that state. Default 1000.
   */
  readonly recheckMs?: number;
  /**
   * Whether empty read models behind more of the log than one batch (a first import, a restored
   * store) are loaded as a rebuild loads its tables, and swapped in whole at the end: readers see
   * them empty until then, and a process stopped part-way leaves them empty (the next catch-up
   * starts again from the start of the log). Otherwise they are caught up batch by batch, each
   * batch committed for readers and resumed from after a stop. Default true.
   */
  readonly loadEmptyWhole?: boolean;
}

/**
 * Told after each committed batch: the events applied so far, and the checkpoint of the tables the
 * batch went to (a rebuild's fresh ones). A catch-up that loads empty read models whole tells no
 * checkpoint (undefined) until it has swapped them in: the live one does not move before.
 */
export type Progress = (applied: number, position: string | undefined) => void;
