import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { waitInPage, type PageSession } from '../support/browser.ts';
import type { HttpFixture } from '../support/httpFixture.ts';
import { expectClean, ok, pageHarness } from '../support/pageHarness.ts';

/** A short fictional article: full, yearless, month and open dates, a relative phrase, a known actor, non-events. */
const ARTICLE = `Harbour inspectors find faulty scanners

By Lucía Torres

The customs agency said on Tuesday, March 5, 2024, that two of its cargo scanners at the port of Veracruz had failed an inspection. Ken Salazar, the US ambassador, was told of the failure on March 7.

Inspectors from the Veracruz Port Authority first visited the port in January 2024. Ten days after the inspection, the agency ordered a review. The review must be finished by June.

The 2010 Customs Act requires a yearly check, and a 24-hour hotline is open.`;
const PUBLISHED = '2024-03-12';
const SOURCE = 'harbour-inspectors-find-faulty-scanners';
const REASON = `captured from ${SOURCE}`;

interface Draft {
  sources: { id: string }[];
  actors: { id: string; name: string }[];
  facts: { id: string; summary: string; when: string; relations: { type: string; fact: string; offset: string }[] }[];
  capture: { spans: { fact: string; phrase: string; confidence: number }[]; skipped: { phrase: string }[] };
}

/** What the server proposes for the article: the same request the desk sends. */
const draftOf = (f: HttpFixture): Promise<Draft> =>
  ok(f, 'POST', '/api/capture', { text: ARTICLE, publishedOn: PUBLISHED });

const view = (page: Page) => page.locator('#view-capture');
/** The card whose summary says `summary` (another card's relation may quote that summary too). */
const cardOf = (page: Page, summary: string) =>
  view(page).locator('.cap-card', { has: page.locator('.cap-summary', { hasText: summary }) });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const factOf = (draft: Draft, summary: string) => draft.facts.find((x) => x.summary.startsWith(summary))!;

/** The browser reports a refused request (a 400 the test provoked) as a console error: those are allowed. */
function expectCleanBut(s: PageSession, ...statuses: number[]): void {
  const expected = statuses.map((status) => `the server responded with a status of ${status}`);
  expectClean({ ...s, errors: s.errors.filter((e) => !expected.some((x) => e.includes(x))) });
}

async function readArticle(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Capture' }).click();
  await view(page).getByLabel('Article text').fill(ARTICLE);
  await view(page).getByLabel('Published on').fill(PUBLISHED);
  await button(page, 'Read the text').click();
  await view(page).getByRole('heading', { name: 'Review the proposed facts' }).waitFor();
}

/** Reads the article as a .txt file into the desk, and waits until it fills the text box. */
async function readArticleFile(page: Page): Promise<void> {
  await view(page)
    .getByLabel('Or read a file (.txt, .md, .html, .pdf)')
    .setInputFiles({ name: 'scanners.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  // Reading the file fills the text area (its value, which no selector sees).
  await waitInPage(page, `document.getElementById('cap-text').value.length > 0`);
}

/** Presses Tab until the focus is on the control named `name` (at most `max` times). */
async function tabTo(page: Page, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(`(() => {
      const el = document.activeElement;
      return (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim();
    })()`);
    if (focused === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('The capture desk (headless Chromium, the real capture route)', function () {
  this.timeout(120_000);
  const { open } = pageHarness();

  it('shows the pasted text with its date phrases highlighted beside one card per proposed fact', async () => {
    const { page, f, s } = await open('/');
    const draft = await draftOf(f);
    await readArticle(page);

    await view(page)
      .locator('.cap-card')
      .nth(draft.facts.length - 1)
      .waitFor();
    expect(await view(page).locator('.cap-card').count()).to.equal(draft.facts.length);
    const phrases = await view(page).locator('.cap-phrase button').allTextContents();
    expect(phrases.map((p) => p.replace(/\s*\(.*\)$/, '').trim())).to.deep.equal(
      draft.capture.spans.map((x) => x.phrase),
    );
    expect(await view(page).locator('.cap-skipped').allTextContents()).to.include(
      '2010 Customs Act (not an event: a law or plan named by its year)',
    );

    const byJune = factOf(draft, 'The review must be finished');
    const label = (await ok(f, 'GET', `/api/dates?edtf=${encodeURIComponent(byJune.when)}`)).label;
    const card = cardOf(page, 'The review must be finished');
    await card.locator('.cap-when strong', { hasText: label }).waitFor();
    expect(await card.locator('.cap-quote').textContent()).to.equal('The review must be finished by June.');
    const span = draft.capture.spans.find((x) => x.fact === byJune.id)!;
    expect(await card.locator('.cap-confidence strong').textContent()).to.equal(
      `${Math.round(span.confidence * 100)}%`,
    );
    await cardOf(page, 'Ken Salazar').locator('.chip', { hasText: 'Ken Salazar' }).waitFor();

    await card.getByRole('button', { name: 'Show in the text' }).click();
    expect(await page.evaluate('document.activeElement.textContent')).to.contain('by June');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).to.equal(`cap-card-${byJune.id}`);
    expectClean(s);
  });

  it('records accepted cards with the source, the new actors and the reason; a relation waits for its anchor', async () => {
    const { page, f, s } = await open('/');
    const draft = await draftOf(f);
    await readArticle(page);
    const review = factOf(draft, 'Ten days after the inspection');
    const anchor = review.relations[0]!.fact;
    const inspectors = factOf(draft, 'Inspectors from the Veracruz Port Authority');
    // "the inspection" is the inspectors' visit: the agent counts as the act (docs/design.md).
    expect(anchor).to.equal(inspectors.id);

    await cardOf(page, 'Ten days after the inspection').getByRole('button', { name: 'Accept' }).click();
    await cardOf(page, 'Ten days after the inspection').locator('.cap-accepted').waitFor();
    await cardOf(page, 'Ten days after the inspection')
      .locator('.cap-relations', { hasText: 'recorded once that fact is accepted' })
      .waitFor();
    expect((await ok(f, 'GET', `/api/facts/${review.id}`)).relations).to.deep.equal([]);
    const source = await ok(f, 'GET', `/api/sources/${SOURCE}`);
    expect(source).to.include({ title: 'Harbour inspectors find faulty scanners', publishedOn: PUBLISHED });

    await view(page).locator(`#cap-card-${anchor}`).getByRole('button', { name: 'Accept' }).click();
    await view(page).locator(`#cap-card-${anchor} .cap-accepted`).waitFor();
    await cardOf(page, 'Ten days after the inspection')
      .locator('.cap-relations', { hasText: '10 days after', hasNotText: 'recorded once' })
      .waitFor();
    const recorded = await ok(f, 'GET', `/api/facts/${review.id}`);
    expect(recorded.relations).to.deep.include({ kind: 'after', fact: anchor, offset: 'P10D' });
    expect(recorded.citations[0].source.id).to.equal(SOURCE);
    expect(recorded.citations[0].quote).to.equal(review.summary);
    const history = await ok(f, 'GET', `/api/facts/${review.id}/history`);
    expect(history.events.map((e: { type: string }) => e.type)).to.include('RelationAsserted');
    for (const event of history.events) expect(event.reason, event.type).to.equal(REASON);

    const fact = await ok(f, 'GET', `/api/facts/${inspectors.id}`);
    expect(fact.when.edtf).to.equal(inspectors.when);
    const proposed = draft.actors.filter((a) => fact.actors.some((x: { id: string }) => x.id === a.id));
    expect(proposed, 'an actor the registry did not hold').not.to.deep.equal([]);
    for (const actor of proposed) expect((await ok(f, 'GET', `/api/actors/${actor.id}`)).name).to.equal(actor.name);

    // The live feed brings the recorded facts to the timeline (its List shows every fact, in or out of the chart's window).
    await page.getByRole('tab', { name: 'List' }).click();
    for (const summary of ['Ten days after the inspection', 'Inspectors from the Veracruz Port Authority'])
      await page.locator('#entry-list li', { hasText: summary }).waitFor();
    await page.locator('#entry-list li', { hasText: 'Ten days after the inspection' }).locator('.entry-open').click();
    await page
      .locator('#fact-panel')
      .getByRole('heading', { name: 'Ten days after the inspection, the agency ordered a review.' })
      .waitFor();
    await page.locator('#fact-panel', { hasText: '10 days after' }).waitFor();
    expect(await view(page).isHidden()).to.equal(true);
    expectClean(s);
  });

  it('edits a card (the date read as it is typed, an actor added), drops one and accepts all above a confidence', async () => {
    const { page, f, s } = await open('/');
    const draft = await draftOf(f);
    await readArticle(page);
    const card = view(page).locator(`#cap-card-${factOf(draft, 'The review must be finished').id}`);
    // The fields open with the focus in the summary within the same task as the click, so that a key
    // or a click that follows at once goes where the analyst aims it.
    const cardId = `cap-card-${factOf(draft, 'The review must be finished').id}`;
    const focused = await page.evaluate(`(async () => {
      [...document.querySelectorAll('#${cardId} button')].find((b) => b.textContent === 'Edit').click();
      await Promise.resolve();
      return document.activeElement?.id;
    })()`);
    expect(focused).to.equal(`cap-${factOf(draft, 'The review must be finished').id}-summary`);
    const described = await card.getByLabel('Date (EDTF)').getAttribute('aria-describedby');
    expect(
      await page.locator(`#${described}`).getAttribute('class'),
      'the date field is described by the date line',
    ).to.equal('cap-when');
    await card.getByLabel('Date (EDTF)').fill('2024-06-30');
    await card.locator('.cap-when strong', { hasText: '30 June 2024' }).waitFor();
    await card.getByLabel('Date (EDTF)').fill('2024-02-30');
    await card.locator('.cap-when', { hasText: 'Not accepted' }).waitFor();
    await card.getByLabel('Date (EDTF)').fill('../2024-06-30');
    await card.getByLabel('Summary').fill('The agency must finish its review by 30 June');
    await card.getByLabel('Actor to add').fill('Sedena');
    await card.getByRole('button', { name: 'Add actor' }).click();
    await card.locator('.chip', { hasText: 'Secretariat of National Defense' }).waitFor();
    await card.getByRole('button', { name: 'Done' }).click();
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.locator('.cap-accepted').waitFor();
    const edited = await ok(f, 'GET', `/api/facts/${factOf(draft, 'The review must be finished').id}`);
    expect(edited).to.deep.include({ summary: 'The agency must finish its review by 30 June' });
    expect(edited.when.edtf).to.equal('../2024-06-30');
    expect(edited.actors.map((a: { id: string }) => a.id)).to.deep.equal(['sedena']);

    const dropped = factOf(draft, 'Ken Salazar');
    await cardOf(page, 'Ken Salazar').getByRole('button', { name: 'Drop' }).click();
    await cardOf(page, 'Ken Salazar').locator('.cap-status', { hasText: 'Dropped' }).waitFor();
    expect(await page.evaluate('document.activeElement.className')).to.contain('cap-card');

    await view(page).getByLabel('Accept all at or above').selectOption('0.9');
    const above = draft.facts.filter((x) => {
      const conf = draft.capture.spans.find((sp) => sp.fact === x.id)!.confidence;
      return conf >= 0.9 && x.id !== dropped.id && !x.summary.startsWith('The review must be finished');
    });
    const bulk = button(page, `Accept ${above.length} card${above.length === 1 ? '' : 's'}`);
    await bulk.click();
    await view(page)
      .locator('.cap-tally', { hasText: `${above.length + 1} accepted, 1 dropped` })
      .waitFor();
    for (const x of draft.facts) {
      const res = await f.request('GET', `/api/facts/${x.id}`);
      const expected = above.includes(x) || x.summary.startsWith('The review must be finished');
      expect(res.status, `${x.id} recorded`).to.equal(expected ? 200 : 404);
    }
    expectCleanBut(s, 400, 404);
  });

  it('refuses what it cannot read, naming the field: no text, a publication date that is not EDTF', async () => {
    const { page, s } = await open('/?view=capture');
    await button(page, 'Read the text').click();
    await view(page).locator('#cap-text-error', { hasText: 'Paste the article’s text' }).waitFor();
    expect(await view(page).getByLabel('Article text').getAttribute('aria-invalid')).to.equal('true');

    await view(page).getByLabel('Article text').fill(ARTICLE);
    await view(page).getByLabel('Published on').fill('March 2024');
    await button(page, 'Read the text').click();
    await view(page).locator('#cap-publishedOn-error').waitFor();
    expect(await view(page).getByLabel('Published on').getAttribute('aria-invalid')).to.equal('true');
    expect(await view(page).locator('.cap-card').count()).to.equal(0);
    expectCleanBut(s, 400);
  });

  it('reads a .txt file into the text box, and cites a picked source instead of a new one', async () => {
    const { page, f, s } = await open('/?view=capture');
    const draft = await draftOf(f);
    await view(page).getByLabel('Source').selectOption('yucatan-times-nuctech');
    await view(page).getByLabel('Title').waitFor();
    expect(await view(page).getByLabel('Title').inputValue()).to.equal(
      (await ok(f, 'GET', '/api/sources/yucatan-times-nuctech')).title,
    );
    await readArticleFile(page);
    expect(await view(page).getByLabel('Article text').inputValue()).to.equal(ARTICLE);
    await view(page).getByLabel('Published on').fill(PUBLISHED);
    await button(page, 'Read the text').click();
    const card = cardOf(page, 'Inspectors from the Veracruz Port Authority');
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.locator('.cap-accepted').waitFor();
    const sources = (await ok(f, 'GET', '/api/sources')).items.map((x: { sourceId: string }) => x.sourceId);
    expect(sources).not.to.include(SOURCE);
    const fact = await ok(f, 'GET', `/api/facts/${factOf(draft, 'Inspectors from the Veracruz').id}`);
    expect(fact.citations[0].source.id).to.equal('yucatan-times-nuctech');
    expectCleanBut(s, 404);
  });

  it('keeps a file read while the picked source’s text was loading, and says so', async () => {
    const { page, s } = await open('/?view=capture');
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/sources/yucatan-times-nuctech/text', async (route) => {
      asked();
      await released;
      await route.fallback();
    });
    await view(page).getByLabel('Source').selectOption('yucatan-times-nuctech');
    await requested;
    await readArticleFile(page);
    release();
    await view(page).locator('.cap-note', { hasText: 'Kept the text you gave' }).waitFor();
    expect(await view(page).getByLabel('Article text').inputValue()).to.equal(ARTICLE);
    expectClean(s);
  });

  it('works from the keyboard alone and finds no serious or critical axe violation in any state', async () => {
    const { page, f, s } = await open('/?view=capture');
    const draft = await draftOf(f);
    await view(page).getByLabel('Article text').waitFor();
    expect(await seriousViolations(page), 'input form').to.deep.equal([]);

    await page.getByRole('tab', { name: 'Capture' }).focus();
    await tabTo(page, 'Published on');
    await page.keyboard.insertText(PUBLISHED);
    await tabTo(page, 'Article text');
    await page.keyboard.insertText(ARTICLE);
    await tabTo(page, 'Read the text');
    await page.keyboard.press('Enter');
    await view(page).locator('.cap-card').first().waitFor();
    expect(await page.evaluate('document.activeElement.id'), 'the review’s heading').to.equal('cap-title');
    expect(await seriousViolations(page), 'review').to.deep.equal([]);

    const first = draft.facts[0]!;
    await tabTo(page, 'Accept', 80);
    await page.keyboard.press('Enter');
    await view(page).locator(`#cap-card-${first.id} .cap-accepted`).waitFor();
    await page.locator(`#cap-card-${draft.facts[1]!.id}:focus`).waitFor();
    await tabTo(page, 'Edit');
    await page.keyboard.press('Enter');
    await page.locator(`#cap-${draft.facts[1]!.id}-summary:focus`).waitFor();
    expect(await seriousViolations(page), 'editing a card').to.deep.equal([]);
    await tabTo(page, 'Drop');
    await page.keyboard.press('Enter');
    await view(page).locator(`#cap-card-${draft.facts[1]!.id} .cap-status`, { hasText: 'Dropped' }).waitFor();
    await page.locator(`#cap-card-${draft.facts[2]!.id}:focus`).waitFor();
    expect(await seriousViolations(page), 'accepted and dropped cards').to.deep.equal([]);
    expect((await f.request('GET', `/api/facts/${first.id}`)).status).to.equal(200);
    expectClean(s);
  });

  it('reflows at 320 px with no horizontal scrolling, and passes axe there, in every state', async () => {
    const { page, f, s } = await open('/?view=capture', { viewport: { width: 320, height: 640 } });
    const draft = await draftOf(f);
    const fits = async (state: string) => {
      const wide = await page.evaluate(`[...document.querySelectorAll('#view-capture *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'))
        .slice(0, 5)`);
      expect(
        await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'),
        `${state}: no horizontal scrolling (wider: ${JSON.stringify(wide)})`,
      ).to.equal(true);
      expect(await seriousViolations(page), `${state} at 320 px`).to.deep.equal([]);
    };
    await view(page).getByLabel('Article text').waitFor();
    await fits('the input form');
    await view(page).getByLabel('Article text').fill(ARTICLE);
    await view(page).getByLabel('Published on').fill(PUBLISHED);
    await button(page, 'Read the text').click();
    await view(page)
      .locator('.cap-card')
      .nth(draft.facts.length - 1)
      .waitFor();
    await fits('the review');
    const first = view(page).locator(`#cap-card-${draft.facts[0]!.id}`);
    await first.getByRole('button', { name: 'Edit' }).click();
    await page.locator(`#cap-${draft.facts[0]!.id}-summary`).waitFor();
    await fits('a card being edited');
    const second = view(page).locator(`#cap-card-${draft.facts[1]!.id}`);
    await second.getByRole('button', { name: 'Drop' }).click();
    await second.locator('.cap-status', { hasText: 'Dropped' }).waitFor();
    const third = view(page).locator(`#cap-card-${draft.facts[2]!.id}`);
    await third.getByRole('button', { name: 'Accept' }).click();
    await third.locator('.cap-accepted').waitFor();
    await fits('accepted and dropped cards');
    expectClean(s);
  });
});
