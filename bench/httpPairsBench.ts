import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { positive } from './benchCommand.ts';
import { median } from './measure.ts';
import type { ServerChild, ServerKind, ServerStats } from './http/childProtocol.ts';
import { recordFactRequests } from './http/recordFactLoad.ts';

/**
 * Two source trees' servers under the record-fact workload at the same time, for a before → after
 * comparison on a shared machine: each run forks one server from each tree (its own
 * `bench/http/childProtocol.ts`, so each runs its own code), warms both up, then sends each the
 * same fixed number of `POST /api/facts` from its own 50 connections, both loads at once, and
 * reads each server's CPU time (`process.cpuUsage()`) before and after. Both servers see the same
 * machine in the same seconds, so the ratio of their CPU per request moves far less with the load
 * than either figure. The order in which the servers start alternates between runs. On Linux it
 * also reads the CPU time of each server's main thread (`/proc/PID/task/PID/stat`, in clock ticks
 * of 10 ms), which differs from the process's when the server runs work in other threads.
 */
const USAGE = `usage: node bench/run.mjs httpPairsBench --trees BEFORE,AFTER [--runs N] [--requests N] [--server chronicle|bare]
  --trees:    two directories holding this repository (a git worktree per commit, say), compared as before,after
  --runs:     fresh server pairs, default 6
  --requests: measured requests per server and run, after 300 warm-up requests, default 2000`;

interface Side {
  readonly tree: string;
  readonly server: ServerChild;
}

function send(url: string, prefix: string, amount: number): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    autocannon(
      {
        url,
        connections: 50,
        amount,
        timeout: 30,
        requests: recordFactRequests(prefix, 'nuctech'),
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
  });
}

async function fork(tree: string, kind: ServerKind): Promise<ServerChild> {
  const protocol = (await import(
    resolve(tree, 'bench/http/childProtocol.ts')
  )) as typeof import('./http/childProtocol.ts');
  return protocol.forkServer(kind);
}

/** CPU time of the main thread of process `pid` so far, ms; undefined where /proc does not say. */
function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      trees: { type: 'string' },
      runs: { type: 'string' },
      requests: { type: 'string' },
      server: { type: 'string' },
    },
    strict: true,
  });
  const trees = values.trees?.split(',') ?? [];
  if (trees.length !== 2) throw new Error(`--trees expects two directories\n${USAGE}`);
  const kind = (values.server ?? 'chronicle') as ServerKind;
  if (kind !== 'chronicle' && kind !== 'bare') throw new Error(`--server expects chronicle or bare\n${USAGE}`);
  const runs = positive(values.runs, 'runs', 6, USAGE);
  const requests = positive(values.requests, 'requests', 2000, USAGE);
  const perRequest: number[][] = [[], []];
  const mainPerRequest: number[][] = [[], []];
  const eventLoopBusy: number[][] = [[], []];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    const sides: Side[] = [];
    for (const i of order) sides[i] = { tree: trees[i]!, server: await fork(trees[i]!, kind) };
    try {
      await Promise.all(sides.map(({ server }) => send(server.url, `w${run}`, 300)));
      const load = loadavg()[0]!;
      const cpu = () => Promise.all(sides.map(({ server }) => server.call<ServerStats>('stats')));
      const mainCpu = () => sides.map(({ server }) => mainThreadCpuMs(server.pid));
      const before = await cpu();
      const mainBefore = mainCpu();
      const results = await Promise.all(sides.map(({ server }) => send(server.url, `m${run}`, requests)));
      const after = await cpu();
      const mainAfter = mainCpu();
      const line = sides.map(({ tree }, i) => {
        const ok = results[i]!['2xx'];
        const ms = (after[i]!.cpuMs - before[i]!.cpuMs) / ok;
        perRequest[i]!.push(ms);
        const mainBeforeMs = mainBefore[i];
        const mainAfterMs = mainAfter[i];
        let mainThread = '';
        if (mainBeforeMs !== undefined && mainAfterMs !== undefined) {
          const mainMs = (mainAfterMs - mainBeforeMs) / ok;
          mainPerRequest[i]!.push(mainMs);
          mainThread = ` (main thread ${mainMs.toFixed(3)} ms)`;
        }
        const commitsBefore = before[i]!.commits;
        const commitsAfter = after[i]!.commits;
        if (commitsBefore && commitsAfter && commitsAfter.count > commitsBefore.count)
          mainThread += `, ${((commitsAfter.events - commitsBefore.events) / (commitsAfter.count - commitsBefore.count)).toFixed(1)} events per commit`;
        const loopBefore = before[i]!.eventLoop;
        const loopAfter = after[i]!.eventLoop;
        if (loopBefore && loopAfter) {
          const active = loopAfter.activeMs - loopBefore.activeMs;
          const busy = active / (active + loopAfter.idleMs - loopBefore.idleMs);
          eventLoopBusy[i]!.push(busy);
          mainThread += `, event loop ${(busy * 100).toFixed(1)}% busy`;
        }
        const failed = results[i]!.non2xx + results[i]!.errors;
        return `${tree}: ${ms.toFixed(3)} ms CPU per request${mainThread}, ${Math.round(ok / results[i]!.duration)} req/s${failed ? `, ${failed} failed` : ''}`;
      });
      process.stdout.write(`run ${run + 1}/${runs} (load ${load.toFixed(1)}): ${line.join(' · ')}\n`);
    } finally {
      await Promise.all(sides.map(({ server }) => server.stop()));
    }
  }
  const ratios = perRequest[1]!.map((after, i) => after / perRequest[0]![i]!);
  for (const [i, tree] of trees.entries()) {
    let mainThread = mainPerRequest[i]!.length > 0 ? `, main thread ${median(mainPerRequest[i]!).toFixed(3)} ms` : '';
    if (eventLoopBusy[i]!.length > 0)
      mainThread += `, event loop ${(median(eventLoopBusy[i]!) * 100).toFixed(1)}% busy`;
    process.stdout.write(`${tree}: median ${median(perRequest[i]!).toFixed(3)} ms CPU per request${mainThread}\n`);
  }
  process.stdout.write(
    `after ÷ before, run by run: ${ratios.map((r) => r.toFixed(3)).join(', ')}; median ${median(ratios).toFixed(3)}\n`,
  );
}

await main();
