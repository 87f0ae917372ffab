/**
 * Screenshots of the timeline page, its edit form, the sign-in form and the capture desk for the README
 * (`npm run screenshots`), 1440×900, into
 * docs/screenshots/. A fresh store in a temp directory with the demo dossier and a fixed clock,
 * so the pictures come out the same on every run; Debian's Chromium drives the page.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { seedDemo } from '../src/cli/serveCommand.ts';
import { steppingClock } from '../src/core/clock.ts';
import { parseTokens } from '../src/http/auth.ts';
import { startServer } from '../src/http/server.ts';
import { openChronicle } from '../src/main.ts';
import { launchBrowser, openPage } from '../test/support/browser.ts';
import { createTempDir } from '../test/support/tempDir.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const LETTER = 'salazar-letter-to-ebrard';
const ALERT = 'state-dept-report-to-sedena';
/** The seed story, as the capture evaluation holds it. */
const SEED_ARTICLE = new URL('../eval/articles/dev/nuctech-border-scanners.txt', import.meta.url);

/** The sign-in form of a server with tokens (a store of its own: the form shows no data). */
async function shootSignIn(browser: Browser): Promise<void> {
  const dir = await createTempDir('chronicle-screenshots-');
  const chronicle = await openChronicle({ storeUrl: `sqlite:${dir.file('chronicle.db')}` });
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('editor:alice:alice-editor-token-0123456789', 'screenshots'),
    port: 0,
  });
  const session = await openPage(browser);
  try {
    await session.page.goto(server.url);
    await session.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await session.page.getByLabel('Token', { exact: true }).fill('alice-editor-token');
    await session.page.screenshot({ path: `${OUT}sign-in.png` });
    console.log('docs/screenshots/sign-in.png');
    if (session.offMachine.length > 0 || session.errors.length > 0)
      throw new Error(`the sign-in page misbehaved: ${JSON.stringify(session)}`);
  } finally {
    await session.close();
    await server.close();
    await chronicle.close();
    await dir.remove();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const dir = await createTempDir('chronicle-screenshots-');
  const chronicle = await openChronicle({
    storeUrl: `sqlite:${dir.file('chronicle.db')}`,
    clock: steppingClock('2022-11-01T09:00:00Z', 1000),
  });
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'screenshots'),
    port: 0,
  });
  const browser = await launchBrowser();
  const session = await openPage(browser);
  const { page } = session;
  try {
    await shootSignIn(browser);
    await seedDemo(chronicle);
    const show = async (path: string, ready: string) => {
      await page.goto(`${server.url}${path}`);
      await page.locator('#live-status[data-state="live"]').waitFor();
      await page.locator(ready).first().waitFor();
      await page.mouse.move(0, 0);
    };
    const shoot = async (name: string) => {
      await page.screenshot({ path: `${OUT}${name}.png` });
      console.log(`docs/screenshots/${name}.png`);
    };

    // The timeline as a page opens it: the chart is the page's sketch until it is used.
    await show('/', '#chart .chart-sketch .it');
    await shoot('timeline-by-actor');

    await show(`/?actor=sedena&fact=${LETTER}`, '#fact-panel .revision');
    await shoot('fact-panel');

    // The README's exercise: re-date the alert to 21 April and the letter to a certain 2 May.
    const before = (await chronicle.store.headPosition())!;
    const revise = async (id: string, when: string, reason: string) => {
      const res = await fetch(`${server.url}/api/facts/${id}/date`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-chronicle-user': 'desk-editor' },
        body: JSON.stringify({ when, reason }),
      });
      if (!res.ok) throw new Error(`revising ${id}: HTTP ${res.status} ${await res.text()}`);
    };
    await revise(ALERT, '2022-04-21', 'a second source dates the cable 21 April');
    await revise(LETTER, '2022-05-02', 'the letter itself is dated 2 May 2022');

    await show('/?view=findings', '#findings .finding.sev-error');
    await shoot('findings');

    await show(`/?actor=sedena&asOf=${before}&fact=${LETTER}`, '#fact-panel .revision.is-later');
    // The panel scrolls on its own: bring the history (with the later revision marked) into view.
    await page.locator('#fact-panel').evaluate((panel) => {
      const history = panel.querySelector('.sec-history') as { offsetTop: number } | null;
      panel.scrollTop = (history?.offsetTop ?? 0) - 12;
    });
    await shoot('as-known-on');

    // Editing: the form with the date's preview, a conflict with another editor, a new fact.
    const panel = page.locator('#fact-panel');
    const scrollPanelTo = (selector: string) =>
      panel.evaluate((el, sel) => {
        const target = el.querySelector(sel);
        if (target) el.scrollTop += target.getBoundingClientRect().top - el.getBoundingClientRect().top - 12;
      }, selector);
    await show(`/?actor=sedena&fact=${LETTER}`, '#fact-panel .revision');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await panel.getByLabel('Date', { exact: true }).fill('2022-05-03');
    await panel.locator('#ed-when-preview', { hasText: 'Recorded as' }).waitFor();
    await panel.getByLabel('Reason', { exact: true }).fill('the letter is dated 3 May in the embassy’s copy');
    await scrollPanelTo('#ed-summary');
    await shoot('edit-fact');

    const res = await fetch(`${server.url}/api/facts/${LETTER}/place`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-chronicle-user': 'desk-editor' },
      body: JSON.stringify({ place: 'Mexico City', reason: 'the letter was delivered in Mexico City' }),
    });
    if (!res.ok) throw new Error(`changing the place: HTTP ${res.status} ${await res.text()}`);
    await panel.locator('.banner-changed').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.locator('.conflict').waitFor();
    await scrollPanelTo('.conflict');
    await shoot('edit-conflict');
    await page.getByRole('button', { name: 'Drop my edit', exact: true }).click();

    await page.getByRole('button', { name: 'New fact', exact: true }).click();
    await panel.getByLabel('Id', { exact: true }).fill('customs-audit');
    await panel
      .getByLabel('Summary', { exact: true })
      .fill('Customs audited the Nuctech scanners at the northern border');
    await panel.getByLabel('Date', { exact: true }).fill('2022-06~');
    await panel.locator('#ed-when-preview', { hasText: 'Recorded as' }).waitFor();
    await shoot('new-fact');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The capture desk: the seed story read for the Yucatan Times source, its first fact accepted.
    await show('/?view=capture', '#cap-text');
    const desk = page.locator('#view-capture');
    await desk.getByLabel('Source', { exact: true }).selectOption('yucatan-times-nuctech');
    await desk.locator('.cap-note:not(:empty)').waitFor();
    await desk.getByLabel('Article text', { exact: true }).fill(await readFile(SEED_ARTICLE, 'utf8'));
    await desk.getByLabel('Published on', { exact: true }).fill('2022-10');
    await page.getByRole('button', { name: 'Read the text', exact: true }).click();
    const first = desk.locator('.cap-card').first();
    await first.locator('.cap-when strong').waitFor();
    await first.getByRole('button', { name: 'Accept', exact: true }).click();
    await first.locator('.cap-accepted').waitFor();
    await desk.locator('.cap-card').nth(1).locator('.cap-when strong').waitFor();
    await desk.evaluate((el) => {
      el.scrollTop = 0;
    });
    await page.mouse.move(0, 0);
    await shoot('capture-desk');

    if (
      session.offMachine.length > 0 ||
      session.errors.some((e) => !e.includes('status of 412') && !e.includes('status of 404'))
    ) {
      throw new Error(
        `the page misbehaved: ${JSON.stringify({ offMachine: session.offMachine, errors: session.errors })}`,
      );
    }
  } finally {
    await session.close();
    await browser.close();
    await server.close();
    await chronicle.close();
    await dir.remove();
  }
}

await main();
