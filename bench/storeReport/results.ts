import type { DossierStats } from '../../test/support/generators/generateDossier.ts';
import type { MachineInfo } from '../measure.ts';
import type { BulkImportResult } from '../workloads/bulkImport.ts';
import type { RebuildResult } from '../workloads/rebuild.ts';
import type { SingleAppendsResult } from '../workloads/singleAppends.ts';
import type { StartupResult } from '../workloads/startup.ts';
import type { HttpPagesResult, TimelinePageResult } from '../workloads/timelinePage.ts';

/** Everything measured at one store size. */
export interface SizeResults {
  /** The size asked for, in facts (the dataset has about as many). */
  readonly facts: number;
  readonly dataset: DossierStats & { readonly generateMs: number };
  readonly bulk: BulkImportResult;
  /** In process. */
  readonly timeline: TimelinePageResult;
  /** Over HTTP, from the first start-up's server. */
  readonly http: HttpPagesResult;
  readonly startup: StartupResult;
  /** 1-minute load averages: at the start of the size, after the import, after the pages, after the start-ups. */
  readonly load: readonly number[];
}

export interface BenchResults {
  readonly command: string;
  readonly profiled: boolean;
  /** 1-minute load averages: at the start, then after each workload. */
  readonly load: readonly number[];
  readonly startedAt: Date;
  readonly totalMs: number;
  readonly seed: number;
  readonly machine: MachineInfo;
  /** Ascending by size. */
  readonly sizes: readonly SizeResults[];
  /** At the largest size; absent from the figures a run saves before it gets there. */
  readonly appends?: SingleAppendsResult;
  /** At the largest size; absent with `--no-rebuild`. */
  readonly rebuild?: RebuildResult;
  /** How the report links the chart (relative to the report's directory, or an absolute path). */
  readonly chart: string;
}

/** Goals from the issues. */
export const GOALS = {
  /** Bulk import end to end, Chronicle ÷ raw events per second. */
  bulkImportRatio: 0.5,
  /** "Import time grows linearly": cost per event at any size at most this × the smallest size's. */
  growth: 1.5,
  /** Timeline page of 100 entries, p99, in process / over HTTP (ms). */
  timelinePageP99Ms: 5,
  timelinePageHttpP99Ms: 10,
  /** Issue #19: a timeline page after a change (nothing cached), p99 in process (ms). */
  timelinePageAfterChangeP99Ms: 10,
  /** "A timeline page does not grow with the store": p50 at any size at most this × the smallest size's. */
  pageGrowth: 1.5,
  /** Start-up on a projected store, fork → first `/health` 200 (ms). */
  startupMs: 1000,
  /** Resident memory while serving (bytes): max RSS. */
  rssBytes: 300 * 1024 * 1024,
  /** Single durable appends (largest size), Chronicle ÷ raw appends per second. */
  singleAppendsRatio: 0.5,
  /** Rebuild of every read model (largest size), events per second. */
  rebuildEventsPerSecond: 100_000,
} as const;
