import autocannon from 'autocannon';
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
 * than either figure. The order in which the servers start alternates between runs.
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
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    const sides: Side[] = [];
    for (const i of order) sides[i] = { tree: trees[i]!, server: await fork(trees[i]!, kind) };
    try {
      await Promise.all(sides.map(({ server }) => send(server.url, `w${run}`, 300)));
      const load = loadavg()[0]!;
      const cpu = () => Promise.all(sides.map(({ server }) => server.call<ServerStats>('stats')));
      const before = await cpu();
      const results = await Promise.all(sides.map(({ server }) => send(server.url, `m${run}`, requests)));
      const after = await cpu();
      const line = sides.map(({ tree }, i) => {
        const ok = results[i]!['2xx'];
        const ms = (after[i]!.cpuMs - before[i]!.cpuMs) / ok;
        perRequest[i]!.push(ms);
        const failed = results[i]!.non2xx + results[i]!.errors;
        return `${tree}: ${ms.toFixed(3)} ms CPU per request, ${Math.round(ok / results[i]!.duration)} req/s${failed ? `, ${failed} failed` : ''}`;
      });
      process.stdout.write(`run ${run + 1}/${runs} (load ${load.toFixed(1)}): ${line.join(' · ')}\n`);
    } finally {
      await Promise.all(sides.map(({ server }) => server.stop()));
    }
  }
  const ratios = perRequest[1]!.map((after, i) => after / perRequest[0]![i]!);
  for (const [i, tree] of trees.entries())
    process.stdout.write(`${tree}: median ${median(perRequest[i]!).toFixed(3)} ms CPU per request\n`);
  process.stdout.write(
    `after ÷ before, run by run: ${ratios.map((r) => r.toFixed(3)).join(', ')}; median ${median(ratios).toFixed(3)}\n`,
  );
}

await main();
