import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteEventStore, type SqliteCommitThread } from '../src/store/sqlite/SqliteEventStore.ts';
import { positive } from './benchCommand.ts';
import { median } from './measure.ts';

/**
 * The SQLite store's group commit in this thread against in its worker thread (`commitThread`),
 * in one process, the sides alternating, a fresh store file per run (synchronous=FULL). Concurrent
 * writers, each a loop that spends `--work-us` of CPU on this thread (standing for a request's
 * parsing, deciding and projecting) and then appends one event and waits for it, as the HTTP
 * server's requests do. A commit listener is registered (the server's runner has one), so each
 * commit's rows come back. Per side: appends/s, CPU per append of this thread (`/proc`, ticks of
 * 10 ms) and of the process (`process.cpuUsage()`, every thread), the event-loop utilisation of
 * this thread, and the mean batch (appends per commit).
 */
const USAGE = `usage: node --import tsx bench/commitThreadBench.ts [--runs N] [--seconds N] [--writers N] [--work-us N]
  --runs:    runs per side, default 4
  --seconds: measured seconds per run (after 1 s of warm-up), default 3
  --writers: concurrent writers, default 50
  --work-us: CPU each writer spends on this thread before each append, in microseconds, default 300`;

/** CPU time of this process's main thread so far, ms; undefined where /proc does not say. */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function spin(microseconds: number): void {
  const until = performance.now() + microseconds / 1000;
  while (performance.now() < until);
}

interface RunFigures {
  readonly appendsPerSecond: number;
  readonly mainCpuMs: number | undefined;
  readonly processCpuMs: number;
  readonly elu: number;
  readonly batch: number;
  readonly load: number;
}

async function run(thread: SqliteCommitThread, seconds: number, writers: number, workUs: number): Promise<RunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-commit-thread-'));
  const store = openSqliteEventStore({ path: join(dir, 'log.db'), commitThread: thread });
  let commits = 0;
  let appends = 0;
  store.onCommit(() => {
    commits += 1;
  });
  let phase: 'warm' | 'measure' | 'stop' = 'warm';
  const writer = async (n: number) => {
    while (phase !== 'stop') {
      spin(workUs);
      await store.append(`fact-${n}-${randomUUID()}`, [
        {
          id: randomUUID(),
          type: 'FactRecorded',
          data: { n, summary: 'x'.repeat(100) },
          metadata: { recordedBy: 'bench', recordedAt: '2026-12-07T00:00:00.000Z', schemaVersion: 1 },
        },
      ]);
      if (phase === 'measure') appends += 1;
    }
  };
  const loops = Array.from({ length: writers }, (_, n) => writer(n));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  phase = 'measure';
  commits = 0;
  const load = loadavg()[0]!;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuMs();
  const elu = performance.eventLoopUtilization();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const mainAfter = mainThreadCpuMs();
  const utilisation = performance.eventLoopUtilization(elu).utilization;
  const measured = appends;
  const batches = commits;
  phase = 'stop';
  await Promise.all(loops);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    appendsPerSecond: (measured * 1000) / elapsed,
    mainCpuMs: mainCpu === undefined || mainAfter === undefined ? undefined : (mainAfter - mainCpu) / measured,
    processCpuMs: (used.user + used.system) / 1000 / measured,
    elu: utilisation,
    batch: measured / batches,
    load,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      seconds: { type: 'string' },
      writers: { type: 'string' },
      'work-us': { type: 'string' },
    },
    strict: true,
  });
  const runs = positive(values.runs, 'runs', 4, USAGE);
  const seconds = positive(values.seconds, 'seconds', 3, USAGE);
  const writers = positive(values.writers, 'writers', 50, USAGE);
  const workUs = positive(values['work-us'], 'work-us', 300, USAGE);
  const figures: Record<SqliteCommitThread, RunFigures[]> = { main: [], worker: [] };
  for (let i = 0; i < runs; i += 1) {
    const order: SqliteCommitThread[] = i % 2 === 0 ? ['main', 'worker'] : ['worker', 'main'];
    for (const thread of order) {
      const f = await run(thread, seconds, writers, workUs);
      figures[thread].push(f);
      process.stdout.write(
        `run ${i + 1}/${runs} ${thread.padEnd(6)} (load ${f.load.toFixed(1)}): ${Math.round(f.appendsPerSecond)} appends/s, ` +
          `CPU per append: main thread ${f.mainCpuMs?.toFixed(3) ?? '?'} ms, process ${f.processCpuMs.toFixed(3)} ms; ` +
          `event loop ${(f.elu * 100).toFixed(1)}% busy; ${f.batch.toFixed(1)} appends per commit\n`,
      );
    }
  }
  for (const thread of ['main', 'worker'] as const) {
    const list = figures[thread];
    const mains = list.flatMap((f) => (f.mainCpuMs === undefined ? [] : [f.mainCpuMs]));
    process.stdout.write(
      `${thread}: median ${Math.round(median(list.map((f) => f.appendsPerSecond)))} appends/s, ` +
        `CPU per append main thread ${mains.length ? median(mains).toFixed(3) : '?'} ms, process ${median(list.map((f) => f.processCpuMs)).toFixed(3)} ms, ` +
        `event loop ${(median(list.map((f) => f.elu)) * 100).toFixed(1)}% busy, ${median(list.map((f) => f.batch)).toFixed(1)} appends per commit\n`,
    );
  }
}

await main();
