import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { MAX_TEXT_BYTES } from '../src/capture/captureInput.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { startServer } from '../src/http/server.ts';
import { parseTokens } from '../src/http/auth.ts';
import { openTestChronicle } from '../test/support/chronicleFixture.ts';
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
const USAGE = `usage: node --import tsx bench/captureLoopBench.ts [--bytes N] [--idle N]
  --bytes N: the capture's text, in UTF-8 bytes (default 2 MiB, the most capture reads)
  --idle N:  requests of each kind timed on the idle server first (default 50)`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { bytes: { type: 'string' }, idle: { type: 'string' }, serve: { type: 'boolean' } },
});

/** The child: a server on an ephemeral port; prints its URL, and stops on SIGTERM. */
async function serve(): Promise<void> {
  const store = await openTestChronicle();
  await importDossier(store.chronicle.write, demoDossier(), { metadata });
  const server = await startServer({
    chronicle: store.chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'bench'),
    port: 0,
  });
  console.log(`url ${server.url}`);
  await once(process, 'SIGTERM');
  await server.close();
  await store.close();
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

if (values.serve) await serve();
else await main();
