import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Child } from '../test/support/childProcess/parent.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';
import type { ReadyMessage } from './http/childProtocol.ts';
import { closePostAgent, FeedSubscribers, postFact } from './http/feedSubscribers.ts';
import { machineInfo, now, summarize, type LatencySummary } from './measure.ts';
import { stderrLog, type Log } from './progress.ts';

/**
 * Scale-out of the live feed: 1, 2 and 3 Chronicle servers (each a child process with its own
 * read-model file) on one EventStoreDB stand-in (a child of its own), `--subscribers` SSE streams
 * on each, all held by this process. Appends go one at a time through the servers in turn; each
 * is timed from its POST to its message at the last subscriber of every server. See
 * docs/benchmarks.md and docs/scale-out.md.
 */
const USAGE = `usage: node --import tsx bench/scaleOutBench.ts [--nodes 1,2,3] [--subscribers N] [--appends N] [--warmup N] [--out FILE]
  default: 2,000 subscribers per server, 5 warm-up + 100 measured appends, with 1, 2 and 3 servers; prints the report`;

interface Options {
  readonly nodes: readonly number[];
  readonly subscribers: number;
  readonly appends: number;
  readonly warmUp: number;
  readonly out: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      nodes: { type: 'string' },
      subscribers: { type: 'string' },
      appends: { type: 'string' },
      warmup: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const nodes = (values.nodes ?? '1,2,3').split(',').map((n) => positive(n, 'nodes', 1, USAGE));
  return {
    nodes,
    subscribers: positive(values.subscribers, 'subscribers', 2000, USAGE),
    appends: positive(values.appends, 'appends', 100, USAGE),
    warmUp: positive(values.warmup, 'warmup', 5, USAGE),
    out: values.out,
  };
}

interface NodeStats {
  readonly feedClients: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
}

interface Server {
  readonly url: string;
  readonly child: Child<ReadyMessage>;
  readonly subs: FeedSubscribers;
}

interface Run {
  readonly nodes: number;
  readonly subscribers: number;
  /** POST sent → the message at the last subscriber of every server, per append. */
  readonly fanOut: LatencySummary;
  /** POST sent → the message at the last subscriber of the server that took the write. */
  readonly writer: LatencySummary;
  /** POST sent → the message at the last subscriber of the other servers (none with one server). */
  readonly others: LatencySummary | undefined;
  /** POST sent → its answer (read-your-writes included). */
  readonly post: LatencySummary;
  readonly missing: number;
  readonly duplicates: number;
  readonly dropped: number;
  /** Per server: RSS before the subscribers opened and with them, MiB; CPU per append, ms. */
  readonly rssBefore: number;
  readonly rssWith: number;
  readonly cpuPerAppend: number;
}

const STAND_IN = fileURLToPath(new URL('./scaleout/standInChild.ts', import.meta.url));
const NODE = fileURLToPath(new URL('./scaleout/nodeChild.ts', import.meta.url));

const factBody = (id: string, n: number) =>
  JSON.stringify({
    id,
    summary: `The embassy forwards a follow-up note on the scanner contract, number ${n}`,
    when: `2022-05-${String(1 + (n % 28)).padStart(2, '0')}`,
  });

async function runWith(nodes: number, options: Options, log: Log): Promise<Run> {
  const standIn = new Child<ReadyMessage>({ module: STAND_IN, showStderr: true });
  const servers: Server[] = [];
  try {
    const store = (await standIn.next('ready')).url;
    for (let i = 0; i < nodes; i++) {
      const child = new Child<ReadyMessage>({ module: NODE, args: [store], showStderr: true });
      const { url } = await child.next('ready');
      servers.push({ url, child, subs: new FeedSubscribers(`${url}/api/updates`) });
    }
    const stats = () => Promise.all(servers.map((s) => s.child.call<NodeStats>('stats')));
    const before = await stats();
    for (const [i, s] of servers.entries()) {
      log(`${nodes} server(s): opening ${options.subscribers} subscribers on server ${i + 1}`);
      await s.subs.open(options.subscribers);
    }
    const opened = await stats();
    if (opened.some((s) => s.feedClients !== options.subscribers))
      throw new Error(`the servers count ${opened.map((s) => s.feedClients).join(', ')} subscribers`);
    const fanOut: number[] = [];
    const writer: number[] = [];
    const others: number[] = [];
    const post: number[] = [];
    let missing = 0;
    const total = options.warmUp + options.appends;
    for (let n = 0; n < total; n++) {
      const through = n % nodes;
      const factId = `scaleout-${nodes}-${n}`;
      const arrivals = servers.map((s) => s.subs.expect(factId, 30_000));
      const { sent, done } = postFact(servers[through]!.url, factBody(factId, n));
      const [receipts, answer] = await Promise.all([Promise.all(arrivals), done]);
      if (answer.status !== 201) throw new Error(`POST /api/facts answered ${answer.status}`);
      if (n < options.warmUp) continue;
      const lastAt = receipts.map((r) => Math.max(...r.map((x) => x.at)) - sent);
      missing += receipts.reduce((sum, r) => sum + options.subscribers - r.length, 0);
      fanOut.push(Math.max(...lastAt));
      writer.push(lastAt[through]!);
      if (nodes > 1) others.push(Math.max(...lastAt.filter((_, i) => i !== through)));
      post.push(answer.ms);
      if ((n + 1) % 25 === 0) log(`${nodes} server(s): ${n + 1}/${total} appends`);
    }
    const after = await stats();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return {
      nodes,
      subscribers: options.subscribers,
      fanOut: summarize(fanOut),
      writer: summarize(writer),
      others: nodes > 1 ? summarize(others) : undefined,
      post: summarize(post),
      missing,
      duplicates: servers.reduce((sum, s) => sum + s.subs.duplicates, 0),
      dropped: servers.reduce((sum, s) => sum + s.subs.dropped, 0),
      rssBefore: mean(before.map((s) => s.rssMiB)),
      rssWith: mean(opened.map((s) => s.rssMiB)),
      cpuPerAppend: mean(after.map((s, i) => (s.cpuMs - opened[i]!.cpuMs) / total)),
    };
  } finally {
    for (const s of servers) s.subs.close();
    closePostAgent();
    for (const s of servers) await s.child.stop();
    await standIn.stop();
  }
}

const ms = (x: number) => x.toFixed(1);

function render(runs: readonly Run[], command: string, load: { before: number; after: number }): string {
  const machine = machineInfo(tmpdir());
  const lines = [
    `Command: \`${command}\` · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average ${load.before} before, ${load.after} after`,
    '',
    '| servers | subscribers (each · all) | fan-out p50 / p99 ms | writer’s subscribers p50 / p99 | other servers’ p50 / p99 | POST p50 / p99 | RSS per server, MiB (bare → with subscribers) | server CPU per append, ms | missing · duplicates · dropped |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of runs) {
    const others = r.others ? `${ms(r.others.p50)} / ${ms(r.others.p99)}` : '—';
    lines.push(
      `| ${r.nodes} | ${r.subscribers.toLocaleString('en-US')} · ${(r.subscribers * r.nodes).toLocaleString('en-US')} | ${ms(r.fanOut.p50)} / ${ms(r.fanOut.p99)} | ${ms(r.writer.p50)} / ${ms(r.writer.p99)} | ${others} | ${ms(r.post.p50)} / ${ms(r.post.p99)} | ${r.rssBefore.toFixed(0)} → ${r.rssWith.toFixed(0)} | ${ms(r.cpuPerAppend)} | ${r.missing} · ${r.duplicates} · ${r.dropped} |`,
    );
  }
  lines.push('', `${runs[0]?.fanOut.count ?? 0} measured appends per row, after warm-up.`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const log = stderrLog(now());
  const loadBefore = loadAverage();
  const runs: Run[] = [];
  for (const nodes of options.nodes) runs.push(await runWith(nodes, options, log));
  const report = render(runs, `node --import tsx bench/scaleOutBench.ts ${argv.join(' ')}`.trim(), {
    before: loadBefore,
    after: loadAverage(),
  });
  process.stdout.write(`${report}\n`);
  if (options.out) writeFileSync(options.out, `${report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
