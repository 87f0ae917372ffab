import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { openPage, waitInPage, type PageSession } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { useChart } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard';

/** Before the page's scripts: every repeating timer the page asks for is noted. */
const NOTE_INTERVALS = `(() => {
  window.__intervals = [];
  const original = window.setInterval.bind(window);
  window.setInterval = (fn, ms, ...args) => {
    window.__intervals.push(ms);
    return original(fn, ms, ...args);
  };
})();`;

describe('An open timeline page does no work while nothing changes (headless Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  const { cleanups } = suite;

  async function open(prepare?: (page: Page) => Promise<unknown>): Promise<{ f: HttpFixture; s: PageSession }> {
    const f = await startTestServer();
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser);
    cleanups.push(() => s.close());
    await prepare?.(s.page);
    await s.page.goto(`${f.url}/`);
    await s.page.locator('#live-status[data-state="live"]').waitFor();
    await s.page.locator(`.it[data-fact-id="${LETTER}"]`).first().waitFor();
    return { f, s };
  }

  function expectClean(s: PageSession): void {
    expect(s.offMachine, 'requests that left 127.0.0.1').to.deep.equal([]);
    expect(s.errors, 'page errors').to.deep.equal([]);
  }

  it('polls nothing, and the chart still follows the size of its window', async () => {
    const { s } = await open((page) => page.addInitScript(NOTE_INTERVALS));
    const { page } = s;
    expect(await page.evaluate('window.__intervals'), 'repeating timers').to.deep.equal([]);
    await useChart(page);
    expect(await page.evaluate('window.__intervals'), 'repeating timers of the library').to.deep.equal([]);

    const width = () => page.evaluate<number>(`document.querySelector('#chart .vis-panel.vis-center').offsetWidth`);
    const before = await width();
    await page.setViewportSize({ width: 1100, height: 900 });
    await waitInPage(page, `document.querySelector('#chart .vis-panel.vis-center').offsetWidth < ${before - 200}`);
    expect(await width()).to.be.lessThan(before - 200);
    expectClean(s);
  });

  it('highlights a live change without an animation, and the highlight goes without the item being drawn again', async () => {
    const { f, s } = await open((page) => page.clock.install());
    const { page } = s;

    const res = await f.request('POST', `/api/facts/${LETTER}/summary`, {
      body: { summary: 'Salazar wrote to Ebrard about the scanners', reason: 'shorter' },
    });
    expect(res.status, res.text).to.equal(200);
    const fresh = page.locator(`.it.is-fresh[data-fact-id="${LETTER}"]`, { hasText: 'Salazar wrote to Ebrard' });
    await fresh.first().waitFor();
    expect(await page.evaluate('document.getAnimations().length'), 'animations running').to.equal(0);
    await page.evaluate(
      `document.querySelectorAll('.it[data-fact-id="${LETTER}"]').forEach((el) => el.dataset.kept = 'yes')`,
    );

    // The highlight lasts a few seconds (web/js/timelineActions.js): the page's clock is moved past them.
    await page.clock.fastForward(10_000);
    await page.locator(`.it[data-fact-id="${LETTER}"]:not(.is-fresh)`).first().waitFor();
    expect(await fresh.count(), 'items still highlighted').to.equal(0);
    expect(
      await page.locator(`.it[data-fact-id="${LETTER}"]:not([data-kept])`).count(),
      'items whose content was made again',
    ).to.equal(0);
    expectClean(s);
  });
});
