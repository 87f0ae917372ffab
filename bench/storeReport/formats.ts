// How the store benchmark's report writes its figures: counts, times, rates, ratios, sizes and verdicts.

import { perSecond, type LatencySummary } from '../measure.ts';
import { synchronousName, type PragmaSet } from '../rawSqlite.ts';

export const n = (v: number) => Math.round(v).toLocaleString('en-US');
export const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(2));
export const ms0 = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
export const us = (v: number) => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} µs`;
export const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
export const x = (v: number) => `${v.toFixed(2)}×`;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const rate = (count: number, time: number, unit = 'events/s') =>
  `${n(perSecond(count, time))} ${unit} (${s(time)})`;
export const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
/** Nearest-rank p99 of fewer than 100 samples is the slowest one. */
export const fewSamples = (count: number) =>
  count > 0 && count < 100 ? ` (with ${count} samples, the p99 is the slowest one)` : '';
export const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export function pragmas(p: PragmaSet): string {
  return `journal_mode=${p.journal_mode}, synchronous=${synchronousName(p.synchronous)}, cache_size=${p.cache_size}, foreign_keys=${p.foreign_keys}, mmap_size=${p.mmap_size}`;
}

export function latency(l: LatencySummary): string {
  return `${ms(l.p50)} / ${ms(l.p99)} / ${ms(l.max)} ms`;
}
