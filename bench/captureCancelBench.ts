import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { MAX_TEXT_BYTES } from '../src/capture/captureInput.ts';
import { INLINE_BELOW } from '../src/capture/capturePool.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { startServer } from '../src/http/server.ts';
import { parseTokens } from '../src/http/auth.ts';
import { demoDossier, metadata } from '../test/support/demoDossier.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';

/**
 * What a capture its client gave up on costs the next client. A server in this process (a temp
 * SQLite store with the demo dossier, one capture thread) is sent a long capture (default 2 MiB);
 * when it reaches the thread, its client closes the connection, and another client sends a
 * capture of `--next` characters, long enough to go to the thread too. Prints the wall and the
 * process's CPU time (all its threads, `process.cpuUsage()`) from the close until the second
 * capture's answer, with the 1-minute load.
 */
const USAGE = `usage: node --import tsx bench/captureCancelBench.ts [--bytes N] [--next N]
  --bytes N: the abandoned capture's text, in UTF-8 bytes (default 2 MiB, the most capture reads)
  --next N:  the second capture's text, in characters (default 30,000: above the inline threshold)`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { bytes: { type: 'string' }, next: { type: 'string' } },
});

const ARTICLES = fileURLToPath(new URL('../eval/articles/dev/', import.meta.url));

/** The dev articles in English, joined and repeated up to `size` (measured by `sizeOf`), cut at an article's end. */
function longText(size: number, sizeOf: (s: string) => number): string {
  const names = ['nuctech-border-scanners', 'feature-payroll-zero', 'keeper-of-maps', 'pell-creek-carbon-marsh'];
  const articles = names.map((n) => readFileSync(`${ARTICLES}${n}.txt`, 'utf8').trim());
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; ; i += 1) {
    const next = articles[i % articles.length] as string;
    const more = sizeOf(next) + 2;
    if (total + more > size && parts.length > 0) break;
    parts.push(next);
    total += more;
  }
  return parts.join('\n\n');
}

/** Sends a capture; `gone` closes its connection before the answer. */
function send(url: string, text: string): { answer: Promise<number>; gone(): void } {
  const req = httpRequest(`${url}/api/capture`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json' },
  });
  const answer = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined);
  req.end(JSON.stringify({ text, lang: 'en' }));
  return { answer, gone: () => req.destroy() };
}

async function main(): Promise<void> {
  const bytes = positive(values.bytes, 'bytes', MAX_TEXT_BYTES, USAGE);
  const nextChars = positive(values.next, 'next', 30_000, USAGE);
  const abandoned = longText(bytes, (s) => Buffer.byteLength(s));
  const second = longText(nextChars, (s) => s.length);
  if (second.length < INLINE_BELOW)
    throw new Error(
      `--next gives ${second.length} characters, which are captured inline (below ${INLINE_BELOW})\n${USAGE}`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-capture-cancel-'));
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, 'chronicle.db')}?synchronous=normal` });
  await importDossier(chronicle.write, demoDossier(), { metadata });
  const starts: ((n: number) => void)[] = [];
  const started = () => new Promise<number>((r) => starts.push(r));
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'bench'),
    port: 0,
    capture: { onStart: (n) => starts.shift()?.(n) },
  });
  try {
    // A first capture in the thread, so that its start (and under tsx its compilation) is not timed.
    const warm = started();
    const warmStatus = await send(server.url, second).answer;
    await warm;
    const begun = started();
    const first = send(server.url, abandoned);
    await begun;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    first.gone();
    const status = await send(server.url, second).answer;
    const wallMs = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    console.log(
      JSON.stringify({
        abandonedCharacters: abandoned.length,
        nextCharacters: second.length,
        warmStatus,
        nextStatus: status,
        wallMs: Math.round(wallMs),
        cpuMs: Math.round((used.user + used.system) / 1000),
        load: loadAverage(),
      }),
    );
  } finally {
    await server.close();
    await chronicle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
