import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), the first choice where it is installed. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else Debian's. Without either
 * the tests fail with what to install, rather than fetching a browser.
 */
function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen !== undefined) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH names no file: ${chosen}`);
    return chosen;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    `the browser tests need Chromium: none at ${SYSTEM_CHROMIUM}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`,
  );
}

/** Headless Chromium with no background traffic of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
