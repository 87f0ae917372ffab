import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/**
 * The hooks of a suite of browser tests: one Chromium for the suite (`browser`, once its `before`
 * hook has run), and `cleanups` run after each test, the last pushed first.
 */
export function browserSuite(): { readonly browser: Browser; readonly cleanups: (() => Promise<unknown>)[] } {
  let browser: Browser | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  });
  return {
    get browser(): Browser {
      if (browser === undefined) throw new Error('the suite launches its browser in its before hook');
      return browser;
    },
    cleanups,
  };
}
