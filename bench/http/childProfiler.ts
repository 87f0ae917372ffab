import { startProfiler, type Profiler } from '../profiler.ts';

/**
 * CPU profiles of a server child (`--profile DIR` on its command line): `start(name)` begins a
 * phase of `bench/profiler.ts`, `stop()` ends it and writes `DIR/name.cpuprofile`.
 */
export function childProfiler(argv: readonly string[]): { start(name: string): Promise<void>; stop(): Promise<void> } {
  const at = argv.indexOf('--profile');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  let profiler: Promise<Profiler & { close(): Promise<void> }> | undefined;
  let running: { end(): void; written: Promise<unknown> } | undefined;
  return {
    async start(name) {
      if (!dir) return;
      profiler ??= startProfiler(dir);
      const p = await profiler;
      let end!: () => void;
      const until = new Promise<void>((resolve) => (end = resolve));
      running = { end, written: p.phase(name, () => until) };
    },
    async stop() {
      const r = running;
      running = undefined;
      r?.end();
      await r?.written;
    },
  };
}
