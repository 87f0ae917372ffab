import { expect } from 'chai';
import type { Route } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { startTestServer } from '../support/httpFixture.ts';

describe('The chart before its library has loaded (headless Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  const { cleanups } = suite;

  it('is sketched by the page from the timeline it read, lane for lane, in a box that does not move when the library draws', async () => {
    const f = await startTestServer();
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser);
    cleanups.push(() => s.close());
    const { page } = s;
    // The library's script is held until the sketch has been looked at.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/vendor/vis-timeline-*/vis-timeline-graph2d.min.js', async (route: Route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${f.url}/`);

    await page.locator('#chart .chart-sketch .sketch-text').first().waitFor();
    expect(await page.locator('#chart .vis-timeline').count(), 'the library has not drawn').to.equal(0);
    const sketched = await page.locator('.chart-sketch .sketch-name .lane-name').allTextContents();
    expect(sketched).to.include.members(['Secretariat of National Defense', 'Mexico', 'Ken Salazar', 'Guacamaya']);
    const letter = page.locator('.chart-sketch .it-sum', {
      hasText: 'US Ambassador Ken Salazar sent Foreign Minister',
    });
    expect(await letter.count(), 'the letter, in each of its lanes').to.be.greaterThan(1);
    if (process.env.SKETCH_SHOT) await page.screenshot({ path: process.env.SKETCH_SHOT });
    expect(await page.locator('.chart-sketch').getAttribute('aria-hidden')).to.equal('true');
    const box = await page.locator('#chart').boundingBox();

    release();
    await page.locator('#live-status[data-state="live"]').waitFor();
    await page.locator('#chart .vis-item').first().waitFor();
    expect(await page.locator('#chart .chart-sketch').count(), 'sketches left').to.equal(0);
    expect(
      await page.locator('.vis-labelset .lane-name').allTextContents(),
      'the same lanes in the same order',
    ).to.deep.equal(sketched);
    expect(await page.locator('#chart').boundingBox()).to.deep.equal(box);
    expect(s.offMachine).to.deep.equal([]);
    expect(s.errors).to.deep.equal([]);
  });

  it('is on screen before the library runs', async () => {
    const f = await startTestServer();
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser);
    cleanups.push(() => s.close());
    const { page } = s;
    // Notes, when the library's script sets window.vis, whether the sketch was in the page.
    await page.addInitScript(`(() => {
      let vis;
      Object.defineProperty(window, 'vis', {
        configurable: true,
        get: () => vis,
        set: (value) => {
          window.__sketchWhenLibraryRan = document.querySelectorAll('#chart .chart-sketch .sketch-text').length;
          vis = value;
        },
      });
    })();`);
    await page.goto(`${f.url}/`);
    await page.locator('#live-status[data-state="live"]').waitFor();
    await page.locator('#chart .vis-item').first().waitFor();
    expect(await page.evaluate('window.__sketchWhenLibraryRan')).to.be.greaterThan(0);
    expect(s.errors).to.deep.equal([]);
  });
});
