import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Child, compileChild } from '../../test/support/childProcess/parent.ts';
import { httpGet, now } from '../measure.ts';
import type { Log } from '../progress.ts';

/**
 * Workload: start-up and resident memory of the server on a store that is already projected.
 * A child process (`serverChild.ts serve`) runs what `chronicle serve --no-demo` runs on the
 * benchmark's store file; it must resume from the read models' checkpoint (no replay) and answer
 * `GET /health`. Timings run from the parent's start of the child to the child's milestones (on the child's
 * clock, `performance.timeOrigin + performance.now()`, which is the same wall clock) and to the first
 * `GET /health` answered with 200 (on the parent's clock). Then the server serves a burst of timeline
 * pages and reports its memory again. Reference, alternating with it start by start: a bare child
 * (node, express 5 and one `/health` route) — the floor any server started this way pays.
 *
 * The child runs through the harness of `test/support/childProcess/`, compiled once per run into
 * one ES module as `npm run build` compiles the CLI that `npm start` runs (`compileChild`), so
 * start-up is measured the way users start the server; `CHRONICLE_BENCH_CHILD=tsx` runs the
 * TypeScript through tsx instead.
 */

/** Child → parent, once it listens. `timings` are the child's `performance.now()` readings. */
export interface ChildTimings {
  /** The child's `performance.timeOrigin` (epoch ms): when its process started. */
  readonly timeOrigin: number;
  /** The entry module's first line ran (node booted; through tsx: its loader registered too). */
  readonly entered: number;
  /** Chronicle's modules (server, store, projections, express, pino, zod schemas) loaded. */
  readonly modulesLoaded: number;
  /** `openChronicle` returned: the store and read-model connections open, schemas checked. */
  readonly opened: number;
  /** `startServer` returned: the runner resumed (catch-up from the checkpoint, live subscription) and the port listens. */
  readonly listening: number;
}
export interface ChildMemory {
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /**
   * Peak resident set size of the process so far, bytes: `VmHWM` from /proc/self/status on Linux
   * (`ownPeak` true). `process.resourceUsage().maxRSS` is not that: Linux keeps the high-water mark
   * across exec, so a forked child's starts at its parent's RSS at the fork (`ownPeak` false where
   * /proc is missing, and in results saved before it was measured).
   */
  readonly maxRss: number;
  readonly ownPeak?: boolean;
}
export interface ChildReady {
  readonly type: 'ready';
  readonly url: string;
  readonly timings: ChildTimings;
  /** Events the read models applied while the server started (0: resumed from the checkpoint). */
  readonly replayed: number;
  readonly memory: ChildMemory;
  readonly settings: Readonly<Record<string, string>>;
}
/** The bare reference of the HTTP timeline pages, started on request in the `serve` child. */
export interface BarePage {
  /** Base URL; the page is at `/page`. */
  readonly url: string;
  readonly bytes: number;
}
export type ChildMode = 'serve' | 'bare';

export interface ServerChildProcess {
  readonly pid: number;
  readonly ready: ChildReady;
  /** `performance.now()` in the parent just before it started the child. */
  readonly forkedAt: number;
  /** `performance.now()` in the parent when the ready message arrived. */
  readonly readyAt: number;
  memory(): Promise<ChildMemory>;
  /** `serve` child: starts the bare page reference (Chronicle's first page of `actorId`, serialised once) on a second port. */
  barePage(actorId: string): Promise<BarePage>;
  /** Asks the child to close its servers and store and exit; kills it (by its pid) after 20 s. */
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./serverChild.ts', import.meta.url));

/** How the server children run: compiled (the default, as `npm start` runs) or through tsx. */
export type ChildRuntime = 'compiled' | 'tsx';
export const childRuntime = (): ChildRuntime => (process.env.CHRONICLE_BENCH_CHILD === 'tsx' ? 'tsx' : 'compiled');

let compiled: Promise<string> | undefined;
/** The module the children run: `serverChild.ts`, or the same compiled once per run. */
const childModule = (): Promise<string> =>
  childRuntime() === 'tsx' ? Promise.resolve(CHILD) : (compiled ??= compileChild(CHILD, 'bench-server-child'));

/**
 * The child's environment: the parent's, without tokens, a read-models location or a log level
 * (so the defaults apply), and with the per-token request limit off: the benchmark sends more than
 * the default 1,200 requests a minute from one client.
 */
export const CHILD_ENV = { CHRONICLE_RATE_LIMIT: '0' } as const;

/**
 * Starts `serverChild.ts MODE` (node run with `nodeFlags`, such as `--cpu-prof` or `--trace-gc`) and resolves once it
 * listens. Its stdout (the JSON request log in `serve` mode) is discarded, unless `nodeFlags` has `--trace-gc`.
 */
export async function forkServerChild(
  mode: ChildMode,
  args: readonly string[] = [],
  nodeFlags: readonly string[] = [],
): Promise<ServerChildProcess> {
  const module = await childModule();
  const env = {
    ...process.env,
    CHRONICLE_TOKENS: undefined,
    CHRONICLE_TOKENS_FILE: undefined,
    CHRONICLE_READ_MODELS: undefined,
    LOG_LEVEL: undefined,
    ...CHILD_ENV,
  };
  const forkedAt = now();
  // With --trace-gc, the collector's lines go to stdout: passed through, with the request log.
  const stdout = nodeFlags.includes('--trace-gc') ? 'inherit' : 'ignore';
  const child = new Child<ChildReady>({ module, args: [mode, ...args], nodeFlags, env, stdout, showStderr: true });
  const ready = await child.next('ready');
  const readyAt = now();
  return {
    pid: child.pid,
    ready,
    forkedAt,
    readyAt,
    memory: () => child.call<ChildMemory>('memory'),
    barePage: (actorId) => child.call<BarePage>('bare-page', actorId),
    stop: () => child.stop(),
  };
}

/** One start-up, every time in ms from the parent's start of the child. */
export interface StartupRun {
  /** The child's process started (its `performance.timeOrigin`). */
  readonly spawned: number;
  readonly entered: number;
  readonly modulesLoaded: number;
  readonly opened: number;
  readonly listening: number;
  /** The first `GET /health` answered with 200, on the parent's clock. */
  readonly health: number;
  readonly replayed: number;
  readonly memoryStarted: ChildMemory;
  /** After the burst of timeline pages (Chronicle only). */
  readonly memoryServed?: ChildMemory;
}

export interface StartupResult {
  readonly serve: readonly StartupRun[];
  readonly bare: readonly StartupRun[];
  /** The burst each Chronicle start served: pages, failures (not 200), ms in all. */
  readonly burst: { readonly pages: number; readonly failures: number; readonly ms: number };
  readonly settings: Readonly<Record<string, string>>;
  /** How the children ran (absent in results saved before the compiled child: tsx). */
  readonly runtime?: ChildRuntime;
}

/** What the burst reads: the actor's timeline pages, current and as of `asOf`, walked with their cursors, again and again. */
export interface BurstTarget {
  readonly actorId: string;
  readonly asOf: string;
}

async function firstHealth(agent: Agent, url: string, forkedAt: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const answer = await httpGet(agent, `${url}/health`).catch(() => undefined);
    if (answer?.status === 200) return now() - forkedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url}/health did not answer 200`);
}

function runOf(child: ServerChildProcess, health: number, memoryServed?: ChildMemory): StartupRun {
  const t = child.ready.timings;
  const spawned = t.timeOrigin - (performance.timeOrigin + child.forkedAt);
  return {
    spawned,
    entered: spawned + t.entered,
    modulesLoaded: spawned + t.modulesLoaded,
    opened: spawned + t.opened,
    listening: spawned + t.listening,
    health,
    replayed: child.ready.replayed,
    memoryStarted: child.ready.memory,
    ...(memoryServed ? { memoryServed } : {}),
  };
}

/** Serves `pages` timeline pages (sequentially, keep-alive): returns how many were not 200. */
async function burst(agent: Agent, url: string, target: BurstTarget, pages: number): Promise<number> {
  let failures = 0;
  let cursor: string | null = null;
  let asOf = false;
  for (let i = 0; i < pages; i++) {
    const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}${asOf ? `&asOf=${encodeURIComponent(target.asOf)}` : ''}`;
    const answer = await httpGet(agent, `${url}/api/timelines/actors/${encodeURIComponent(target.actorId)}?${query}`);
    if (answer.status !== 200) {
      failures += 1;
      cursor = null;
      continue;
    }
    cursor = (JSON.parse(answer.body.toString('utf8')) as { nextCursor: string | null }).nextCursor;
    if (cursor === null) asOf = !asOf;
  }
  return failures;
}

/**
 * `starts` start-ups of the `serve` child on `storeUrl`, each after one of the bare reference;
 * each Chronicle start then serves `pages` timeline pages of `target` before its memory is read.
 * `whileServing` runs on the first start, after its first `/health` and before the burst (the HTTP
 * timeline pages use that server).
 */
export async function benchStartup(
  storeUrl: string,
  target: BurstTarget,
  starts: number,
  pages: number,
  log: Log,
  whileServing?: (child: ServerChildProcess) => Promise<void>,
): Promise<StartupResult> {
  const serve: StartupRun[] = [];
  const bare: StartupRun[] = [];
  let burstMs = 0;
  let failures = 0;
  let settings: Readonly<Record<string, string>> = {};
  for (let i = 0; i < starts; i++) {
    {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const child = await forkServerChild('bare');
      try {
        const health = await firstHealth(agent, child.ready.url, child.forkedAt);
        bare.push(runOf(child, health));
      } finally {
        agent.destroy();
        await child.stop();
      }
    }
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const child = await forkServerChild('serve', ['--store', storeUrl]);
    try {
      const health = await firstHealth(agent, child.ready.url, child.forkedAt);
      settings = child.ready.settings;
      log(
        `start-up ${i + 1}/${starts}: /health after ${health.toFixed(0)} ms (bare ${bare.at(-1)!.health.toFixed(0)} ms), ${child.ready.replayed} events replayed`,
      );
      if (i === 0 && whileServing) await whileServing(child);
      const started = now();
      failures += await burst(agent, child.ready.url, target, pages);
      burstMs += now() - started;
      const run = runOf(child, health, await child.memory());
      serve.push(run);
      log(
        `start-up ${i + 1}/${starts}: RSS ${(run.memoryStarted.rss / 2 ** 20).toFixed(0)} MiB at start, ${(run.memoryServed!.rss / 2 ** 20).toFixed(0)} MiB after ${i === 0 && whileServing ? 'the HTTP pages and ' : ''}${pages} pages`,
      );
    } finally {
      agent.destroy();
      await child.stop();
    }
  }
  return { serve, bare, burst: { pages: pages * starts, failures, ms: burstMs }, settings, runtime: childRuntime() };
}
