import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CpuProfile, ProfileNode } from './profileSummary.ts';

/**
 * The record-fact request's time by part, in µs per request, for server profiles side by side
 * (Chronicle's and the bare server's from `bench/httpBench.ts --profile DIR`):
 *
 *   node --import tsx bench/profileParts.ts [--cap US] FILE:REQUESTS [FILE:REQUESTS …]
 *
 * REQUESTS is the 2xx answers of the profiled run (the benchmark prints them). Each sample goes to
 * the innermost frame on its stack that names one of Chronicle's parts (the command, the append,
 * the projection, the reply, the request log…); a sample with none goes to the innermost library
 * (zod, body-parser, express), else to Node's HTTP server. A wrapper (the request log, the route's
 * glue) does not take a library's sample from under it: express's router runs inside the request
 * log's `next()`.
 *
 * `--cap US` counts each sample for at most US µs. The profiler samples the thread by the wall
 * clock, so a sample taken after the process waited (an fsync, or another process on the CPU)
 * carries the whole wait and lands on whatever frame was running then: on a shared machine half of
 * a run's sampled time can sit in such gaps. Capped at a little over the sampling interval (200
 * µs), the samples stand for the time on a CPU.
 */
const USAGE = 'usage: node --import tsx bench/profileParts.ts [--cap US] FILE.cpuprofile:REQUESTS …';

type Test = (functionName: string, url: string) => boolean;

/** Chronicle's parts; `wrapper` parts yield a sample to a library frame below them. */
const PARTS: readonly { readonly name: string; readonly test: Test; readonly wrapper?: boolean }[] = [
  { name: 'garbage collection', test: (fn) => fn === '(garbage collector)' },
  { name: 'idle', test: (fn) => fn === '(idle)' },
  { name: '(program)', test: (fn) => fn === '(program)' },
  { name: 'the profiler', test: (_fn, url) => /profiler\.ts|node:inspector/.test(url) },
  {
    name: 'read models: checkpoint and tokens read',
    test: (fn, url) =>
      /readModels\/meta\.ts|readModelDb\.ts/.test(url) && /checkpoint|Token/.test(fn) && fn !== 'setCheckpoint',
  },
  {
    name: 'the answer read back (readFact, appliedFacts, writeFact)',
    test: (_fn, url) => /factQuery|appliedFacts|writeFact\.ts|projections\/queries/.test(url),
  },
  { name: "the projection in the commit's turn", test: (fn, url) => /projections\//.test(url) || fn === '#committed' },
  { name: 'the append: group commit (transaction, inserts, COMMIT)', test: (_fn, url) => /src\/store\//.test(url) },
  {
    name: 'the command (execute, decide, encode, ids)',
    test: (_fn, url) => /src\/(commands|facts|events|core|dates)\//.test(url),
  },
  { name: 'the deadline (AbortController, timer)', test: (_fn, url) => /requestDeadline/.test(url) },
  { name: 'idempotency', test: (_fn, url) => /idempotency/.test(url) },
  { name: 'auth, principal, rate limit', test: (_fn, url) => /sessionAuth|auth\.ts|limits\.ts|sessions\.ts/.test(url) },
  {
    name: 'the reply (send, res.end, the socket write)',
    test: (fn, url) => /createApp|routeHandler/.test(url) && (fn === 'send' || fn === 'sendJsonText'),
  },
  { name: 'the reply (send, res.end, the socket write)', test: (_fn, url) => /express\/lib\/response\.js/.test(url) },
  { name: 'zod on the body', test: (fn, url) => /createApp|routeHandler/.test(url) && fn === 'parse' },
  { name: 'admit (headers, media type)', test: (fn, url) => /createApp/.test(url) && fn === 'admit', wrapper: true },
  { name: 'the request log', test: (_fn, url) => /requestLog/.test(url), wrapper: true },
  {
    name: 'the flat route (its check of the head, the body read and parsed)',
    test: (_fn, url) => /flatRoute/.test(url),
    wrapper: true,
  },
  {
    name: "the route's glue (handler, writeForRequest)",
    test: (_fn, url) => /src\/http\/|bareServer/.test(url),
    wrapper: true,
  },
];

const LIBRARIES: readonly { readonly name: string; readonly test: Test }[] = [
  { name: 'zod on the body', test: (_fn, url) => /node_modules\/zod\//.test(url) },
  {
    name: 'body-parser, raw-body, type-is',
    test: (_fn, url) => /node_modules\/(body-parser|raw-body|type-is|content-type|iconv-lite|media-typer)\//.test(url),
  },
  {
    name: 'express and its router',
    test: (_fn, url) =>
      /node_modules\/(express|router|parseurl|finalhandler|path-to-regexp|on-finished|debug)\//.test(url),
  },
];

const NODE_HTTP = "Node's HTTP server, sockets, streams";

function partOf(stack: readonly ProfileNode[]): string {
  let library: string | undefined;
  for (const node of stack) {
    const { functionName, url } = node.callFrame;
    const part = PARTS.find((p) => p.test(functionName, url));
    if (part) return part.wrapper && library ? library : part.name;
    library ??= LIBRARIES.find((l) => l.test(functionName, url))?.name;
  }
  return library ?? NODE_HTTP;
}

/** µs per request by part, and in all. */
function parts(profile: CpuProfile, requests: number, cap: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const spent = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const part = partOf(stack);
    const us = Math.min(profile.timeDeltas[i] ?? 0, cap) / requests;
    spent.set(part, (spent.get(part) ?? 0) + us);
    spent.set('all', (spent.get('all') ?? 0) + us);
  });
  return spent;
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { cap: { type: 'string' } }, allowPositionals: true });
  const cap = values.cap === undefined ? Infinity : Number(values.cap);
  if (!(cap > 0)) throw new Error(`--cap: expected a positive number of µs, got ${values.cap}\n${USAGE}`);
  if (positionals.length === 0) throw new Error(`expected at least one FILE:REQUESTS\n${USAGE}`);
  const columns = positionals.map((arg) => {
    const at = arg.lastIndexOf(':');
    const requests = Number(arg.slice(at + 1));
    if (at < 0 || !(requests > 0)) throw new Error(`${arg}: expected FILE:REQUESTS\n${USAGE}`);
    const profile = JSON.parse(readFileSync(arg.slice(0, at), 'utf8')) as CpuProfile;
    return { name: arg.slice(0, at), spent: parts(profile, requests, cap) };
  });
  const names = [...new Set(columns.flatMap((c) => [...c.spent.keys()]))].filter((n) => n !== 'all');
  names.sort((a, b) => (columns[0]!.spent.get(b) ?? 0) - (columns[0]!.spent.get(a) ?? 0));
  const cell = (spent: Map<string, number>, name: string) => `${(spent.get(name) ?? 0).toFixed(1)}`;
  process.stdout.write(`| part (µs per request) | ${columns.map((c) => c.name).join(' | ')} |\n`);
  process.stdout.write(`| --- |${columns.map(() => ' ---: |').join('')}\n`);
  for (const name of [...names, 'all'])
    process.stdout.write(`| ${name} | ${columns.map((c) => cell(c.spent, name)).join(' | ')} |\n`);
}

main();
