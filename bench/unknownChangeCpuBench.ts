import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { positive } from './benchCommand.ts';
import { machineInfo, summarize } from './measure.ts';
import { stderrLog } from './progress.ts';
import { parseSize } from './sizes.ts';
import { tokenReplacer } from './workloads/pagesStore.ts';

/**
 * A timeline page after an unknown change, in process, two source trees side by side: one store
 * per tree, generated from the same seed by the tree's own code (so each has the read models of its
 * tree's version), each tree's own read-model code (`ReadModelDb`,
 * `readTimeline`, `timelineJson`, imported from the tree) on its copy, in one process. Round by
 * round, in an order that alternates, each tree's read models' write token is replaced from
 * another connection with nothing in the write log (as after a rebuild or a restore) and the hub's
 * first 100-entry page is read and made into bytes: CPU time per page (`process.cpuUsage()`), the
 * read alone and with its bytes, and the page's wall time.
 */
const USAGE = `usage: node --import tsx bench/unknownChangeCpuBench.ts --trees BEFORE,AFTER [--facts N] [--rounds N] [--seed N]
  --trees: two directories holding this repository (a git worktree per commit), compared as before,after
  defaults: 10k facts, 300 rounds after 30, seed 7`;

interface TreeCode {
  readonly ReadModelDb: typeof import('../projections/readModelDb.ts').ReadModelDb;
  readonly readTimeline: typeof import('../projections/queries/timelineQuery.ts').readTimeline;
  readonly timelineJson: typeof import('../src/http/timelineJson.ts').timelineJson;
  readonly makePagesStore: typeof import('./workloads/pagesStore.ts').makePagesStore;
}

async function codeOf(tree: string): Promise<TreeCode> {
  const rmDb = (await import(
    resolve(tree, 'projections/readModelDb.ts')
  )) as typeof import('../projections/readModelDb.ts');
  const query = (await import(
    resolve(tree, 'projections/queries/timelineQuery.ts')
  )) as typeof import('../projections/queries/timelineQuery.ts');
  const json = (await import(
    resolve(tree, 'src/http/timelineJson.ts')
  )) as typeof import('../src/http/timelineJson.ts');
  const store = (await import(
    resolve(tree, 'bench/workloads/pagesStore.ts')
  )) as typeof import('./workloads/pagesStore.ts');
  return {
    ReadModelDb: rmDb.ReadModelDb,
    readTimeline: query.readTimeline,
    timelineJson: json.timelineJson,
    makePagesStore: store.makePagesStore,
  };
}

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      trees: { type: 'string' },
      facts: { type: 'string' },
      rounds: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const trees = values.trees?.split(',') ?? [];
  if (trees.length !== 2) throw new Error(`--trees expects two directories\n${USAGE}`);
  const facts = values.facts === undefined ? 10_000 : parseSize(values.facts);
  const rounds = positive(values.rounds, 'rounds', 300, USAGE);
  const seed = positive(values.seed, 'seed', 7, USAGE);
  const log = stderrLog(performance.now());
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-unknown-cpu-'));
  const closers: (() => void)[] = [];
  try {
    const sides = [];
    let hub: string | undefined;
    for (const [i, tree] of trees.entries()) {
      const path = join(dir, `tree${i}.db`);
      const code = await codeOf(tree);
      const made = await code.makePagesStore(path, { facts, seed }, log);
      if (hub !== undefined && made.hub !== hub) throw new Error(`the trees' stores have hubs ${hub} and ${made.hub}`);
      hub = made.hub;
      const rm = code.ReadModelDb.open(path);
      const writer = new Database(path);
      closers.push(
        () => rm.db.close(),
        () => writer.close(),
      );
      sides.push({
        tree,
        code,
        rm,
        replace: tokenReplacer(writer),
        read: [] as number[],
        page: [] as number[],
        wall: [] as number[],
        bytes: 0,
      });
    }
    const warmUp = 30;
    const loads = [loadavg()[0]!];
    for (let i = 0; i < warmUp + rounds; i++) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        side.replace(`bench-${i}`);
        const start = performance.now();
        const cpu = process.cpuUsage();
        const page = side.code.readTimeline(side.rm, { kind: 'actor', id: hub, limit: 100 });
        const read = cpuMs(cpu);
        const bytes = side.code.timelineJson(page);
        const whole = cpuMs(cpu);
        const wall = performance.now() - start;
        side.bytes = bytes.length;
        if (i < warmUp) continue;
        side.read.push(read);
        side.page.push(whole);
        side.wall.push(wall);
      }
    }
    loads.push(loadavg()[0]!);
    if (sides[0]!.bytes !== sides[1]!.bytes)
      throw new Error(`the trees made ${sides[0]!.bytes} and ${sides[1]!.bytes} bytes`);
    const machine = machineInfo(tmpdir());
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const ms = (v: number) => v.toFixed(3);
    process.stdout.write(
      [
        `Command: \`node --import tsx bench/unknownChangeCpuBench.ts --trees ${trees.join(',')} --facts ${facts} --rounds ${rounds}\` · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average ${loads.map((l) => l.toFixed(2)).join(' → ')}`,
        '',
        '| 100-entry actor page after an unknown change, in process | CPU per read ms (mean / p50) | CPU per read and bytes ms (mean / p50) | wall p50 / p99 ms | bytes |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...sides.map(
          (s) =>
            `| ${s.tree} | ${ms(mean(s.read))} / ${ms(summarize(s.read).p50)} | ${ms(mean(s.page))} / ${ms(summarize(s.page).p50)} | ${ms(summarize(s.wall).p50)} / ${ms(summarize(s.wall).p99)} | ${s.bytes.toLocaleString('en-US')} |`,
        ),
        '',
      ].join('\n'),
    );
  } finally {
    for (const close of closers) close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
