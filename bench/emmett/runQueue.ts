import { readFileSync } from 'node:fs';

/**
 * Time the main thread (the JavaScript thread) spent runnable but waiting for a CPU: the run-queue
 * delay of `/proc/thread-self/schedstat` (Linux only), in ms since the thread started. On a shared
 * machine this is wall time lost to other work. Chronicle's work all runs on this thread
 * (better-sqlite3 is synchronous); Emmett's SQLite statements run on libuv's pool threads, whose
 * waits this does not include. `undefined` where it cannot be read.
 */
export function runQueueMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/);
    const ns = Number(fields[1]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** Run-queue delay of the main thread since `start` (undefined if either reading is). */
export const runQueueSince = (start: number | undefined): number | undefined => {
  const end = runQueueMs();
  return start === undefined || end === undefined ? undefined : Math.max(0, end - start);
};
