import { median } from '../measure.ts';
import type { ChildMemory, StartupRun } from '../workloads/startup.ts';
import { peakOf, type Derived } from './derived.ts';
import { mib, ms0, n, verdict } from './formats.ts';
import { GOALS, type BenchResults } from './results.ts';

function memoryCells(m: ChildMemory): string {
  return `${mib(m.rss)} (heap ${mib(m.heapUsed)})`;
}

function runLine(run: StartupRun): string {
  return `${ms0(run.health)} (process ${ms0(run.spawned)}, entry ${ms0(run.entered)}, modules ${ms0(run.modulesLoaded)}, store ${ms0(run.opened)}, listening ${ms0(run.listening)})`;
}

/** Section 4: the server's start-up on each size's projected store, and its memory while serving. */
export function startupSection(r: BenchResults, d: readonly Derived[]): string[] {
  const last = d.at(-1)!;
  return [
    '### 4. Start-up and memory',
    '',
    'After the import, a child process runs what `chronicle serve --no-demo` runs on the store file (src/cli/serveCommand.ts: settings from the environment, ' +
      `${last.size.startup.settings.logger ?? 'pino at level info'}, tokens none (loopback), ${last.size.startup.settings.limits ?? ''} — \`CHRONICLE_RATE_LIMIT=0\`, as the benchmark sends ` +
      'more than the default 1,200 requests a minute; `openChronicle` + `startServer` on 127.0.0.1, port 0). The read models are already projected, so the runner ' +
      'resumes from its checkpoint: "replayed" counts the events it applied while starting. Times are from the moment the parent starts the child: the child\'s process start, its entry module ' +
      `running (node booted${(last.size.startup.runtime ?? 'tsx') === 'tsx' ? ", tsx's loader registered" : ''}), Chronicle's modules loaded (imported dynamically, so they are timed apart), the store opened, the server listening ` +
      '(child clock: `performance.timeOrigin` + `performance.now()`), and the first `GET /health` answered 200 (parent clock). ' +
      `The store file is in the page cache (just written). ${
        (last.size.startup.runtime ?? 'tsx') === 'tsx'
          ? 'The children run the TypeScript through tsx (`CHRONICLE_BENCH_CHILD=tsx`). '
          : 'The child is compiled once per run into one ES module with the options `npm run build` uses for the CLI that `npm start` runs (esbuild, packages from node_modules, `keepNames`): start-up as users start the server (`CHRONICLE_BENCH_CHILD=tsx` runs it through tsx instead). '
      }` +
      `Reference: a bare child (node, express 5, one \`/health\` route) started the same way, alternating start by start; ${r.sizes[0]!.startup.serve.length} start(s) per size, medians shown.`,
    '',
    '| facts | events | process start | entry runs | modules loaded | store opened | listening | first /health 200 | replayed | bare: first /health | goal | result |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...d.map((v) => {
      const runs = v.size.startup.serve;
      const med = (f: (run: StartupRun) => number) => ms0(median(runs.map(f)));
      return (
        `| ${v.label} | ${n(v.events)} | ${med((t) => t.spawned)} | ${med((t) => t.entered)} | ${med((t) => t.modulesLoaded)} | ${med((t) => t.opened)} | ${med((t) => t.listening)} | ` +
        `${ms0(v.startupMs)} | ${n(Math.max(...runs.map((t) => t.replayed)))} | ${ms0(v.bareStartupMs)} | ≤ ${ms0(GOALS.startupMs)} | ${verdict(v.startupMs <= GOALS.startupMs)} |`
      );
    }),
    '',
    ...d.map((v) => `- ${v.label}: ${v.size.startup.serve.map(runLine).join('; ')}.`),
    '',
    `Memory, as the server child reports it (\`process.memoryUsage()\`, and for the peak ${
      d.every((v) => v.ownPeak)
        ? 'its own high-water mark, `VmHWM` in /proc/self/status'
        : "the larger of the two RSS samples: this run read `process.resourceUsage().maxRSS`, which on Linux starts at the benchmark parent's RSS at the fork (the high-water mark survives exec), so it measured the parent"
    }): ` +
      `after start-up, and after serving ${n(last.size.startup.burst.pages / Math.max(1, last.size.startup.serve.length))} ` +
      'timeline pages of the actor (walked with their cursors, current and as of the middle of the log, one keep-alive connection; the first start-up of each size ' +
      "served the requests of section 3 before them). The row shows the start-up with the highest peak. Reference: the bare child's RSS once it listens.",
    '',
    '| facts | RSS after start-up (heap used) | RSS after the pages (heap used) | peak RSS | bare child RSS | pages not 200 | goal | result |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...d.map((v) => {
      const runs = v.size.startup.serve;
      const worst = runs.reduce((a, b) => (peakOf(b) > peakOf(a) ? b : a));
      return (
        `| ${v.label} | ${memoryCells(worst.memoryStarted)} | ${worst.memoryServed ? memoryCells(worst.memoryServed) : '—'} | ${mib(v.maxRss)} | ` +
        `${mib(median(v.size.startup.bare.map((t) => t.memoryStarted.rss)))} | ${n(v.size.startup.burst.failures)} | ≤ ${mib(GOALS.rssBytes)} | ${verdict(v.maxRss <= GOALS.rssBytes)} |`
      );
    }),
    '',
  ];
}
