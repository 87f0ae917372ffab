import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { execute } from '../src/commands/execute.ts';
import { openChronicle } from '../src/main.ts';
import { loadAverage } from './docSection.ts';
import { machineInfo, now, summarize, type LatencySummary } from './measure.ts';
import { stderrLog } from './progress.ts';
import { parseSize } from './sizes.ts';
import { getPage as get, makePagesStore, tokenReplacer, type PageAnswer as Answer } from './workloads/pagesStore.ts';
import { forkServerChild } from './workloads/startup.ts';

/**
 * The timeline page over HTTP in four situations, request by request in rotation on one
 * keep-alive connection to `chronicle serve` in a child process, on a generated store:
 * - kept: nothing changed since the page was last served (the page cache's bytes);
 * - 304: the same, asked with `If-None-Match` (nothing built, nothing sent but headers);
 * - after this server's write: a fact of another actor recorded through `POST /api/facts` just
 *   before (the read cache keeps the entries the write did not touch);
 * - after another process's write: a fact of another actor recorded just before by another
 *   Chronicle on the same file, this process (as a CLI beside the server would): the server reads
 *   from the read models' write log what that write made stale and keeps the other entries;
 * - after an unknown change: the read models' write token replaced from another connection just
 *   before, with nothing in the write log (as after a rebuild or a restore): every cache of the
 *   server drops everything and the page is built from the rows;
 * - the bare route: the same child answering from a bare express app on a second port with the
 *   same page serialised once at start (issue #19's reference: a page after a change over HTTP
 *   at most 1.5× its p99).
 */
const USAGE = `usage: node bench/run.mjs pagesBench [--facts N] [--repeats N] [--seed N] [--out FILE]
    [--only kept,304,this,other,unknown] [--child-flags='FLAGS']
  defaults: 10k facts, 200 requests per situation; prints a Markdown report (also to FILE with --out)
  --only: the situations to run (the bare route always runs beside them)
  --child-flags: node flags for the server child, split on spaces: '--cpu-prof --cpu-prof-dir=DIR' to
    profile it (the profile is written when it stops), '--trace-gc' for its collections on stderr`;

interface Options {
  readonly facts: number;
  readonly repeats: number;
  readonly seed: number;
  readonly out: string | undefined;
  readonly only: ReadonlySet<Situation>;
  readonly childFlags: readonly string[];
}

/** `--only`'s names of the situations. */
const SHORT_NAMES: Readonly<Record<string, Situation>> = {
  kept: 'kept',
  '304': '304',
  this: 'after this server’s write',
  other: 'after another process’s write',
  unknown: 'after an unknown change',
};

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      facts: { type: 'string' },
      repeats: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      only: { type: 'string' },
      'child-flags': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const positive = (text: string | undefined, name: string, fallback: number) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} expects a positive whole number\n${USAGE}`);
    return n;
  };
  return {
    facts: values.facts === undefined ? 10_000 : parseSize(values.facts),
    repeats: positive(values.repeats, 'repeats', 200),
    seed: positive(values.seed, 'seed', 7),
    out: values.out,
    only: new Set<Situation>([
      ...(values.only === undefined
        ? SITUATIONS
        : values.only.split(',').map((name) => {
            const situation = SHORT_NAMES[name.trim()];
            if (!situation) throw new Error(`--only: no situation ${name}\n${USAGE}`);
            return situation;
          })),
      'bare route, same page',
    ]),
    childFlags: values['child-flags']?.split(' ').filter(Boolean) ?? [],
  };
}

const SITUATIONS = [
  'kept',
  '304',
  'after this server’s write',
  'after another process’s write',
  'after an unknown change',
  'bare route, same page',
] as const;
type Situation = (typeof SITUATIONS)[number];

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = stderrLog(now());
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-pages-'));
  const path = join(dir, 'c.db');
  const storeUrl = `sqlite:${path}`;
  try {
    const { hub, other } = await makePagesStore(path, options, log);
    const child = await forkServerChild('serve', ['--store', storeUrl], options.childFlags);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const bareAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const writer = new Database(path);
    const otherProcess = await openChronicle({ storeUrl });
    try {
      const base = child.ready.url;
      const url = `${base}/api/timelines/actors/${encodeURIComponent(hub)}?limit=100`;
      const bareUrl = `${(await child.barePage(hub)).url}/page`;
      const samples = new Map<Situation, number[]>(SITUATIONS.map((s) => [s, []]));
      const bytes = new Map<Situation, number>();
      const replaceToken = tokenReplacer(writer);
      let n = 0;
      const warmUp = Math.min(20, Math.ceil(options.repeats / 4));
      log(`${warmUp} + ${options.repeats} requests per situation, in rotation`);
      for (let i = 0; i < warmUp + options.repeats; i++) {
        const answers = new Map<Situation, Answer>();
        const wanted = (situation: Situation) => options.only.has(situation);
        if (wanted('kept') || wanted('304')) {
          const first = await get(agent, url);
          if (wanted('kept')) answers.set('kept', await get(agent, url));
          if (wanted('304')) answers.set('304', await get(agent, url, { 'If-None-Match': first.etag ?? '' }));
        }
        if (wanted('after this server’s write')) {
          const posted = await fetch(`${base}/api/facts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              id: `bench-write-${++n}`,
              summary: 'A write elsewhere',
              when: '2001-01-01',
              actors: [{ id: other }],
            }),
          });
          if (posted.status !== 201)
            throw new Error(`POST /api/facts answered ${posted.status}: ${await posted.text()}`);
          answers.set('after this server’s write', await get(agent, url));
        }
        if (wanted('after another process’s write')) {
          const factId = `bench-other-${++n}`;
          await execute(
            otherProcess.write,
            'fact',
            factId,
            {
              type: 'RecordFact',
              data: {
                factId,
                summary: 'A write from elsewhere',
                when: '2001-01-01',
                place: null,
                notes: null,
                actors: [{ id: other, role: null }],
                topics: [],
                citations: [],
                relations: [],
              },
            },
            { metadata: { recordedBy: 'bench', reason: 'pages benchmark' } },
          );
          await otherProcess.runner.catchUp();
          answers.set('after another process’s write', await get(agent, url));
        }
        if (wanted('after an unknown change')) {
          replaceToken(`bench-${i}`);
          answers.set('after an unknown change', await get(agent, url));
        }
        answers.set('bare route, same page', await get(bareAgent, bareUrl));
        for (const [situation, answer] of answers) {
          const expected = situation === '304' ? 304 : 200;
          if (answer.status !== expected) throw new Error(`${situation}: expected ${expected}, got ${answer.status}`);
          bytes.set(situation, answer.bytes);
          if (i >= warmUp) samples.get(situation)!.push(answer.ms);
        }
      }
      const results = SITUATIONS.filter((s) => options.only.has(s)).map((s) => ({
        situation: s,
        latency: summarize(samples.get(s)!),
        bytes: bytes.get(s)!,
      }));
      const report = render(options, results, machineInfo(tmpdir()));
      process.stdout.write(report);
      if (options.out) writeFileSync(options.out, report);
    } finally {
      await otherProcess.close();
      writer.close();
      agent.destroy();
      bareAgent.destroy();
      await child.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `--only` argument that selects `options.only`, or nothing when every situation ran. */
function only(options: Options): string {
  if (options.only.size === SITUATIONS.length) return '';
  const names = Object.entries(SHORT_NAMES).filter(([, situation]) => options.only.has(situation));
  return ` --only ${names.map(([name]) => name).join(',')}`;
}

function render(
  options: Options,
  results: readonly { situation: Situation; latency: LatencySummary; bytes: number }[],
  machine: ReturnType<typeof machineInfo>,
): string {
  const ms = (v: number) => v.toFixed(2);
  const bare = results.find((r) => r.situation === 'bare route, same page')!.latency.p99;
  const rows = results.map(
    (r) =>
      `| ${r.situation} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${ms(r.latency.max)} | ${(r.latency.p99 / bare).toFixed(2)}× | ${r.bytes.toLocaleString('en-US')} |`,
  );
  return [
    `Command: \`node --import tsx bench/pagesBench.ts --facts ${options.facts} --repeats ${options.repeats}${only(options)}${options.childFlags.length ? ` --child-flags='${options.childFlags.join(' ')}'` : ''}\` · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average at the end ${loadAverage()}`,
    '',
    '| 100-entry actor page over HTTP | p50 ms | p99 ms | max ms | p99 ÷ bare route p99 | bytes |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

await main();
