import { now } from '../measure.ts';
import { runQueueMs, runQueueSince } from './runQueue.ts';

/**
 * Runs the sides of one workload in rotating blocks (A B C, B C A, C A B, …), so that every side
 * meets the same disk and the same neighbours on this shared machine. Only the calls are timed
 * (and whatever a side declares in `settle`, such as Emmett's connection closes); preparing a
 * call's arguments is not.
 */
export interface Contender {
  readonly key: string;
  /** Builds call `i` (its events, ids, stream name) and returns the call itself. */
  prepare(i: number): () => Promise<unknown> | unknown;
  /** Work the call left running in the background, awaited (and timed) at the end of each block. */
  settle?(): Promise<void>;
}

export interface SideTiming {
  /** Per-call latencies, ms. */
  readonly samples: number[];
  /** Sum of the call latencies plus the settling, ms. */
  ms: number;
  /** CPU time of the process (user + system, every thread: sqlite3 works on libuv's pool) over the same intervals, ms. */
  cpuMs: number;
  /** Time the process's threads waited for a CPU over the same blocks (Linux), ms. */
  waitMs: number | undefined;
  failures: number;
  readonly errors: string[];
}

export const emptyTiming = (): SideTiming => ({ samples: [], ms: 0, cpuMs: 0, waitMs: 0, failures: 0, errors: [] });

const addWait = (into: SideTiming, waited: number | undefined) => {
  into.waitMs = into.waitMs === undefined || waited === undefined ? undefined : into.waitMs + waited;
};

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** One call, timed into `into`; a failure is counted (and its message kept) rather than thrown. */
async function timedCall(call: () => Promise<unknown> | unknown, into: SideTiming): Promise<void> {
  const cpu = process.cpuUsage();
  const start = now();
  try {
    await call();
  } catch (error) {
    into.failures += 1;
    if (into.errors.length < 3) into.errors.push(error instanceof Error ? error.message : String(error));
  }
  const ms = now() - start;
  into.samples.push(ms);
  into.ms += ms;
  into.cpuMs += cpuMsSince(cpu);
}

async function settle(contender: Contender, into: SideTiming): Promise<void> {
  if (!contender.settle) return;
  const cpu = process.cpuUsage();
  const start = now();
  await contender.settle();
  into.ms += now() - start;
  into.cpuMs += cpuMsSince(cpu);
}

/**
 * `warmUp` untimed calls per side (indices `-warmUp … -1`, mapped by the caller), then `count`
 * timed calls per side (indices `0 … count-1`) in blocks of `block`, the order rotating per block.
 */
export async function rotate(
  contenders: readonly Contender[],
  count: number,
  block: number,
  warmUp: number,
  onBlock?: (done: number) => void,
): Promise<Map<string, SideTiming>> {
  const results = new Map(contenders.map((c) => [c.key, emptyTiming()]));
  for (const c of contenders) {
    const scratch = emptyTiming();
    for (let i = -warmUp; i < 0; i++) await timedCall(c.prepare(i), scratch);
    await settle(c, scratch);
    if (scratch.failures > 0) throw new Error(`${c.key}: warm-up failed: ${scratch.errors[0]}`);
  }
  for (let from = 0, round = 0; from < count; from += block, round++) {
    const to = Math.min(count, from + block);
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(k + round) % contenders.length]!;
      const into = results.get(c.key)!;
      const queued = runQueueMs();
      for (let i = from; i < to; i++) {
        const call = c.prepare(i);
        await timedCall(call, into);
      }
      await settle(c, into);
      addWait(into, runQueueSince(queued));
    }
    onBlock?.(to);
  }
  return results;
}

/**
 * `count` calls from `concurrency` callers, each awaiting its call before starting the next (a
 * closed loop, like HTTP clients on keep-alive connections). Calls are prepared beforehand.
 * `observe` runs after each call with the value `mark` took when it started.
 */
export async function closedLoop(
  contender: Contender,
  from: number,
  count: number,
  concurrency: number,
  into: SideTiming,
  probe?: { mark(): number; observe(startMark: number): void },
): Promise<void> {
  const calls = Array.from({ length: count }, (_, k) => contender.prepare(from + k));
  let next = 0;
  const queued = runQueueMs();
  const cpu = process.cpuUsage();
  const start = now();
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]!;
      const mark = probe?.mark() ?? 0;
      const t = now();
      try {
        await call();
      } catch (error) {
        into.failures += 1;
        if (into.errors.length < 3) into.errors.push(error instanceof Error ? error.message : String(error));
      }
      into.samples.push(now() - t);
      probe?.observe(mark);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  await contender.settle?.();
  into.ms += now() - start;
  into.cpuMs += cpuMsSince(cpu);
  addWait(into, runQueueSince(queued));
}
