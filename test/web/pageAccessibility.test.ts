import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { expectClean, ok, pageHarness } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard';
const ALERT = 'state-dept-report-to-sedena';
const panel = (page: Page) => page.locator('#fact-panel');
const noHorizontalScroll = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
/** Whether the focus is inside the fact panel. */
const focusInPanel = (page: Page) =>
  page.evaluate('document.getElementById("fact-panel").contains(document.activeElement)');
const mainInert = (page: Page) => page.evaluate('document.getElementById("main").inert');

describe('The timeline page’s accessibility (headless Chromium, axe-core)', function () {
  this.timeout(120_000);
  const { open } = pageHarness();

  describe('axe-core (WCAG 2.0–2.2 A and AA, best practices)', () => {
    it('finds no serious or critical violation on the timeline, the panel, the list, the findings and as-of', async () => {
      const { page, s } = await open('/?actor=sedena', {
        prepare: (f) => ok(f, 'POST', `/api/facts/${ALERT}/date`, { when: '2022-04-21', reason: 'a second source' }),
      });
      await page.locator('#chart .it').first().waitFor();
      expect(await seriousViolations(page), 'timeline').to.deep.equal([]);

      await page.locator('#chart .it', { hasText: '2 May 2022' }).first().click();
      await panel(page).locator('.revision').first().waitFor();
      expect(await seriousViolations(page), 'fact panel').to.deep.equal([]);

      await page.getByRole('tab', { name: 'List' }).click();
      expect(await seriousViolations(page), 'list').to.deep.equal([]);

      await page.getByRole('tab', { name: /Findings/ }).click();
      await page.locator('#findings .finding').first().waitFor();
      expect(await seriousViolations(page), 'findings').to.deep.equal([]);

      await page.getByLabel('As known on date').fill('2022-10-31');
      await page.locator('#timeline-count', { hasText: 'as known then' }).waitFor();
      expect(await seriousViolations(page), 'as known on').to.deep.equal([]);
      expectClean(s);
    });

    it('finds none at 320 px wide, with the filters open and with the panel as a dialog', async () => {
      const { page, s } = await open('/', { viewport: { width: 320, height: 640 } });
      await page.locator('#chart .it').first().waitFor();
      expect(await seriousViolations(page), 'narrow timeline').to.deep.equal([]);
      await page.getByRole('button', { name: 'Filters' }).click();
      expect(await seriousViolations(page), 'narrow filters').to.deep.equal([]);
      await page.goto(`${page.url().split('?')[0]}?fact=${LETTER}`);
      await page.getByRole('dialog').locator('.revision').first().waitFor();
      expect(await seriousViolations(page), 'narrow dialog').to.deep.equal([]);
      expectClean(s);
    });
  });

  describe('the keyboard and screen readers', () => {
    it('names each fact the arrows reach, as the active descendant and aloud; Home and End go to the ends', async () => {
      const { page, s } = await open('/');
      const chart = page.locator('#chart');
      await page.locator('#chart .it').first().waitFor();
      await chart.focus();

      await page.keyboard.press('End');
      // Last in the timeline's order: "by October 2022", no relation, stands at the end of October.
      await panel(page)
        .getByRole('heading', { name: /Mexico installed dozens/ })
        .waitFor();
      await page.locator('#announcer', { hasText: /Fact 8 of 8/ }).waitFor();
      await page.locator('#chart[aria-activedescendant]').waitFor();
      const active = await chart.getAttribute('aria-activedescendant');
      const activeName = await page.locator(`[id="${active}"]`).getAttribute('aria-label');
      expect(activeName).to.match(/^by October 2022: Mexico installed dozens/);
      const visible = await page.locator(`[id="${active}"]`).boundingBox();
      const box = await chart.boundingBox();
      expect(visible!.y, 'the last fact’s lane is scrolled into view').to.be.within(box!.y, box!.y + box!.height);

      await page.keyboard.press('Home');
      await panel(page)
        .getByRole('heading', { name: /A US intelligence report/ })
        .waitFor();
      await page.locator('#announcer', { hasText: /Fact 1 of 8/ }).waitFor();
      expectClean(s);
    });

    it('gives the focus back to the list row the panel was opened from', async () => {
      const { page, s } = await open('/?view=list');
      const row = page.locator(`#entry-list li[data-fact-id="${LETTER}"] .entry-open`);
      await row.focus();
      await page.keyboard.press('Enter');
      await page.locator('#fact-title:focus').waitFor();
      await panel(page).locator('.revision').first().waitFor();

      await page.keyboard.press('Escape');

      await panel(page).waitFor({ state: 'hidden' });
      expect(await page.evaluate('document.activeElement?.closest("li")?.dataset.factId')).to.equal(LETTER);
      expectClean(s);
    });

    it('reads an actor chip as its name and role', async () => {
      const { page, s } = await open(`/?fact=${LETTER}`);
      const chip = panel(page).getByRole('button', { name: 'Show only Ken Salazar, sender' });
      await chip.waitFor();
      expectClean(s);
    });
  });

  describe('small screens', () => {
    it('reflows at 320 px: no horizontal scrolling, the chart gets the width, the filters fold away', async () => {
      const { page, s } = await open('/', { viewport: { width: 320, height: 640 } });
      await page.locator('#chart .it').first().waitFor();

      expect(await noHorizontalScroll(page)).to.equal(true);
      expect((await page.locator('#chart').boundingBox())!.width).to.be.greaterThan(280);
      expect(await page.locator('#sidebar').isVisible()).to.equal(false);
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByLabel('Search the text').waitFor();
      expect(await noHorizontalScroll(page)).to.equal(true);
      for (const view of ['List', 'Findings']) {
        await page.getByRole('tab', { name: new RegExp(view) }).click();
        expect(await noHorizontalScroll(page), view).to.equal(true);
      }
      expectClean(s);
    });

    it('reflows at 320 px in the panel, the edit form and as-of too, which pass axe there', async () => {
      const { page, s } = await open(`/?fact=${LETTER}`, { viewport: { width: 320, height: 640 } });
      const panelFits = () =>
        page.evaluate('(p => p.scrollWidth <= p.clientWidth)(document.getElementById("fact-panel"))');
      await panel(page).locator('.revision').first().waitFor();
      expect(await noHorizontalScroll(page), 'panel').to.equal(true);
      expect(await panelFits(), 'panel').to.equal(true);

      await panel(page).getByRole('button', { name: 'Edit', exact: true }).click();
      await panel(page).getByLabel('Summary', { exact: true }).waitFor();
      expect(await noHorizontalScroll(page), 'edit form').to.equal(true);
      expect(await panelFits(), 'edit form').to.equal(true);
      expect(await seriousViolations(page), 'edit form at 320 px').to.deep.equal([]);
      await panel(page).getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.keyboard.press('Escape');
      await panel(page).waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByLabel('As known on date').fill('2022-10-31');
      await page.locator('#timeline-count', { hasText: 'as known then' }).waitFor();
      expect(await noHorizontalScroll(page), 'as known on').to.equal(true);
      expect(await seriousViolations(page), 'as known on at 320 px').to.deep.equal([]);
      expectClean(s);
    });

    it('edits a fact with the keyboard alone: Tab reaches Edit, the fields and Save', async () => {
      const { page, f, s } = await open(`/?fact=${LETTER}`);
      await panel(page).locator('.revision').first().waitFor();
      /** Presses Tab until the focused element is `what`; fails after 80 presses. */
      const tabTo = async (what: string, test: string) => {
        for (let i = 0; i < 80; i++) {
          if (await page.evaluate(test)) return;
          await page.keyboard.press('Tab');
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const focusedButton = (name: string) =>
        `document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === ${JSON.stringify(name)}`;
      await tabTo('Edit', focusedButton('Edit'));
      await page.keyboard.press('Enter');
      await tabTo('Summary', `document.activeElement?.labels?.[0]?.textContent.trim() === 'Summary'`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Salazar wrote to Ebrard, typed with the keyboard alone');
      await tabTo('Save', focusedButton('Save'));
      await page.keyboard.press('Enter');
      await page.locator('#fact-title', { hasText: 'typed with the keyboard alone' }).waitFor();
      expect((await ok(f, 'GET', `/api/facts/${LETTER}`)).summary).to.equal(
        'Salazar wrote to Ebrard, typed with the keyboard alone',
      );
      expectClean(s);
    });

    it('shows the panel as a modal dialog where it overlays: Tab stays inside, Esc closes it', async () => {
      const { page, s } = await open('/?view=list', { viewport: { width: 720, height: 450 } });
      await page.locator(`#entry-list li[data-fact-id="${LETTER}"] .entry-open`).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('.revision').first().waitFor();
      expect(await dialog.getAttribute('aria-modal')).to.equal('true');
      expect(await mainInert(page)).to.equal(true);

      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        expect(await focusInPanel(page), `after ${i + 1} Tab presses`).to.equal(true);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.locator(`#entry-list li[data-fact-id="${LETTER}"] .entry-open:focus`).waitFor();
      expect(await mainInert(page)).to.equal(false);
      expectClean(s);
    });
  });
});
