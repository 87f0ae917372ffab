import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { launchBrowser, openPage, type PageSession } from '../test/support/browser.ts';
import { demoDossier } from '../test/support/demoDossier.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';
import { machineInfo, now, percentile } from './measure.ts';
import { childrenCpuMs, pageTimesMs, processCpuMs, type PageTimes } from './pageCpu.ts';
import { stderrLog, type Log } from './progress.ts';
import { eventsForFacts, hubShareFor, parseSize } from './sizes.ts';
import { forkServerChild } from './workloads/startup.ts';

/**
 * The edit round trip of issue 18: one page saves an edit of a fact's summary through its edit
 * form (Edit, Summary, Save), and the clock runs until every other open page shows the new
 * summary on its chart. `chronicle serve` runs in a child process on the embedded store; the
 * pages are headless Chromium (playwright-core, the browser the tests drive), each in its own
 * context, at 1440×900.
 *
 * Every time is read inside the pages, on the machine's one wall clock
 * (`performance.timeOrigin + performance.now()`): the start when the Save button is clicked (a
 * capturing click listener), the 2xx when the page's write answers (its `fetch`, wrapped before
 * the page's scripts run), and on each other page the animation frame after the chart's item
 * shows the new summary (a MutationObserver, then `requestAnimationFrame`). Nothing the driver
 * does between the pages (the Chrome DevTools Protocol round trips) is counted.
 */
const USAGE = `usage: node bench/run.mjs editRoundTripBench [--dossier demo|N[,…]] [--pages N] [--trips N] [--idle S] [--in-use] [--out FILE] [--profile FILE]
  defaults: the demo dossier and 2k generated facts, 10 pages, 120 round trips (plus 10 to warm up),
  the pages' CPU measured over 10 s of idleness before the trips (--idle 0: not measured);
  --in-use: every page's chart is put to use (its Fit button) before the trips, so each runs the
  timeline library rather than the page's own sketch of the chart`;

interface Options {
  readonly dossiers: readonly ('demo' | number)[];
  readonly pages: number;
  readonly trips: number;
  /** Seconds of idleness over which the pages' and the server's CPU is measured before the trips. */
  readonly idle: number;
  /** Whether each page's chart is used (its Fit button) before the trips: the library's chart, not the sketch. */
  readonly inUse: boolean;
  readonly out: string | undefined;
  /** Where to write the CPU profile of one watching page over the measured round trips. */
  readonly profile: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dossier: { type: 'string' },
      pages: { type: 'string' },
      trips: { type: 'string' },
      idle: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      'in-use': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const pages = positive(values.pages, 'pages', 10, USAGE);
  if (pages < 2) throw new Error(`--pages expects at least 2 (one edits, the others watch)\n${USAGE}`);
  return {
    dossiers: (values.dossier ?? 'demo,2k').split(',').map((d) => (d.trim() === 'demo' ? 'demo' : parseSize(d))),
    pages,
    trips: positive(values.trips, 'trips', 120, USAGE),
    idle: values.idle === '0' ? 0 : positive(values.idle, 'idle', 10, USAGE),
    inUse: values['in-use'],
    out: values.out,
    profile: values.profile,
  };
}

/** Before the page's scripts: the write's 2xx time, and the Save click's time. */
const INSTRUMENT = `(() => {
  const clock = () => performance.timeOrigin + performance.now();
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (init && init.method && init.method !== 'GET' && response.ok) window.__saved = clock();
    return response;
  };
  const Source = window.EventSource;
  window.EventSource = class extends Source {
    constructor(url, init) {
      super(url, init);
      for (const name of ['entry-added', 'entry-changed']) this.addEventListener(name, () => {
        window.__feedAt ??= clock();
      });
    }
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Save') window.__clicked = clock();
  }, true);
})();`;

/**
 * On a watching page: `window.__seen` resolves with the wall-clock time of the frame after
 * `factId`'s chart item shows `marker`. (A string, not a function: tsx would name its closures
 * with a helper the page does not have.)
 */
function watchFor(page: Page, factId: string, marker: string): Promise<void> {
  return page.evaluate(`window.__feedAt = undefined;
  window.__seen = new Promise((resolve) => {
    const shows = () =>
      document.querySelector('.it[data-fact-id="' + CSS.escape(${JSON.stringify(factId)}) + '"] .it-sum')
        ?.textContent?.startsWith(${JSON.stringify(marker)});
    const done = () => requestAnimationFrame(() => {
      const at = performance.timeOrigin + performance.now();
      resolve({ at, feedAt: window.__feedAt });
    });
    if (shows()) return done();
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }), undefined`);
}

interface Trip {
  readonly saved: number;
  readonly allUpdated: number;
  /** Each watching page's time from the click to its update. */
  readonly perPage: readonly number[];
  /** On each watching page: the click to the feed's event, and that event to the update on screen. */
  readonly feed: readonly number[];
  readonly draw: readonly number[];
}

/** CPU time over a stretch: each page's main thread, Chromium's processes by type, the server. */
interface CpuSpent {
  readonly pages: readonly PageTimes[];
  readonly chromium: Readonly<Record<string, number>>;
  readonly server: number;
}

interface CpuMeter {
  start(): Promise<void>;
  stop(): Promise<CpuSpent>;
}

/** Measures what the pages (through `cdps`, `Performance.enable`d) and the server (`serverPid`) spend. */
function cpuMeter(cdps: readonly CDPSession[], serverPid: number): CpuMeter {
  let at: { pages: PageTimes[]; chromium: Record<string, number>; server: number } | undefined;
  const read = async () => ({
    pages: await Promise.all(cdps.map((c) => pageTimesMs(c))),
    chromium: childrenCpuMs([serverPid]),
    server: processCpuMs(serverPid),
  });
  return {
    async start() {
      at = await read();
    },
    async stop() {
      const end = await read();
      const from = at!;
      return {
        pages: end.pages.map((t, i) => {
          const was = from.pages[i]!;
          return {
            task: t.task - was.task,
            script: t.script - was.script,
            layout: t.layout - was.layout,
            style: t.style - was.style,
          };
        }),
        chromium: Object.fromEntries(Object.entries(end.chromium).map(([k, v]) => [k, v - (from.chromium[k] ?? 0)])),
        server: end.server - from.server,
      };
    },
  };
}

interface Seen {
  readonly at: number;
  readonly feedAt: number | undefined;
}

async function prepareStore(storeUrl: string, dossier: 'demo' | number): Promise<void> {
  const chronicle = await openChronicle({ storeUrl });
  try {
    const content =
      dossier === 'demo'
        ? demoDossier()
        : generateDossier({ targetEvents: eventsForFacts(dossier), seed: 7, hubShare: hubShareFor(dossier) }).dossier;
    await importDossier(chronicle.write, content, { metadata: { recordedBy: 'bench', reason: 'edit round trips' } });
    await chronicle.runner.catchUp();
  } finally {
    await chronicle.close();
  }
}

async function runDossier(
  browser: Browser,
  options: Options,
  dossier: 'demo' | number,
  log: Log,
): Promise<{
  trips: Trip[];
  factId: string;
  entries: number;
  offMachine: number;
  idle: CpuSpent | undefined;
  spent: CpuSpent;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-round-trip-'));
  const storeUrl = `sqlite:${join(dir, 'c.db')}`;
  const sessions: PageSession[] = [];
  try {
    log(`${dossier === 'demo' ? 'the demo dossier' : `${dossier.toLocaleString('en-US')} generated facts`}: importing`);
    await prepareStore(storeUrl, dossier);
    const child = await forkServerChild('serve', ['--store', storeUrl]);
    try {
      const base = child.ready.url;
      for (let i = 0; i < options.pages; i++) {
        const s = await openPage(browser, { timeoutMs: 60_000 });
        sessions.push(s);
        await s.page.addInitScript(INSTRUMENT);
        await s.page.goto(`${base}/`);
        await s.page.locator('#live-status[data-state="live"]').waitFor();
        await s.page.locator('#chart .it[data-fact-id]').first().waitFor();
        if (options.inUse) {
          await s.page.getByRole('button', { name: 'Fit', exact: true }).click();
          await s.page.locator('#chart .vis-item').first().waitFor();
        }
      }
      const [editor, ...watchers] = sessions.map((s) => s.page);
      // A fact every watching page draws: the first item of the last page opened.
      const factId = await watchers
        .at(-1)!
        .evaluate<string>(`document.querySelector('.it[data-fact-id]').dataset.factId`);
      const entries = await watchers[0]!.locator('.it[data-fact-id]').count();
      const drawnBy = options.inUse ? 'the library' : 'whatever draws the chart before it is used';
      log(`${options.pages} pages live; ${entries} items drawn on a page by ${drawnBy}; editing ${factId}`);
      await editor!.goto(`${base}/?fact=${encodeURIComponent(factId)}`);
      await editor!.locator('#live-status[data-state="live"]').waitFor();
      const cdps = await Promise.all(
        sessions.map(async (s) => {
          const cdp = await s.context.newCDPSession(s.page);
          await cdp.send('Performance.enable');
          return cdp;
        }),
      );
      const meter = cpuMeter(cdps, child.pid);
      let idle: CpuSpent | undefined;
      if (options.idle > 0) {
        log(`the pages left alone for ${options.idle} s`);
        await meter.start();
        await new Promise((resolve) => setTimeout(resolve, options.idle * 1000));
        idle = await meter.stop();
      }
      const panel = editor!.locator('#fact-panel');
      const warmUp = 10;
      const trips: Trip[] = [];
      const profiled = options.profile ? await sessions[1]!.context.newCDPSession(watchers[0]!) : undefined;
      for (let i = 0; i < warmUp + options.trips; i++) {
        const marker = `RT${i} `;
        if (i === warmUp) await meter.start();
        if (profiled && i === warmUp) {
          await profiled.send('Profiler.enable');
          await profiled.send('Profiler.start');
        }
        await panel.getByRole('button', { name: 'Edit', exact: true }).click();
        await panel.getByLabel('Summary', { exact: true }).fill(`${marker}Round trip ${i} of the edit benchmark`);
        await Promise.all(watchers.map((w) => watchFor(w, factId, marker)));
        await editor!.evaluate('window.__saved = 0; window.__clicked = 0');
        await editor!.getByRole('button', { name: 'Save', exact: true }).click();
        const seen = await Promise.all(watchers.map((w) => w.evaluate<Seen>('window.__seen')));
        await editor!.locator('#fact-title', { hasText: `${marker}Round trip ${i} ` }).waitFor();
        const { clicked, saved } = await editor!.evaluate<{ clicked: number; saved: number }>(
          '({ clicked: window.__clicked, saved: window.__saved })',
        );
        if (!(clicked > 0 && saved >= clicked)) throw new Error(`trip ${i}: the Save click or its 2xx was not seen`);
        const perPage = seen.map((t) => t.at - clicked);
        if (i >= warmUp)
          trips.push({
            saved: saved - clicked,
            allUpdated: Math.max(...perPage),
            perPage,
            feed: seen.flatMap((t) => (t.feedAt === undefined ? [] : [t.feedAt - clicked])),
            draw: seen.flatMap((t) => (t.feedAt === undefined ? [] : [t.at - t.feedAt])),
          });
        if ((i + 1) % 20 === 0) log(`${i + 1} of ${warmUp + options.trips} round trips`);
      }
      const spent = await meter.stop();
      if (profiled) {
        const { profile } = await profiled.send('Profiler.stop');
        const file = `${options.profile}.${dossier}.cpuprofile`;
        writeFileSync(file, JSON.stringify(profile));
        log(`a watching page's CPU profile: ${file} (node bench/run.mjs profileSummary ${file})`);
      }
      const offMachine = sessions.reduce((n, s) => n + s.offMachine.length, 0);
      return { trips, factId, entries, offMachine, idle, spent };
    } finally {
      await child.stop();
    }
  } finally {
    for (const s of sessions) await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function render(
  options: Options,
  results: readonly {
    dossier: 'demo' | number;
    trips: Trip[];
    entries: number;
    offMachine: number;
    idle: CpuSpent | undefined;
    spent: CpuSpent;
  }[],
): string {
  const machine = machineInfo(tmpdir());
  const ms = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(0));
  const row = (label: string, samples: readonly number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return `| ${label} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1)!)} |`;
  };
  const dossierArg = options.dossiers.join(',');
  return [
    `Command: \`npm run bench:edit-round-trip -- --dossier ${dossierArg} --pages ${options.pages} --trips ${options.trips}${options.inUse ? ' --in-use' : ''}\` · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · load average at the end ${loadAverage()}`,
    '',
    '| dossier · from the Save click to … | samples | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) => {
      const name = r.dossier === 'demo' ? 'demo' : `${r.dossier.toLocaleString('en-US')} facts`;
      return [
        row(
          `${name} · the write's 2xx`,
          r.trips.map((t) => t.saved),
        ),
        row(
          `${name} · **every other page updated**`,
          r.trips.map((t) => t.allUpdated),
        ),
        row(
          `${name} · each other page updated`,
          r.trips.flatMap((t) => t.perPage),
        ),
        row(
          `${name} · each other page: the feed's event`,
          r.trips.flatMap((t) => t.feed),
        ),
        row(
          `${name} · each other page: the event → on screen`,
          r.trips.flatMap((t) => t.draw),
        ),
      ];
    }),
    '',
    ...results.flatMap((r) => [
      `${r.dossier === 'demo' ? 'Demo dossier' : `${r.dossier.toLocaleString('en-US')} facts`}: ${r.entries} items on each page's chart; requests that tried to leave 127.0.0.1: ${r.offMachine}.`,
      ...(r.idle ? [`- ${cpuLine(r.idle, `left alone for ${options.idle} s`, 1)}`] : []),
      `- ${cpuLine(r.spent, 'per round trip (the measured trips)', r.trips.length)}`,
    ]),
    '',
  ].join('\n');
}

/** One line of CPU figures, divided by `per`. */
function cpuLine(spent: CpuSpent, what: string, per: number): string {
  const ms = (v: number) => (v / per).toFixed(0);
  const tasks = spent.pages.map((p) => p.task).sort((a, b) => a - b);
  const sum = (pick: (p: PageTimes) => number) => spent.pages.reduce((n, p) => n + pick(p), 0);
  const [task, script, layout, style] = [
    sum((p) => p.task),
    sum((p) => p.script),
    sum((p) => p.layout),
    sum((p) => p.style),
  ];
  const chromium = Object.values(spent.chromium).reduce((a, b) => a + b, 0);
  const byType = Object.entries(spent.chromium)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(', ');
  return (
    `${what}: each page's main thread ${ms(percentile(tasks, 50)!)} ms (median of ${tasks.length} pages; most ${ms(tasks.at(-1)!)} ms); ` +
    `the pages' main threads in all ${ms(task)} ms: script ${ms(script)}, layout ${ms(layout)}, style ${ms(style)}, the rest ${ms(task - script - layout - style)}; ` +
    `CPU of Chromium's processes ${ms(chromium)} ms (${byType}), of the server ${ms(spent.server)} ms`
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = stderrLog(now());
  const browser = await launchBrowser();
  try {
    const results = [];
    for (const dossier of options.dossiers) {
      results.push({ dossier, ...(await runDossier(browser, options, dossier, log)) });
      // Each dossier's figures are kept as soon as they are measured.
      if (options.out) writeFileSync(options.out, render(options, results));
    }
    process.stdout.write(render(options, results));
  } finally {
    await browser.close();
  }
}

await main();
