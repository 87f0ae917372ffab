import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parseTokens } from '../src/http/auth.ts';
import { startServer } from '../src/http/server.ts';
import { openChronicle } from '../src/main.ts';
import { EsdbStandIn } from '../test/support/esdbStandIn/EsdbStandIn.ts';

/**
 * Fairness of concurrent editors: editors revising one fact's date over HTTP without `If-Match`,
 * each as fast as its answers come back, on Chronicle over the EventStoreDB stand-in with a round
 * trip of 0, 50 and 200 ms added to every store call. For each latency: the p99 wait of a single
 * editor, then of each of three editors at once, and their ratio (goal: at most 5×). The single
 * editor makes as many edits as the editors together, so both runs write the stream to the same
 * length: a write reads the whole stream, so a longer stream alone makes every write slower, and the
 * ratio would count that as unfairness. For comparison, `--no-turns` lets the writes race (only
 * the conflict backoff between them) and `--no-backoff` retries a conflicting write at once (the
 * jitter source always 0).
 * `--servers N` spreads the editors over N Chronicle servers on the one store (in this process,
 * each with its own read models, clients and turns), where taking turns cannot help: there the
 * writers go oldest first (`oldestFirstDelayMs`, src/commands/writeBackoff.ts).
 *
 *   npm run bench:fairness [-- --edits 40 --latencies 0,50,200 --editors 3 --servers 1 --no-turns --no-backoff]
 *
 * Self-contained: prints its figures (docs/benchmarks.md, docs/reliability.md quote them).
 */
interface Options {
  readonly edits: number;
  readonly latencies: readonly number[];
  readonly editors: number;
  readonly backoff: boolean;
  readonly turns: boolean;
  readonly servers: number;
}

function options(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      edits: { type: 'string', default: '40' },
      latencies: { type: 'string', default: '0,50,200' },
      editors: { type: 'string', default: '3' },
      'no-backoff': { type: 'boolean', default: false },
      'no-turns': { type: 'boolean', default: false },
      servers: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const edits = Number(values.edits);
  const editors = Number(values.editors);
  const latencies = values.latencies.split(',').map(Number);
  if (!Number.isInteger(edits) || edits < 1)
    throw new Error(`--edits: expected a positive integer, got ${values.edits}`);
  if (!Number.isInteger(editors) || editors < 2)
    throw new Error(`--editors: expected 2 or more, got ${values.editors}`);
  if (latencies.some((l) => !Number.isInteger(l) || l < 0))
    throw new Error(`--latencies: expected whole milliseconds, got ${values.latencies}`);
  const servers = Number(values.servers);
  if (!Number.isInteger(servers) || servers < 1)
    throw new Error(`--servers: expected a positive integer, got ${values.servers}`);
  return { edits, latencies, editors, backoff: !values['no-backoff'], turns: !values['no-turns'], servers };
}

/** The nearest-rank percentile of `values`. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Editor `editor`'s n-th date: a distinct day, so every edit is a change. */
const dateOf = (editor: number, n: number) =>
  new Date(Date.UTC(2000, 0, 1 + editor * 5000 + n)).toISOString().slice(0, 10);

interface Run {
  readonly waits: number[][];
  readonly appends: number;
  readonly seconds: number;
}

async function measure(latencyMs: number, editors: number, editsEach: number, o: Options): Promise<Run> {
  const standIn = await EsdbStandIn.start();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-fairness-'));
  const servers: { url: string; close(): Promise<void> }[] = [];
  try {
    for (let n = 0; n < Math.min(o.servers, editors); n++) {
      const chronicle = await openChronicle({
        storeUrl: standIn.connectionString,
        readModelsUrl: `sqlite:${join(dir, `readmodels-${n}.db`)}`,
        storeTimeoutMs: 60_000,
        ...(o.backoff ? {} : { random: () => 0 }),
        takeTurns: o.turns,
      });
      const server = await startServer({
        chronicle,
        logger: pino({ level: 'silent' }),
        tokens: parseTokens('', 'bench'),
        port: 0,
        limits: {},
      });
      servers.push({
        url: server.url,
        close: async () => {
          await server.close();
          await chronicle.close();
        },
      });
    }
    const post = async (url: string, path: string, body: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await res.arrayBuffer();
      if (res.status >= 300) throw new Error(`${path} answered ${res.status}`);
    };
    await post(servers[0]!.url, '/api/facts', {
      id: 'contested',
      summary: 'The fact every editor revises',
      when: '1999',
    });
    standIn.proxy.latencyMs = latencyMs;
    const appendsBefore = standIn.node.calls.filter((c) => c === 'Append').length;
    const started = performance.now();
    const waits = await Promise.all(
      Array.from({ length: editors }, async (_, editor) => {
        const mine: number[] = [];
        const url = servers[editor % servers.length]!.url;
        for (let n = 0; n < editsEach; n++) {
          const t = performance.now();
          await post(url, '/api/facts/contested/date', {
            when: dateOf(editor, n),
            reason: `editor ${editor}, edit ${n}`,
          });
          mine.push(performance.now() - t);
        }
        return mine;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const appends = standIn.node.calls.filter((c) => c === 'Append').length - appendsBefore;
    return { waits, appends, seconds };
  } finally {
    standIn.proxy.latencyMs = 0;
    for (const server of servers) await server.close();
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Editor fairness — ${o.editors} editors × ${o.edits} edits without If-Match, on ${o.servers} Chronicle server(s); writes to one stream take turns: ${o.turns ? 'yes' : 'no'}; conflict backoff: ${o.backoff ? 'on' : 'off'}`,
  );
  console.log(
    `${cpus().length} × ${cpu}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at start\n`,
  );
  console.log(
    '| store round trip | single editor p50 / p99 | each of ' +
      o.editors +
      ' editors: p50 | each of ' +
      o.editors +
      ' editors: p99 | worst p99 / single p99 | appends per edit | edits/s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const latency of o.latencies) {
    const single = await measure(latency, 1, o.editors * o.edits, o);
    const many = await measure(latency, o.editors, o.edits, o);
    const singleP99 = percentile(single.waits[0]!, 99);
    const p50s = many.waits.map((w) => percentile(w, 50));
    const p99s = many.waits.map((w) => percentile(w, 99));
    const ratio = Math.max(...p99s) / singleP99;
    const total = o.editors * o.edits;
    console.log(
      `| ${latency} ms | ${percentile(single.waits[0]!, 50).toFixed(0)} / ${singleP99.toFixed(0)} ms | ${p50s.map((p) => p.toFixed(0)).join(' / ')} ms | ${p99s.map((p) => `${p.toFixed(0)}`).join(' / ')} ms | ${ratio.toFixed(1)}× ${ratio <= 5 ? '(≤ 5×)' : '(> 5×: goal missed)'} | ${(many.appends / total).toFixed(2)} | ${(total / many.seconds).toFixed(1)} |`,
    );
  }
  console.log(`\nload average ${loadavg()[0]!.toFixed(1)} at the end`);
}

await main();
