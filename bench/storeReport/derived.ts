import { median, perSecond } from '../measure.ts';
import { sizeLabel } from '../sizes.ts';
import type { SingleAppendsResult } from '../workloads/singleAppends.ts';
import type { StartupRun } from '../workloads/startup.ts';
import type { SizeResults } from './results.ts';

/** Figures derived once per size, shared by the tables, the verdicts and the chart. */
export interface Derived {
  readonly size: SizeResults;
  readonly label: string;
  readonly events: number;
  readonly endToEndMs: number;
  readonly rawEndToEndMs: number;
  /** µs per event. */
  readonly usAppend: number;
  readonly usProject: number;
  readonly usEndToEnd: number;
  readonly usRawEndToEnd: number;
  readonly usRawAppend: number;
  readonly usRawProject: number;
  readonly endToEndRatio: number;
  /** Worst (highest) figure over the in-process pages / the HTTP pages. */
  readonly page: {
    readonly p50: number;
    readonly p99: number;
    readonly rawP50: number;
    readonly rawP99: number;
    /** With the read cache emptied before each read (NaN in results saved before it was measured). */
    readonly coldP50: number;
    readonly coldP99: number;
  };
  readonly http: { readonly p50: number; readonly p99: number; readonly bareP50: number; readonly bareP99: number };
  readonly startupMs: number;
  readonly bareStartupMs: number;
  /** The server's peak RSS (see `peakOf`), the worst start-up. */
  readonly maxRss: number;
  /** Whether that peak is the process's own high-water mark (else the larger of its RSS samples). */
  readonly ownPeak: boolean;
}

/**
 * A start-up's peak RSS: the child's own high-water mark (`VmHWM`) where it was measured; else the
 * larger of its two RSS samples — its `resourceUsage().maxRSS` then is the parent's RSS at the fork.
 */
export function peakOf(run: StartupRun): number {
  const served = run.memoryServed ?? run.memoryStarted;
  return served.ownPeak ? served.maxRss : Math.max(run.memoryStarted.rss, served.rss);
}

export function derive(size: SizeResults): Derived {
  const { bulk, timeline, startup } = size;
  const events = bulk.append.events;
  const endToEndMs = bulk.append.ms + bulk.project.ms;
  const rawEndToEndMs = bulk.rawAppend.ms + bulk.rawProject.ms;
  const perEvent = (time: number, count: number) => (time * 1000) / count;
  const worst = (values: readonly number[]) => Math.max(...values);
  return {
    size,
    label: sizeLabel(size.facts),
    events,
    endToEndMs,
    rawEndToEndMs,
    usAppend: perEvent(bulk.append.ms, events),
    usProject: perEvent(bulk.project.ms, bulk.project.events),
    usEndToEnd: perEvent(endToEndMs, events),
    usRawEndToEnd: perEvent(rawEndToEndMs, bulk.rawAppend.events),
    usRawAppend: perEvent(bulk.rawAppend.ms, bulk.rawAppend.events),
    usRawProject: perEvent(bulk.rawProject.ms, bulk.rawProject.events),
    endToEndRatio: perSecond(events, endToEndMs) / perSecond(bulk.rawAppend.events, rawEndToEndMs),
    page: {
      p50: worst(timeline.pages.map((p) => p.ours.p50)),
      p99: worst(timeline.pages.map((p) => p.ours.p99)),
      rawP50: worst(timeline.pages.map((p) => p.raw.p50)),
      rawP99: worst(timeline.pages.map((p) => p.raw.p99)),
      coldP50: worst(timeline.pages.map((p) => p.cold?.p50 ?? Number.NaN)),
      coldP99: worst(timeline.pages.map((p) => p.cold?.p99 ?? Number.NaN)),
    },
    http: {
      p50: worst(size.http.pages.map((p) => p.ours.p50)),
      p99: worst(size.http.pages.map((p) => p.ours.p99)),
      bareP50: worst(size.http.pages.map((p) => p.bare.p50)),
      bareP99: worst(size.http.pages.map((p) => p.bare.p99)),
    },
    startupMs: median(startup.serve.map((r) => r.health)),
    bareStartupMs: median(startup.bare.map((r) => r.health)),
    maxRss: Math.max(...startup.serve.map(peakOf)),
    ownPeak: startup.serve.every((r) => (r.memoryServed ?? r.memoryStarted).ownPeak === true),
  };
}

/** The growth of `value` from the smallest size to `v`: ratio of per-unit costs. */
export const growthOf = (d: readonly Derived[], v: Derived, value: (v: Derived) => number) => value(v) / value(d[0]!);

/** Chronicle ÷ raw single appends per second (each side's count over its total time). */
export const appendsRatio = (a: SingleAppendsResult) =>
  perSecond(a.count, a.ours.total) / perSecond(a.count, a.raw.total);
