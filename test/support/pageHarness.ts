import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { openPage, type PageSession } from './browser.ts';
import { browserSuite } from './browserSuite.ts';
import { startTestServer, type HttpFixture, type HttpFixtureOptions } from './httpFixture.ts';

export interface OpenedPage {
  readonly f: HttpFixture;
  readonly s: PageSession;
  readonly page: Page;
}

/**
 * Browser tests of the page: one Chromium for the suite, a fresh server over the demo dossier
 * per test, everything closed after each test. Call inside a `describe`.
 */
export function pageHarness() {
  const suite = browserSuite();
  const { cleanups } = suite;

  /** Another page on the same server (a second editor), live. */
  async function another(
    f: HttpFixture,
    path = '/',
    viewport?: { width: number; height: number },
  ): Promise<OpenedPage> {
    // Generous waits: the suite shares two cores with everything else the machine runs.
    const s = await openPage(suite.browser, { timeoutMs: 20_000 });
    cleanups.push(() => s.close());
    if (viewport) await s.page.setViewportSize(viewport);
    await s.page.goto(`${f.url}${path}`);
    await s.page.locator('#live-status[data-state="live"]').waitFor();
    return { f, s, page: s.page };
  }

  /** A fresh server (`prepare` applied through the API), then the page at `path`, live. */
  async function open(
    path = '/',
    options: {
      prepare?: (f: HttpFixture) => Promise<unknown>;
      server?: HttpFixtureOptions;
      viewport?: { width: number; height: number };
    } = {},
  ): Promise<OpenedPage> {
    const f = await startTestServer(options.server);
    cleanups.push(() => f.close());
    if (options.prepare) await options.prepare(f);
    return another(f, path, options.viewport);
  }

  return { open, another };
}

/** A JSON API call that must succeed. */
export async function ok(f: HttpFixture, method: string, path: string, body?: unknown): Promise<any> {
  const res = await f.request(method, path, body === undefined ? {} : { body });
  expect(res.status, `${method} ${path}: ${res.text}`).to.be.oneOf([200, 201]);
  return res.json;
}

/** Nothing left the machine and the page raised no error. */
export function expectClean(s: PageSession): void {
  expect(s.offMachine, 'requests that left 127.0.0.1').to.deep.equal([]);
  expect(s.errors, 'page errors').to.deep.equal([]);
}

/**
 * Puts the page's chart to use (its Fit button), so that the timeline library draws it in place of
 * the page's sketch (web/js/chartView.js), and waits for the library's first item.
 */
export async function useChart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.locator('#chart .vis-item').first().waitFor();
}
