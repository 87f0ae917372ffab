import { expect } from 'chai';
import { openPage, waitInPage } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { startTestServer } from '../support/httpFixture.ts';
import { useChart } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard';

describe('The chart before it is first used (headless Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  const { cleanups } = suite;

  async function open() {
    const f = await startTestServer();
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser);
    cleanups.push(() => s.close());
    await s.page.goto(`${f.url}/`);
    await s.page.locator('#live-status[data-state="live"]').waitFor();
    await s.page.locator('#chart .chart-sketch .it').first().waitFor();
    return { f, s, page: s.page };
  }

  it('is the page’s own sketch, lane for lane, until used; then the library draws it in the same box', async () => {
    const { page, s } = await open();

    expect(await page.evaluate('typeof window.vis'), 'the library has not run').to.equal('undefined');
    expect(await page.locator('#chart .vis-timeline').count()).to.equal(0);
    expect(
      await page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
      'the library fetched ahead, not run',
    ).to.have.length(2);
    const sketched = await page.locator('.chart-sketch .sketch-name .lane-name').allTextContents();
    expect(sketched).to.include.members(['Secretariat of National Defense', 'Mexico', 'Ken Salazar', 'Guacamaya']);
    const letter = page.locator(`.chart-sketch .it[data-fact-id="${LETTER}"]`);
    expect(await letter.count(), 'the letter, in each of its lanes').to.be.greaterThan(1);
    expect(await letter.first().getAttribute('aria-label')).to.match(
      /^2 May 2022 \(year uncertain\) \(uncertain\): US Ambassador Ken Salazar sent Foreign Minister/,
    );
    if (process.env.SKETCH_SHOT) await page.screenshot({ path: process.env.SKETCH_SHOT });
    const box = await page.locator('#chart').boundingBox();

    await useChart(page);
    expect(await page.locator('#chart .chart-sketch').count(), 'sketches left').to.equal(0);
    expect(
      await page.locator('.vis-labelset .lane-name').allTextContents(),
      'the same lanes in the same order',
    ).to.deep.equal(sketched);
    expect(await page.locator('#chart').boundingBox()).to.deep.equal(box);
    expect(s.offMachine).to.deep.equal([]);
    expect(s.errors).to.deep.equal([]);
  });

  it('follows the live feed, drawing again only the lanes of the changed fact, and opens the fact clicked on it', async () => {
    const { page, f, s } = await open();
    // Each lane is marked, and a lane that is taken out of the sketch (removed or moved) noted.
    await page.evaluate(`document.querySelectorAll('.sketch-lane').forEach((el) => (el.dataset.kept = 'yes'));
      window.__lanesTakenOut = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n.dataset?.kept) window.__lanesTakenOut += 1;
      }).observe(document.querySelector('.chart-sketch'), { childList: true });`);

    const res = await f.request('POST', `/api/facts/${LETTER}/summary`, {
      body: { summary: 'Salazar wrote to Ebrard about the scanners', reason: 'shorter' },
    });
    expect(res.status, res.text).to.equal(200);
    const fresh = page.locator(`.chart-sketch .it.is-fresh[data-fact-id="${LETTER}"]`, {
      hasText: 'Salazar wrote to Ebrard about the scanners',
    });
    await fresh.first().waitFor();
    expect(await page.evaluate('typeof window.vis'), 'the library has not run').to.equal('undefined');
    const lanes = await page.locator('.sketch-lane').evaluateAll(
      (els, letter) =>
        els.map((el) => ({
          kept: el.dataset.kept === 'yes',
          letter: el.querySelector(`[data-fact-id="${letter}"]`) !== null,
        })),
      LETTER,
    );
    expect(
      lanes.filter((l) => l.letter).map((l) => l.kept),
      'the letter’s lanes, drawn again',
    ).to.not.include(true);
    expect(
      lanes.filter((l) => !l.letter).map((l) => l.kept),
      'the other lanes, left alone',
    ).to.not.include(false);
    expect(lanes.filter((l) => !l.letter)).to.not.have.length(0);
    const letterLanes = lanes.filter((l) => l.letter).length;
    expect(await page.evaluate('window.__lanesTakenOut'), 'lanes taken out: the letter’s alone').to.equal(letterLanes);

    await fresh.first().click();
    await page
      .locator('#fact-panel')
      .getByRole('heading', { name: 'Salazar wrote to Ebrard about the scanners' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('fact')).to.equal(LETTER);
    // Selecting a fact is a use of the chart: the library's chart takes over, the fact selected.
    await page.locator('#chart .vis-item.vis-selected', { hasText: 'Salazar wrote to Ebrard' }).first().waitFor();
    expect(s.offMachine).to.deep.equal([]);
    expect(s.errors).to.deep.equal([]);
  });

  it('is drawn again for its box’s width: fewer steps on its axis in a narrower window', async () => {
    const { page, s } = await open();
    const ticks = () => page.locator('.chart-sketch .sketch-tick').count();
    const wide = await ticks();

    await page.setViewportSize({ width: 1000, height: 900 });

    await waitInPage(page, `document.querySelectorAll('.chart-sketch .sketch-tick').length < ${wide}`);
    expect(await ticks()).to.be.greaterThan(1);
    expect(s.errors).to.deep.equal([]);
  });

  it('hands the first key pressed on it to the library’s chart', async () => {
    const { page, s } = await open();

    await page.locator('#chart').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('#announcer', { hasText: /Fact 2 of 8/ }).waitFor();
    await page.locator('#chart .vis-item.vis-selected').first().waitFor();
    expect(await page.evaluate('document.activeElement.id')).to.equal('chart');
    expect(s.errors).to.deep.equal([]);
  });
});
