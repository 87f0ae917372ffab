import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { MAX_TEXT_BYTES } from '../src/capture/captureInput.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { startServer } from '../src/http/server.ts';
import { parseTokens } from '../src/http/auth.ts';
import { demoDossier, metadata } from '../test/support/demoDossier.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';

/**
 * What a long capture does to the server's other requests. A server (a child process, over a
 * temp SQLite store with the demo dossier) is sent a capture of about 2 MiB (the dev articles
 * joined, repeated, cut at the limit); while it runs, another client asks `GET /health` and a
 * timeline page (`GET /api/timelines?limit=50`) one after the other, and the latency of each is
 * kept, until the capture answers. The same requests are timed before the capture, on the idle
 * server. Prints the capture's wall time and the server's CPU time over it, and p50, p99 and max
 * of each request, with the 1-minute load.
 */
const USAGE = `usage: node --import tsx bench/captureLoopBench.ts [--bytes N] [--idle N] | --small N
  --bytes N: the capture's text, in UTF-8 bytes (default 2 MiB, the most capture reads)
  --idle N:  requests of each kind timed on the idle server first (default 50)
  --small N: instead, a 2,000-word article captured N times inline and N times in a capture thread, alternately`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    bytes: { type: 'string' },
    idle: { type: 'string' },
    small: { type: 'string' },
    serve: { type: 'boolean' },
  },
});

/** The child: a server on an ephemeral port; prints its URL, and stops on SIGTERM. */
async function serve(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-capture-loop-'));
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, 'chronicle.db')}?synchronous=normal` });
  await importDossier(chronicle.write, demoDossier(), { metadata });
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'bench'),
    port: 0,
  });
  console.log(`url ${server.url}`);
  await once(process, 'SIGTERM');
  await server.close();
  await chronicle.close();
  rmSync(dir, { recursive: true, force: true });
}

const ARTICLES = fileURLToPath(new URL('../eval/articles/dev/', import.meta.url));

/** The dev articles in English, joined and repeated up to `bytes` of UTF-8, cut at a paragraph's end. */
function longText(bytes: number): string {
  const names = ['nuctech-border-scanners', 'feature-payroll-zero', 'keeper-of-maps', 'pell-creek-carbon-marsh'];
  const articles = names.map((n) => readFileSync(`${ARTICLES}${n}.txt`, 'utf8').trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i += 1) {
    const next = articles[i % articles.length] as string;
    const more = Buffer.byteLength(next) + 2;
    if (size + more > bytes) break;
    parts.push(next);
    size += more;
  }
  return parts.join('\n\n');
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const bytes = positive(values.bytes, 'bytes', MAX_TEXT_BYTES, USAGE);
  const idle = positive(values.idle, 'idle', 50, USAGE);
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) throw new Error(`the server stopped early (exit code ${code}, signal ${signal})`);
  });
  const lines = createInterface({ input: child.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const url = first.replace(/^url /, '');
  /** The server's CPU time, all its threads, in ms (Linux: utime + stime of /proc/PID/stat, in ticks of 10 ms). */
  const cpu = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const health = `${url}/health`;
  const page = `${url}/api/timelines?limit=50`;
  const text = longText(bytes);
  console.log(
    `Capture and the event loop: ${fmt(text.length)} characters (${fmt(Buffer.byteLength(text))} bytes), node ${process.version}, ${new Date().toISOString()}\n`,
  );
  // Warm the server: its routes, and a short capture (inline below the pool's threshold).
  for (let i = 0; i < 5; i += 1) await Promise.all([timed(health), timed(page)]);
  const small = readFileSync(`${ARTICLES}nuctech-border-scanners.txt`, 'utf8');
  await fetch(`${url}/api/capture`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: small }),
  }).then((r) => r.arrayBuffer());

  const idleTimes = { health: [] as number[], page: [] as number[] };
  for (let i = 0; i < idle; i += 1) {
    idleTimes.health.push(await timed(health));
    idleTimes.page.push(await timed(page));
  }
  const idleLoad = loadAverage();
  console.error(`idle requests timed (${new Date().toISOString()}); the capture starts`);

  const busy = { health: [] as number[], page: [] as number[] };
  const cpuBefore = cpu();
  const started = performance.now();
  let done = false;
  const capture = fetch(`${url}/api/capture`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, lang: 'en' }),
  }).then(async (res) => {
    const body = (await res.json()) as { facts?: unknown[]; detail?: string };
    done = true;
    return { status: res.status, facts: body.facts?.length ?? 0, detail: body.detail };
  });
  while (!done) {
    busy.health.push(await timed(health));
    if (done) break;
    busy.page.push(await timed(page));
  }
  const answer = await capture;
  const wall = performance.now() - started;
  const cpuMs = cpu() - cpuBefore;
  const busyLoad = loadAverage();
  stopping = true;
  child.kill('SIGTERM');
  await once(child, 'exit');

  console.log(
    `The capture: ${answer.status}${answer.detail ? ` (${answer.detail})` : ''}, ${fmt(answer.facts)} facts, ${fmt(wall)} ms wall, the server's CPU over it ${fmt(cpuMs)} ms (all threads), load ${busyLoad}\n`,
  );
  console.log('| request | while | requests | p50 ms | p99 ms | max ms | load (1 min) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, when: string, xs: number[], load: number) =>
    console.log(
      xs.length === 0
        ? `| ${name} | ${when} | 0 | – | – | – | ${load} |`
        : `| ${name} | ${when} | ${xs.length} | ${fmt(pct(xs, 50))} | ${fmt(pct(xs, 99))} | ${fmt(Math.max(...xs))} | ${load} |`,
    );
  row('GET /health', 'idle', idleTimes.health, idleLoad);
  row('GET /health', 'the capture runs', busy.health, busyLoad);
  row('GET /api/timelines?limit=50', 'idle', idleTimes.page, idleLoad);
  row('GET /api/timelines?limit=50', 'the capture runs', busy.page, busyLoad);
}

/**
 * What a short capture pays for a thread: a 2,000-word article (1,992 words) captured inline and
 * through a `CapturePool` that sends every text to its thread, alternately, `n` times each after
 * a warm-up of both; CPU time (the whole process: both threads) and wall time per call.
 */
async function small(n: number): Promise<void> {
  const { CapturePool } = await import('../src/capture/capturePool.ts');
  const { captureText } = await import('../src/capture/captureText.ts');
  const text = readFileSync(`${ARTICLES}feature-payroll-zero.txt`, 'utf8');
  const request = { text, lang: 'en' };
  const context = { today: '2025-01-01' };
  const pool = new CapturePool({ inlineBelow: 0 });
  const firstWall = performance.now();
  const firstCpu = process.cpuUsage();
  await pool.capture(request, context);
  const startCpu = process.cpuUsage(firstCpu);
  const start = { wall: performance.now() - firstWall, cpu: (startCpu.user + startCpu.system) / 1000 };
  for (let i = 0; i < 3; i += 1) {
    captureText(request, context);
    await pool.capture(request, context);
  }
  const runs = {
    inline: { cpu: [] as number[], wall: [] as number[] },
    thread: { cpu: [] as number[], wall: [] as number[] },
  };
  for (let i = 0; i < n; i += 1) {
    for (const way of ['inline', 'thread'] as const) {
      const cpu = process.cpuUsage();
      const wall = performance.now();
      if (way === 'inline') captureText(request, context);
      else await pool.capture(request, context);
      const used = process.cpuUsage(cpu);
      runs[way].wall.push(performance.now() - wall);
      runs[way].cpu.push((used.user + used.system) / 1000);
    }
  }
  await pool.close();
  console.log(
    `A 2,000-word capture inline and in a thread: ${fmt(text.length)} characters, ${n} calls each, node ${process.version}, ${new Date().toISOString()}\n`,
  );
  console.log(
    `The thread's first capture (start: compile, load, cold code): ${fmt(start.wall)} ms wall, ${fmt(start.cpu)} ms CPU\n`,
  );
  console.log('| capture | median CPU ms | median wall ms | p90 wall ms | load (1 min) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const way of ['inline', 'thread'] as const)
    console.log(
      `| ${way} | ${fmt(pct(runs[way].cpu, 50))} | ${fmt(pct(runs[way].wall, 50))} | ${fmt(pct(runs[way].wall, 90))} | ${loadAverage()} |`,
    );
}

if (values.serve) await serve();
else if (values.small) await small(positive(values.small, 'small', 25, USAGE));
else await main();
