import { expect } from 'chai';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { openPage, type PageSession } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { startTestServer, type HttpFixture, type HttpFixtureOptions } from '../support/httpFixture.ts';
import { useChart } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard'; // ?2022-05-02, "ten days after" the alert
const ALERT = 'state-dept-report-to-sedena'; // ?2022-04-22
const XSS = '<script>window.__xss=1</script><img src=x onerror=window.__xss=2>';

describe('The timeline page (headless Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  const { cleanups } = suite;

  interface Opened {
    readonly f: HttpFixture;
    readonly s: PageSession;
    readonly page: Page;
  }

  /** A fresh server over the demo dossier, `prepare` applied through the API, then the page at `path`, live. */
  async function open(
    path = '/',
    { prepare, server }: { prepare?: (f: HttpFixture) => Promise<unknown>; server?: HttpFixtureOptions } = {},
  ): Promise<Opened> {
    const f = await startTestServer(server);
    cleanups.push(() => f.close());
    if (prepare) await prepare(f);
    const s = await openPage(suite.browser);
    cleanups.push(() => s.close());
    await s.page.goto(`${f.url}${path}`);
    await s.page.locator('#live-status[data-state="live"]').waitFor();
    return { f, s, page: s.page };
  }

  async function ok(f: HttpFixture, method: string, path: string, body?: unknown): Promise<any> {
    const res = await f.request(method, path, body === undefined ? {} : { body });
    expect(res.status, `${method} ${path}: ${res.text}`).to.be.oneOf([200, 201]);
    return res.json;
  }

  const recordFact = (f: HttpFixture, fact: Record<string, unknown>) =>
    ok(f, 'POST', '/api/facts', {
      actors: [{ id: 'sedena', role: 'auditor' }],
      topics: ['nuctech-scanners'],
      reason: 'new information',
      ...fact,
    });

  /** Nothing left the machine and the page raised no error. */
  function expectClean(s: PageSession): void {
    expect(s.offMachine, 'requests that left 127.0.0.1').to.deep.equal([]);
    expect(s.errors, 'page errors').to.deep.equal([]);
  }

  const listItem = (page: Page, factId: string) => page.locator(`#entry-list li[data-fact-id="${factId}"]`);

  describe('on the demo story', () => {
    it('draws actors as swimlanes and every fuzzy date as a range, loading nothing from off the machine', async () => {
      const { page, s } = await open('/');
      await useChart(page);

      await page.locator('#timeline-count', { hasText: '8 facts' }).waitFor();
      expect(await page.locator('#timeline-title').textContent()).to.equal('All facts');
      const lanes = await page.locator('.vis-labelset .lane-name').allTextContents();
      expect(lanes).to.include.members(['Secretariat of National Defense', 'Mexico', 'Ken Salazar', 'Guacamaya']);
      expect(await page.locator('.vis-item.vis-range.fz').count()).to.be.greaterThan(8);
      expect(await page.locator('.vis-item.vis-box, .vis-item.vis-point').count(), 'no fact drawn as a point').to.equal(
        0,
      );
      // "by October 2022" runs from the chart's edge, fading; "22 April 2022 (year uncertain)" is one day with a "?".
      const openStart = page.locator('.vis-item.fz-open-start', { hasText: 'by October 2022' }).first();
      await openStart.waitFor();
      const alert = page
        .locator('.vis-item.fz-day.fz-uncertain', { hasText: '22 April 2022 (year uncertain)' })
        .first();
      await alert.waitFor();
      expect(await alert.locator('.it-uncertain').textContent()).to.equal('?');
      const [openBox, dayBox] = [await openStart.boundingBox(), await alert.boundingBox()];
      expect(openBox!.width, 'an open start is drawn wide').to.be.greaterThan(200);
      expect(dayBox!.width, 'a day is drawn a few pixels wide, not more').to.be.lessThan(8);
      expectClean(s);
    });

    it('draws the days the relations narrow a date to inside its stated band, and lists the facts in that order', async () => {
      const { page, s } = await open('/');
      await useChart(page);

      // The hack is "by October 2022", after the DHS report of 22 April: its darker band starts on 22 April.
      const hack = page.locator('.vis-item.fz-narrowed', { hasText: 'The Guacamaya hacker collective' }).first();
      await hack.waitFor();
      expect(await hack.locator('.it').getAttribute('aria-label')).to.contain(
        'by October 2022, falls between 22 April 2022 and 31 October 2022 given its relations:',
      );
      const alert = page.locator('.vis-item.fz-day', { hasText: '22 April 2022 (year uncertain)' }).first();
      const [hackBox, alertBox] = [await hack.boundingBox(), await alert.boundingBox()];
      const band = await hack.evaluate((el) => {
        type Styles = {
          getComputedStyle(el: unknown, pseudo: string): { content: string; left: string; right: string };
        };
        const style = (globalThis as unknown as Styles).getComputedStyle(el, '::before');
        return { content: style.content, left: parseFloat(style.left), right: parseFloat(style.right) };
      });
      expect(band.content).to.equal('""');
      expect(hackBox!.x + band.left, 'the narrowed band starts on 22 April').to.be.closeTo(alertBox!.x, 4);
      expect(band.right, 'and runs to the end of October, where the stated band ends').to.be.closeTo(0, 1);
      expect(await page.locator('.vis-item.fz-narrowed', { hasText: 'Mexico installed dozens' }).count()).to.equal(0);

      await page.getByRole('tab', { name: 'List' }).click();
      const order = await page.locator('#entry-list > li').evaluateAll((items) => items.map((li) => li.dataset.factId));
      expect(order.indexOf('guacamaya-hacks-sedena')).to.be.greaterThan(order.indexOf('dhs-ia-report-via-us-embassy'));
      expect(await listItem(page, 'guacamaya-hacks-sedena').locator('.entry-narrowed').textContent()).to.equal(
        'between 22 April 2022 and 31 October 2022 given its relations',
      );
      expect(await listItem(page, 'mexico-installs-nuctech-equipment').locator('.entry-narrowed').count()).to.equal(0);

      await listItem(page, 'guacamaya-hacks-sedena').locator('.entry-open').click();
      await page
        .locator('#fact-panel .when-detail', {
          hasText:
            'Falls on or before 31 October 2022 · falls between 22 April 2022 and 31 October 2022 given its relations',
        })
        .waitFor();
      expectClean(s);
    });

    it('shows only Sedena’s facts once Sedena is picked, and keeps the choice in a shareable address', async () => {
      const { page, s } = await open('/');
      await useChart(page);

      await page.locator('#actor-sedena').check();

      await page.locator('#timeline-title', { hasText: 'Secretariat of National Defense' }).waitFor();
      await page.locator('#timeline-count', { hasText: '6 facts' }).waitFor();
      expect(new URL(page.url()).searchParams.getAll('actor')).to.deep.equal(['sedena']);
      expect(await page.locator('.vis-labelset .lane-name').allTextContents()).to.deep.equal([
        'Secretariat of National Defense',
      ]);
      await page.getByRole('tab', { name: 'List' }).click();
      expect(await page.locator('#entry-list > li').count()).to.equal(6);

      const shared = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } });
      cleanups.push(() => shared.close());
      await shared.goto(page.url());
      await shared.locator('#timeline-count', { hasText: '6 facts' }).waitFor();
      expect(await shared.locator('#actor-sedena').isChecked()).to.equal(true);
      expect(await shared.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).to.equal('true');
      expectClean(s);
    });

    it('opens the May 2 letter: its quotes, graded sources, relation to the April 22 alert, findings and history', async () => {
      const { page, f, s } = await open('/?actor=sedena');

      await page.locator('#chart .it', { hasText: '2 May 2022 (year uncertain)' }).first().click();

      const panel = page.locator('#fact-panel');
      await panel.getByRole('heading', { name: /Ken Salazar sent Foreign Minister Marcelo Ebrard a letter/ }).waitFor();
      expect(new URL(page.url()).searchParams.get('fact')).to.equal(LETTER);
      await panel.locator('.quote', { hasText: 'Ten days after this alert' }).waitFor();
      expect(await panel.locator('.grade-rel').allTextContents()).to.include('B source usually reliable');
      expect(await panel.locator('.grade-cred').allTextContents()).to.include('3 information possibly true');
      const relation = panel.locator('.relation', { has: page.locator(`[data-fact-id="${ALERT}"]`) });
      await relation.waitFor();
      expect(await relation.textContent()).to.match(/This is 10 days after\s*P10D\s*22 April 2022 \(year uncertain\)/);
      await panel.locator('.sec-findings').waitFor();
      await panel.locator('.revision', { hasText: 'test-editor' }).first().waitFor();
      expect(await panel.locator('.revision').first().textContent()).to.contain('Why: test import');

      await ok(f, 'POST', `/api/facts/${LETTER}/date`, {
        when: '2022-05-02',
        reason: 'the letter itself is dated 2 May 2022',
      });

      const revision = panel.locator('.revision').first();
      await revision.filter({ hasText: 'Date revised from ?2022-05-02 to 2022-05-02' }).waitFor();
      expect(await revision.textContent()).to.contain('Why: the letter itself is dated 2 May 2022');
      await relation.locator('button').click();
      await panel.getByRole('heading', { name: /A US intelligence report/ }).waitFor();
      expectClean(s);
    });
  });

  describe('"as known on"', () => {
    it('returns the timeline to what was known then, and back to now', async () => {
      let revisedAt = 0;
      const { page, s } = await open('/?actor=sedena&view=list', {
        prepare: async (f) => {
          await ok(f, 'POST', `/api/facts/${LETTER}/date`, {
            when: '2022-05-02',
            reason: 'the letter itself is dated 2 May 2022',
          });
          const { events } = await ok(f, 'GET', `/api/facts/${LETTER}/history`);
          revisedAt = Number(events.at(-1).position);
        },
      });
      const letterDate = listItem(page, LETTER).locator('.entry-label');
      await letterDate.filter({ hasText: /^2 May 2022$/ }).waitFor();

      await page.getByRole('slider', { name: 'As known after log event' }).fill(String(revisedAt - 1));

      await listItem(page, LETTER).locator('.entry-label', { hasText: '2 May 2022 (year uncertain)' }).waitFor();
      expect(new URL(page.url()).searchParams.get('asOf')).to.equal(String(revisedAt - 1));
      await page.locator('#asof-label', { hasText: `after event ${revisedAt - 1} of ${revisedAt}` }).waitFor();
      expect(await page.locator('#timeline-count').textContent()).to.equal('6 facts as known then');

      await page.getByLabel('As known on date').fill('2022-10-31'); // the test clock starts on 1 November 2022
      await page.locator('#timeline-count', { hasText: '0 facts as known then' }).waitFor();

      await page.getByRole('button', { name: 'Now' }).click();
      await letterDate.filter({ hasText: /^2 May 2022$/ }).waitFor();
      expect(new URL(page.url()).searchParams.has('asOf')).to.equal(false);
      expectClean(s);
    });
  });

  describe('live', () => {
    it('shows a fact recorded through the API within a second, highlighted', async () => {
      const { page, f, s } = await open('/');
      await useChart(page);

      await recordFact(f, {
        id: 'customs-audit',
        summary: 'Customs audited the Nuctech scanners at the northern border',
        when: '2022-06~',
      });

      const item = page
        .locator('.vis-item:has(.it.is-fresh)', { hasText: 'Customs audited the Nuctech scanners' })
        .first();
      await item.waitFor({ timeout: 1000 });
      expect(await item.locator('.it-when').textContent()).to.equal('c. June 2022');
      expect(await item.getAttribute('class')).to.contain('fz-approx');
      await page.locator('#timeline-count', { hasText: '9 facts' }).waitFor();
      await page.getByRole('tab', { name: 'List' }).click();
      expect(await listItem(page, 'customs-audit').locator('.tag-fresh').textContent()).to.equal('new ');
      expectClean(s);
    });

    it('draws a change to a fact’s own text from the feed’s entry alone, and a date change before the timeline is read again', async () => {
      const { page, f, s } = await open('/');
      await page.locator('#chart .it', { hasText: '2 May 2022' }).first().waitFor();
      // From here on the page's reads of the timeline never answer: what changes comes from the feed.
      const held: unknown[] = [];
      let reloadAsked!: () => void;
      const reloaded = new Promise<void>((resolve) => (reloadAsked = resolve));
      await page.route('**/api/timelines?**', (route) => {
        held.push(route);
        reloadAsked();
      });

      await ok(f, 'POST', `/api/facts/${LETTER}/summary`, { summary: 'Salazar wrote to Ebrard about the scanners' });
      await page
        .locator(`.it[data-fact-id="${LETTER}"] .it-sum`, { hasText: 'Salazar wrote to Ebrard about the scanners' })
        .first()
        .waitFor();
      await page.locator(`.it.is-fresh[data-fact-id="${LETTER}"]`).first().waitFor();
      expect(held, 'a summary touches no other entry: nothing is read again').to.have.length(0);

      // A date may narrow other facts' dates through relations: that change is read again.
      await ok(f, 'POST', `/api/facts/${LETTER}/date`, { when: '2022-05-03', reason: 'the letter is dated' });
      await page.locator(`.it[data-fact-id="${LETTER}"]`, { hasText: '3 May 2022' }).first().waitFor();
      await reloaded;
      expect(held, 'one read, for the date alone').to.have.length(1);
      expect(s.offMachine).to.deep.equal([]);
    });

    it('redraws only the items a live change touched, leaving the others as they were drawn', async () => {
      const { page, f, s } = await open('/');
      await useChart(page);
      const other = page.locator(`.it[data-fact-id="${ALERT}"]`).first();
      await other.waitFor();
      await other.evaluate((el) => el.setAttribute('data-kept', 'yes'));
      // The reload the change asks for is marked, so the test knows when it has been drawn.
      await page.route('**/api/timelines?**', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { entries: { factId: string; summary: string }[] };
        for (const entry of body.entries) if (entry.factId === LETTER) entry.summary = `(read again) ${entry.summary}`;
        // The body is sent as read (not in the coding the server chose for it).
        await route.fulfill({ status: response.status(), json: body });
      });

      // A new fact may be related to others: the timeline is read again (and marked) after it is drawn.
      await recordFact(f, { id: 'customs-audit', summary: 'Customs audited the scanners', when: '2022-06~' });
      await page.locator(`.it[data-fact-id="${LETTER}"] .it-sum`, { hasText: '(read again)' }).first().waitFor();
      expect(await page.locator(`.it[data-fact-id="${ALERT}"][data-kept="yes"]`).count()).to.be.greaterThan(0);
      expectClean(s);
    });

    it('reconnects by itself after the server restarts and shows what was recorded meanwhile', async () => {
      const { page, f, s } = await open('/?actor=sedena', { server: { feed: { retryMs: 100 } } });
      await recordFact(f, { id: 'first-audit', summary: 'First audit of the scanners', when: '2022-06-01' });
      await page.locator('#chart .it', { hasText: 'First audit of the scanners' }).first().waitFor();

      await f.server.close();
      await page.locator('#live-status:not([data-state="live"])').waitFor();
      const again = await startServer({
        chronicle: f.chronicle,
        logger: pino({ level: 'silent' }),
        tokens: parseTokens('', 'test'),
        host: '127.0.0.1',
        port: f.server.port,
        feed: { retryMs: 100 },
      });
      cleanups.push(() => again.close());
      const res = await fetch(`${again.url}/api/facts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'second-audit',
          summary: 'Second audit of the scanners',
          when: '2022-07-01',
          actors: [{ id: 'sedena', role: 'auditor' }],
        }),
      });
      expect(res.status).to.equal(201);

      await page.locator('#chart .it', { hasText: 'Second audit of the scanners' }).first().waitFor();
      await page.locator('#live-status[data-state="live"]').waitFor();
      await page.locator('#timeline-count', { hasText: '8 facts' }).waitFor();
      expect(s.offMachine).to.deep.equal([]);
    });

    it('hides a fact retracted while the page is open, and shows it struck through when asked', async () => {
      const { page, f, s } = await open('/?view=list');
      await listItem(page, LETTER).waitFor();

      await ok(f, 'POST', `/api/facts/${LETTER}/retraction`, { reason: 'the letter could not be verified' });

      await listItem(page, LETTER).waitFor({ state: 'detached' });
      await page.getByLabel('Show retracted facts').check();
      await listItem(page, LETTER).locator('.tag-retracted').waitFor();
      expect(await listItem(page, LETTER).getAttribute('class')).to.contain('is-retracted');
      expect(new URL(page.url()).searchParams.get('retracted')).to.equal('1');
      await page.reload();
      await listItem(page, LETTER).locator('.tag-retracted').waitFor();
      expectClean(s);
    });
  });

  describe('user text', () => {
    it('renders a summary containing <script> as text and runs none of it', async () => {
      const { page, f, s } = await open('/?view=list', {
        prepare: (f) => recordFact(f, { id: 'xss-before', summary: XSS, when: '2022-06-01' }),
      });
      await recordFact(f, { id: 'xss-live', summary: XSS, when: '2022-06-02' });

      for (const id of ['xss-before', 'xss-live']) {
        await listItem(page, id).waitFor();
        expect(await listItem(page, id).locator('.entry-open').textContent()).to.contain(XSS);
      }
      await page.getByRole('tab', { name: 'Timeline' }).click();
      expect(await page.locator('#chart .it-sum', { hasText: '<script>window.__xss=1</script>' }).count()).to.equal(2);
      await page.locator('#chart .it', { hasText: '<script>' }).first().click();
      await page.locator('#fact-panel .sec-history .revision').first().waitFor();
      expect(await page.locator('#fact-title').textContent()).to.equal(XSS);

      expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).to.equal(undefined);
      expect(await page.locator('#views img, #fact-panel img, #views script, #fact-panel script').count()).to.equal(0);
      expectClean(s);
    });
  });

  describe("the editor's view", () => {
    it('lists the findings errors first, and jumps from a finding to its facts on the timeline', async () => {
      const { page, s } = await open('/?view=findings', {
        prepare: async (f) => {
          await ok(f, 'POST', `/api/facts/${ALERT}/date`, {
            when: '2022-04-21',
            reason: 'the cable is dated 21 April',
          });
          await ok(f, 'POST', `/api/facts/${LETTER}/date`, {
            when: '2022-05-02',
            reason: 'the letter itself is dated 2 May 2022',
          });
        },
      });

      const first = page.locator('#findings .finding').first();
      await first.waitFor();
      expect(await first.getAttribute('class')).to.contain('sev-error');
      expect(await first.locator('code').textContent()).to.equal('relation-violated');
      expect(await first.locator('.finding-message').textContent()).to.contain('they are 11 days apart');
      expect(await page.locator('#findings-count').textContent()).to.equal('(1 error)');

      await first.getByRole('button', { name: /US Ambassador Ken Salazar/ }).click();

      expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).to.equal('true');
      await page
        .locator('#fact-panel')
        .getByRole('heading', { name: /Ken Salazar sent Foreign Minister/ })
        .waitFor();
      await page.locator('.vis-item.vis-selected', { hasText: '2 May 2022' }).first().waitFor();
      expectClean(s);
    });
  });

  describe('accessibility', () => {
    it('labels every control and can be used from the keyboard alone', async () => {
      const { page, s } = await open('/?actor=sedena');

      const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label') && !el.textContent.trim())
        .map((el) => el.outerHTML)`);
      expect(unlabelled).to.deep.equal([]);

      await page.locator('#chart').focus();
      // The first fact in the timeline's order: 22 April (an open start stands at its latest day, 2 May).
      await page.keyboard.press('ArrowRight');
      await page
        .locator('#fact-panel')
        .getByRole('heading', { name: /A US intelligence report/ })
        .waitFor();
      await page.keyboard.press('End');
      await page
        .locator('#fact-panel')
        .getByRole('heading', { name: /Ken Salazar sent Foreign Minister/ })
        .waitFor();
      await page.keyboard.press('Enter');
      await page.locator('#fact-title:focus').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('#fact-panel').waitFor({ state: 'hidden' });
      await page.locator('#chart:focus').waitFor();

      await page.getByRole('tab', { name: 'Timeline' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: 'List' }).getAttribute('aria-selected')).to.equal('true');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('#fact-panel h2').waitFor();
      expectClean(s);
    });
  });
});
