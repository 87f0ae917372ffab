import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCommand, positive } from './benchCommand.ts';
import { loadAverage, writePart } from './docSection.ts';
import { machineInfo, now } from './measure.ts';
import { stderrLog, type Log } from './progress.ts';
import { forkServer, type ServerChild, type ServerStats } from './http/childProtocol.ts';
import { closePostAgent } from './http/feedSubscribers.ts';
import { liveFeedLoad, type FeedSide } from './http/liveFeedLoad.ts';
import { recordFactLoad, type LoadRun } from './http/recordFactLoad.ts';
import { renderHttpResults, type HttpResults } from './http/renderHttp.ts';

/**
 * The HTTP benchmark: record-fact requests under 50 connections against a bare express 5 + zod
 * endpoint, and the live feed's delivery latency to 1,000 SSE subscribers against a bare SSE
 * broadcast. Each server runs in its own child process; the sides alternate. See docs/benchmarks.md.
 */
export interface HttpBenchOptions {
  readonly quick: boolean;
  readonly connections: number;
  readonly seconds: number;
  readonly rounds: number;
  readonly warmUpSeconds: number;
  readonly subscribers: number;
  readonly appends: number;
  readonly feedWarmUp: number;
  readonly workloads: readonly ('record' | 'feed')[];
  /** Adds Chronicle with its store at synchronous=NORMAL to the record-fact rotation (a diagnostic: what the fsync costs). */
  readonly normal: boolean;
  readonly out: string | undefined;
  readonly profile: string | undefined;
}

const USAGE = `usage: node bench/run.mjs httpBench [--quick] [--connections N] [--seconds N] [--rounds N] [--warmup N]
       [--subscribers N] [--appends N] [--only record|feed] [--normal | --no-normal] [--out FILE] [--profile DIR]
  full (default): 50 connections, 5 rounds of 15 s per server, 1,000 subscribers, 200 appends per server; writes docs/benchmarks.md
  --quick:        50 connections, 2 rounds of 4 s per server, 1,000 subscribers, 20 appends; prints the report (write it with --out FILE)
  --normal:       adds a third server to the record-fact rounds, Chronicle with synchronous=NORMAL (default in full runs, not in --quick)
  --profile DIR:  a .cpuprofile of each server child per workload (slower; the report is printed, not written)`;

function parseOptions(argv: readonly string[]): HttpBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      connections: { type: 'string' },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      subscribers: { type: 'string' },
      appends: { type: 'string' },
      only: { type: 'string' },
      normal: { type: 'boolean' },
      'no-normal': { type: 'boolean' },
      out: { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  if (values.only !== undefined && values.only !== 'record' && values.only !== 'feed')
    throw new Error(`--only expects record or feed\n${USAGE}`);
  return {
    quick,
    connections: positive(values.connections, 'connections', 50, USAGE),
    seconds: positive(values.seconds, 'seconds', quick ? 4 : 15, USAGE),
    rounds: positive(values.rounds, 'rounds', quick ? 2 : 5, USAGE),
    warmUpSeconds: positive(values.warmup, 'warmup', quick ? 1 : 3, USAGE),
    subscribers: positive(values.subscribers, 'subscribers', 1000, USAGE),
    appends: positive(values.appends, 'appends', quick ? 20 : 200, USAGE),
    feedWarmUp: quick ? 2 : 5,
    workloads: values.only ? [values.only] : ['record', 'feed'],
    normal: values['no-normal'] ? false : (values.normal ?? !quick),
    profile: values.profile,
    out: values.out ?? (quick || values.profile ? undefined : 'docs/benchmarks.md'),
  };
}

/** Starts the bare server, Chronicle and (with `normal`) Chronicle at synchronous=NORMAL, runs `fn`, stops them. */
async function withServers<T>(
  options: HttpBenchOptions,
  normal: boolean,
  log: Log,
  fn: (servers: ServerChild[]) => Promise<T>,
): Promise<T> {
  const profileDir = options.profile ? { profileDir: options.profile } : {};
  const started = now();
  const servers = await Promise.all([
    forkServer('bare', profileDir),
    forkServer('chronicle', profileDir),
    ...(normal ? [forkServer('chronicle', { ...profileDir, synchronous: 'normal' })] : []),
  ]);
  log(
    `servers ready in ${((now() - started) / 1000).toFixed(1)} s: ${servers.map((c) => `${c.name} ${c.url} (pid ${c.pid})`).join(', ')}`,
  );
  try {
    return await fn(servers);
  } finally {
    await Promise.all(servers.map((c) => c.stop()));
  }
}

/** Workload 1: a warm-up per side, then bare, Chronicle[, Chronicle NORMAL], bare, Chronicle, … for `rounds` rounds. */
async function benchRecordFacts(options: HttpBenchOptions, log: Log): Promise<HttpResults['record']> {
  return withServers(options, options.normal, log, async (servers) => {
    const runs: LoadRun[] = [];
    const load = (child: ServerChild, round: number, seconds: number) =>
      recordFactLoad(
        child.url,
        child.name,
        round,
        { connections: options.connections, seconds, idPrefix: `load-${round}`, actorId: 'nuctech' },
        async () => (await child.call<ServerStats>('stats')).cpuMs,
      );
    for (const child of servers) {
      log(`record facts: ${options.warmUpSeconds} s warm-up of the ${child.name} server`);
      await load(child, 0, options.warmUpSeconds);
    }
    for (let round = 1; round <= options.rounds; round++) {
      for (const child of servers) {
        if (options.profile) await child.call('profile-start', `record-facts-${child.name}-r${round}`);
        const run = await load(child, round, options.seconds);
        if (options.profile) await child.call('profile-stop');
        log(
          `record facts: round ${round}/${options.rounds} ${child.name}: ${Math.round(run.rps)} req/s, p50 ${run.latency.p50.toFixed(2)} ms, p99 ${run.latency.p99.toFixed(2)} ms` +
            `${run.non2xx || run.errors ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ''}`,
        );
        runs.push(run);
      }
    }
    const chronicle = servers.find((c) => c.name === 'chronicle')!;
    const stats = await chronicle.call<ServerStats>('stats');
    return {
      runs,
      chronicleSettings: chronicle.settings,
      bareSettings: servers.find((c) => c.name === 'bare')!.settings,
      chronicleEvents: stats.written,
      normalSettings: servers.find((c) => c.name === 'chronicle-normal')?.settings,
    };
  });
}

async function benchLiveFeed(options: HttpBenchOptions, log: Log): Promise<HttpResults['feed']> {
  return withServers(options, false, log, async ([bare, chronicle]) => {
    if (options.profile) await chronicle!.call('profile-start', 'live-feed-chronicle');
    const sides: FeedSide[] = await liveFeedLoad(
      [bare!, chronicle!],
      {
        subscribers: options.subscribers,
        appends: options.appends,
        warmUp: options.feedWarmUp,
        actorId: 'sedena',
        timeoutMs: 30_000,
      },
      log,
    );
    if (options.profile) await chronicle!.call('profile-stop');
    closePostAgent();
    return { sides, chronicleSettings: chronicle!.settings, warmUp: options.feedWarmUp };
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const command = benchCommand('httpBench', ['bench:http', 'bench:http:quick'], argv);
  const started = now();
  const startedAt = new Date();
  const log = stderrLog(started);
  const loadBefore = loadAverage();
  const record = options.workloads.includes('record') ? await benchRecordFacts(options, log) : undefined;
  const loadBetween = loadAverage();
  const feed = options.workloads.includes('feed') ? await benchLiveFeed(options, log) : undefined;
  const results = renderHttpResults({
    command,
    startedAt,
    totalMs: now() - started,
    profiled: options.profile !== undefined,
    machine: machineInfo(tmpdir()),
    load: { before: loadBefore, between: loadBetween, after: loadAverage() },
    options: {
      connections: options.connections,
      seconds: options.seconds,
      rounds: options.rounds,
      warmUpSeconds: options.warmUpSeconds,
    },
    record,
    feed,
  });
  process.stdout.write(`${results}\n`);
  if (options.out) {
    writePart(resolve(options.out), 'http', results);
    process.stderr.write(`report written to ${options.out}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
