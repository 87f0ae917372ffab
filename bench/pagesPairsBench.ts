import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { positive } from './benchCommand.ts';
import { machineInfo, summarize } from './measure.ts';
import { stderrLog } from './progress.ts';
import { parseSize } from './sizes.ts';
import { getPage, makePagesStore, tokenReplacer } from './workloads/pagesStore.ts';
import type { ServerChildProcess } from './workloads/startup.ts';

/**
 * A timeline page after an unknown change, served by two source trees' servers side by side, for
 * a before → after comparison on a shared machine. One generated store, copied once per tree;
 * each tree's `chronicle serve` child (its own `bench/workloads/startup.ts`, so each runs its own
 * code) serves its copy. Request by request, in an order that alternates, each tree's page is asked
 * right after its read models' write token was replaced with nothing in the write log (as after a
 * rebuild or a restore: every cache dropped, the page built from the rows), and the bare route (a
 * third child, the second tree's, answering the same page serialised once) is asked beside them:
 * p50 and p99 of each, each p99 over the bare route's, and each server's CPU time per page (the
 * bare child's too: `/proc/PID/stat`, the whole child, the collector's threads and the request log too).
 */
const USAGE = `usage: node --import tsx bench/pagesPairsBench.ts --trees BEFORE,AFTER [--facts N] [--repeats N] [--seed N]
  --trees: two directories holding this repository (a git worktree per commit), compared as before,after
  defaults: 10k facts, 400 requests per server, seed 7`;

/** CPU time (user and system) of process `pid` so far, in ms (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function forkFrom(tree: string, storeUrl: string): Promise<ServerChildProcess> {
  const startup = (await import(
    resolve(tree, 'bench/workloads/startup.ts')
  )) as typeof import('./workloads/startup.ts');
  return startup.forkServerChild('serve', ['--store', storeUrl]);
}

function copyStore(from: string, to: string): void {
  for (const suffix of ['', '-wal'])
    if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${to}${suffix}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      trees: { type: 'string' },
      facts: { type: 'string' },
      repeats: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const trees = values.trees?.split(',') ?? [];
  if (trees.length !== 2) throw new Error(`--trees expects two directories\n${USAGE}`);
  const facts = values.facts === undefined ? 10_000 : parseSize(values.facts);
  const repeats = positive(values.repeats, 'repeats', 400, USAGE);
  const seed = positive(values.seed, 'seed', 7, USAGE);
  const log = stderrLog(performance.now());
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-pages-pairs-'));
  const children: ServerChildProcess[] = [];
  const agents: Agent[] = [];
  const writers: Database.Database[] = [];
  try {
    const made = join(dir, 'made.db');
    const { hub } = await makePagesStore(made, { facts, seed }, log);
    const sides = [];
    for (const [i, tree] of trees.entries()) {
      const path = join(dir, `tree${i}.db`);
      copyStore(made, path);
      const child = await forkFrom(tree, `sqlite:${path}`);
      children.push(child);
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      const writer = new Database(path);
      writers.push(writer);
      sides.push({
        tree,
        child,
        agent,
        url: `${child.ready.url}/api/timelines/actors/${encodeURIComponent(hub)}?limit=100`,
        replaceToken: tokenReplacer(writer),
        samples: [] as number[],
        bytes: 0,
        etag: '',
      });
    }
    const barePath = join(dir, 'bare.db');
    copyStore(made, barePath);
    const bareChild = await forkFrom(trees[1]!, `sqlite:${barePath}`);
    children.push(bareChild);
    const bareAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(bareAgent);
    const bareUrl = `${(await bareChild.barePage(hub)).url}/page`;
    const bare: number[] = [];
    const warmUp = 20;
    const loads: number[] = [loadavg()[0]!];
    let cpuStart: number[] = [];
    log(`${warmUp} + ${repeats} requests per server, alternating`);
    for (let i = 0; i < warmUp + repeats; i++) {
      if (i === warmUp) cpuStart = [...sides.map((s) => s.child.pid), bareChild.pid].map(cpuMsOf);
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        side.replaceToken(`bench-${i}`);
        const answer = await getPage(side.agent, side.url);
        if (answer.status !== 200) throw new Error(`${side.tree}: expected 200, got ${answer.status}`);
        side.bytes = answer.bytes;
        if (i >= warmUp) side.samples.push(answer.ms);
      }
      const answer = await getPage(bareAgent, bareUrl);
      if (i >= warmUp) bare.push(answer.ms);
    }
    const cpu = [...sides.map((s) => s.child.pid), bareChild.pid].map(
      (pid, i) => (cpuMsOf(pid) - cpuStart[i]!) / repeats,
    );
    loads.push(loadavg()[0]!);
    if (sides[0]!.bytes !== sides[1]!.bytes)
      throw new Error(`the trees sent ${sides[0]!.bytes} and ${sides[1]!.bytes} bytes`);
    const bareP99 = summarize(bare).p99;
    const machine = machineInfo(tmpdir());
    const ms = (v: number) => v.toFixed(2);
    const lines = [
      `Command: \`node --import tsx bench/pagesPairsBench.ts --trees ${trees.join(',')} --facts ${facts} --repeats ${repeats}\` · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average ${loads.map((l) => l.toFixed(2)).join(' → ')}`,
      '',
      '| 100-entry actor page over HTTP after an unknown change | p50 ms | p99 ms | max ms | p99 ÷ bare route p99 | server CPU per page ms | bytes |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...sides.map((s, i) => {
        const l = summarize(s.samples);
        return `| ${s.tree} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} | ${(l.p99 / bareP99).toFixed(2)}× | ${cpu[i]!.toFixed(2)} | ${s.bytes.toLocaleString('en-US')} |`;
      }),
      `| bare route, same page | ${ms(summarize(bare).p50)} | ${ms(bareP99)} | ${ms(summarize(bare).max)} | 1.00× | ${cpu[2]!.toFixed(2)} | |`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const writer of writers) writer.close();
    for (const agent of agents) agent.destroy();
    await Promise.all(children.map((child) => child.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
