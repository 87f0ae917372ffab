import { writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * Optional CPU profiles of single workloads (`--profile DIR`): one `.cpuprofile` per phase, to open
 * in Chrome DevTools or summarise with `bench/profileSummary.ts`. Profiling slows the run,
 * so the figures of a profiled run are not reported as results.
 */
export interface Profiler {
  phase<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const noProfiler: Profiler = { phase: (_name, fn) => fn() };

export async function startProfiler(dir: string): Promise<Profiler & { close(): Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  return {
    async phase(name, fn) {
      await session.post('Profiler.start');
      try {
        return await fn();
      } finally {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      }
    },
    async close() {
      await session.post('Profiler.disable');
      session.disconnect();
    },
  };
}
