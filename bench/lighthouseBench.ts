import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pino } from 'pino';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { parseTokens } from '../src/http/auth.ts';
import { startServer, type RunningServer } from '../src/http/server.ts';
import { openChronicle, type Chronicle } from '../src/main.ts';
import { demoDossier } from '../test/support/demoDossier.ts';
import { loadAverage } from './docSection.ts';
import { machineInfo, median, now } from './measure.ts';
import { stderrLog } from './progress.ts';

/**
 * Lighthouse (12, run through its node API) on the page, with its defaults: the mobile form
 * factor (a Moto G Power's screen) and simulated throttling (slow 4G, the CPU slowed 4×), the
 * accessibility and performance categories. Two pages, each served by a real server on the
 * embedded store with the demo dossier, in this process: the timeline (no tokens: the page as a
 * loopback server serves it) and the sign-in form (tokens configured: what a team's server shows
 * first). Chromium is Debian's (`CHROME_PATH`, default /usr/bin/chromium), headless, started by
 * chrome-launcher; Lighthouse reads it over the DevTools protocol on a loopback port.
 *
 * Each page is measured `--runs` times (a fresh Chromium each time); the table holds the medians,
 * and every request the page sent elsewhere than 127.0.0.1 is counted (Lighthouse's own record of
 * the network).
 */
const USAGE = `usage: node bench/run.mjs lighthouseBench [--runs N] [--out FILE] [--save PREFIX]
  defaults: 3 runs per page; prints a Markdown report (also to FILE with --out); --save writes
  each run's Lighthouse result as PREFIX-<page>-<run>.json`;

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const EDITOR_TOKEN = 'lighthouse-editor-token-0123456789';

interface Run {
  readonly accessibility: number;
  readonly performance: number;
  readonly lcp: number;
  readonly fcp: number;
  readonly cls: number;
  readonly tbt: number;
  readonly si: number;
  readonly bytes: number;
  readonly offMachine: readonly string[];
  readonly failedAudits: readonly string[];
}

function parseOptions(argv: readonly string[]): { runs: number; out: string | undefined; save: string | undefined } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      out: { type: 'string' },
      save: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive whole number\n${USAGE}`);
  return { runs, out: values.out, save: values.save };
}

async function demoServer(dir: string, tokens: string): Promise<{ server: RunningServer; chronicle: Chronicle }> {
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, `${tokens ? 'tokens' : 'open'}.db`)}` });
  await importDossier(chronicle.write, demoDossier(), { metadata: { recordedBy: 'bench', reason: 'Lighthouse' } });
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens(tokens, 'bench'),
    host: '127.0.0.1',
    port: 0,
  });
  // The page's first request bundles its modules (see src/http/webRoutes.ts); a running server
  // has served it before Lighthouse comes.
  await fetch(`${server.url}/`);
  return { server, chronicle };
}

async function measure(url: string, save: string | undefined): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (save) writeFileSync(save, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const requests =
      (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const failedAudits = Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    return {
      accessibility: score('accessibility'),
      performance: score('performance'),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      si: audit('speed-index'),
      bytes: audit('total-byte-weight'),
      offMachine: requests
        .map((r) => r.url)
        .filter((u) => {
          const { protocol, hostname } = new URL(u);
          return !(hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:');
        }),
      failedAudits: [...new Set(failedAudits)],
    };
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = stderrLog(now());
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-lighthouse-'));
  const servers: { server: RunningServer; chronicle: Chronicle }[] = [];
  try {
    const open = await demoServer(dir, '');
    servers.push(open);
    const withTokens = await demoServer(dir, `editor:lighthouse:${EDITOR_TOKEN}`);
    servers.push(withTokens);
    const pages = [
      { key: 'timeline', name: 'timeline (`/`, no tokens)', url: `${open.server.url}/` },
      { key: 'sign-in', name: 'sign-in form (`/`, tokens set)', url: `${withTokens.server.url}/` },
    ];
    const results: { name: string; runs: Run[] }[] = [];
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < options.runs; i++) {
        log(`${page.name}: run ${i + 1} of ${options.runs}`);
        runs.push(await measure(page.url, options.save && `${options.save}-${page.key}-${i + 1}.json`));
      }
      results.push({ name: page.name, runs });
    }
    const report = render(options.runs, results);
    process.stdout.write(report);
    if (options.out) writeFileSync(options.out, report);
  } finally {
    for (const { server, chronicle } of servers) {
      await server.close();
      await chronicle.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function render(runs: number, results: readonly { name: string; runs: Run[] }[]): string {
  const machine = machineInfo(tmpdir());
  const m = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key] as number));
  const rows = results.map(({ name, runs: r }) =>
    [
      name,
      m(r, 'accessibility').toFixed(0),
      m(r, 'performance').toFixed(0),
      `${(m(r, 'fcp') / 1000).toFixed(2)} s`,
      `${(m(r, 'lcp') / 1000).toFixed(2)} s`,
      m(r, 'cls').toFixed(3),
      `${m(r, 'tbt').toFixed(0)} ms`,
      `${(m(r, 'si') / 1000).toFixed(2)} s`,
      `${(m(r, 'bytes') / 1024).toFixed(0)} KiB`,
      `${r.map((x) => x.performance).join(', ')}`,
      String(r.reduce((n, x) => n + x.offMachine.length, 0)),
    ].join(' | '),
  );
  const failing = results.flatMap(({ name, runs: r }) => {
    const audits = [...new Set(r.flatMap((x) => x.failedAudits))];
    return audits.length > 0 ? [`- ${name}: ${audits.join(', ')}`] : [];
  });
  return [
    `Command: \`npm run bench:lighthouse -- --runs ${runs}\` · Lighthouse 12.8, mobile, simulated throttling · Chromium at ${CHROME_PATH} · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average at the end ${loadAverage()}`,
    '',
    '| page (medians of the runs) | accessibility | performance | FCP | LCP | CLS | TBT | Speed Index | bytes | performance per run | requests off the machine |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map((r) => `| ${r} |`),
    '',
    failing.length > 0
      ? `Audits under 0.9 in some run:\n\n${failing.join('\n')}`
      : 'Every weighted audit at 0.9 or above in every run.',
    '',
  ].join('\n');
}

await main();
