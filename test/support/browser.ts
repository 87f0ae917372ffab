import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), the first choice where it is installed. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests look for Chromium; tests of the choice itself pass their own. */
export interface ChromiumPlaces {
  readonly env: NodeJS.ProcessEnv;
  readonly systemPath: string;
}

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else Debian's, else the one
 * inside the `@sparticuz/chromium` package (its binary ships in the package, compressed, and is
 * unpacked to the temp directory on first use: nothing is downloaded).
 */
export async function chromiumPath(places: ChromiumPlaces = { env: process.env, systemPath: SYSTEM_CHROMIUM }) {
  const chosen = places.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH names no file: ${chosen}`);
    return chosen;
  }
  if (existsSync(places.systemPath)) return places.systemPath;
  // Only the binary is taken: the package's own flags (single process, web security off) are
  // meant for serverless functions and would weaken what the tests check.
  return (await import('@sparticuz/chromium')).default.executablePath();
}

/** Headless Chromium with no background traffic of its own. */
export async function launchBrowser(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? (await chromiumPath()),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
export interface PageSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests the page tried to send anywhere but 127.0.0.1 (each was aborted). */
  readonly offMachine: string[];
  /** Uncaught errors and console errors of the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

const isLoopback = (url: URL) =>
  url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:';

/**
 * A fresh context and page at 1440×900 (a laptop screen). Every request that would leave the
 * machine is aborted and recorded; local requests are not intercepted at all, so streams such as
 * the live feed flow untouched.
 */
export async function openPage(browser: Browser, options: { timeoutMs?: number } = {}): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  context.setDefaultTimeout(options.timeoutMs ?? 10_000);
  const offMachine: string[] = [];
  const errors: string[] = [];
  await context.route(
    (url) => !isLoopback(url),
    async (route) => {
      offMachine.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, offMachine, errors, close: () => context.close() };
}

/**
 * Waits, a frame at a time, until `condition` (a JavaScript expression) is true in the page. Playwright's
 * `waitForFunction` runs a string predicate through `eval` when it has to poll, which the page's CSP forbids; a
 * promise evaluated once checks the condition as the page's own code.
 */
export async function waitInPage(page: Page, condition: string): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const check = () => ((${condition}) ? resolve() : requestAnimationFrame(check));
    check();
  })`);
}
