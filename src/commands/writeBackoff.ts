/** The longest wait before a write that collided tries again, in ms. */
const CONFLICT_JITTER_MS = 10;

/** The longest a write holds its append back for older writers, in ms (a slow read must not stall it long). */
const MAX_YIELD_MS = 1000;

/**
 * The wait before a write that collided tries again: random, up to `CONFLICT_JITTER_MS`, so writers
 * that collided do not come back in step. The window does not grow with the collisions: a writer
 * that waited longer and longer would lose every round to the one that just won, which comes back
 * at once with its next write (the capture effect; docs/reliability.md, concurrent editors).
 */
export function conflictBackoffMs(random: () => number): number {
  return random() * CONFLICT_JITTER_MS;
}

/**
 * How long a write to an existing stream, without an expected revision, holds its append back:
 * until it has waited two of its own stream reads since it began (`readMs`, how long its load
 * took), at most `MAX_YIELD_MS`. Oldest first, without a coordinator: a writer the store refused
 * needs the refusal and a read of the stream before it can try again, one round trip more than the
 * writer that beat it needs for its next write (its answer and a load), so without this the same
 * writer wins round after round. With it, every append of a fresh write waits about one round
 * trip, and a writer that has waited longer (refused, re-reading) waits less or not at all and is
 * in first. The wait shrinks with the time already waited, so of two writers that learn of the
 * same revision at the same moment, the one that began earlier never appends later.
 *
 * @example oldestFirstDelayMs(120, 100) // 80: a fresh write, one load (100 ms) and some work in
 * @example oldestFirstDelayMs(450, 100) // 0: refused once and re-read, it goes at once
 */
export function oldestFirstDelayMs(waitedMs: number, readMs: number): number {
  return Math.min(MAX_YIELD_MS, Math.max(0, 2 * readMs - waitedMs));
}

/** Waits `ms`, or less once `signal` aborts (the next store call then fails at once). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms < 1 || signal?.aborted) return Promise.resolve(); // less than a timer tick: not worth one
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
