import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { openPage, type PageSession } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { expectClean } from '../support/pageHarness.ts';

const ALICE = 'alice-editor-token-0123456789';
const BOB = 'bob-reader-token-0123456789';
const TOKENS = `editor:alice:${ALICE},reader:bob:${BOB}`;
const LETTER = 'salazar-letter-to-ebrard';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The browser reports a refusal the test provoked (a 401, a 403) as a console error: those are allowed. */
function expectCleanBut(s: PageSession, ...statuses: number[]): void {
  const expected = statuses.map((status) => `the server responded with a status of ${status}`);
  expectClean({ ...s, errors: s.errors.filter((e) => !expected.some((x) => e.includes(x))) });
}

describe('Signing in on the page (headless Chromium)', function () {
  this.timeout(120_000);
  const suite = browserSuite();
  const { cleanups } = suite;

  /** A server with tokens, and a page on it showing the sign-in form. */
  async function openSignedOut(path = '/'): Promise<{ f: HttpFixture; s: PageSession; page: Page }> {
    const f = await startTestServer({ tokens: TOKENS });
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser, { timeoutMs: 20_000 });
    cleanups.push(() => s.close());
    await s.page.goto(`${f.url}${path}`);
    await s.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    return { f, s, page: s.page };
  }

  async function signIn(page: Page, token: string): Promise<void> {
    await page.getByLabel('Token', { exact: true }).fill(token);
    await button(page, 'Sign in').click();
    await page.locator('#live-status[data-state="live"]').waitFor();
  }

  it('shows the sign-in form, which passes axe (down to 320 px) and refuses a wrong token in words', async () => {
    const { page, s } = await openSignedOut();
    expect(await page.locator('#main').isVisible(), 'the timeline hides behind the form').to.equal(false);
    expect(await page.evaluate('document.activeElement.id')).to.equal('sign-in-token');
    expect(await seriousViolations(page), 'sign-in form').to.deep.equal([]);

    await page.getByLabel('Token', { exact: true }).fill('not-a-token-of-this-server');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'This token is not one the server knows' }).waitFor();
    expect(await page.getByLabel('Token', { exact: true }).getAttribute('aria-invalid')).to.equal('true');
    expect(await seriousViolations(page), 'sign-in form with its problem').to.deep.equal([]);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await seriousViolations(page), 'sign-in form at 320 px').to.deep.equal([]);
    expect(
      await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'),
      'no horizontal scrolling at 320 px',
    ).to.equal(true);
    expectCleanBut(s, 401);
  });

  it('shows a reader no edit controls, and a write forged from the reader’s page gets 403', async () => {
    const { page, s } = await openSignedOut(`/?fact=${LETTER}`);
    await signIn(page, BOB);
    await page.locator('#account-name', { hasText: 'Signed in as bob (reader)' }).waitFor();
    await page.locator('#fact-panel .revision').first().waitFor();
    expect(await button(page, 'New fact').isVisible()).to.equal(false);
    expect(await page.locator('#fact-panel').getByRole('button', { name: 'Edit' }).count()).to.equal(0);
    expect(await seriousViolations(page), 'signed in as a reader').to.deep.equal([]);

    const forged = await page.evaluate(`fetch('/api/facts/${LETTER}/place', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ place: 'Forged' }),
    }).then(async (r) => ({ status: r.status, problem: await r.json() }))`);
    expect(forged).to.deep.include({ status: 403 });
    expect((forged as { problem: { detail: string } }).problem.detail).to.match(/needs the editor role/);
    expectCleanBut(s, 403);
  });

  it('records an editor’s edit under the token’s name', async () => {
    const { page, f, s } = await openSignedOut(`/?fact=${LETTER}`);
    await signIn(page, ALICE);
    await page.locator('#fact-panel .revision').first().waitFor();
    await page.locator('#fact-panel').getByRole('button', { name: 'Edit' }).click();
    await page.locator('#fact-panel').getByLabel('Place', { exact: true }).fill('Mexico City');
    await button(page, 'Save').click();
    await page.locator('#fact-panel .revision', { hasText: 'alice' }).first().waitFor();
    const history = await f.request('GET', `/api/facts/${LETTER}/history`, {
      headers: { Authorization: `Bearer ${ALICE}` },
    });
    expect(history.json.events.at(-1).recordedBy).to.equal('alice');
    expectClean(s);
  });

  it('refuses a cross-origin POST that carries the session cookie (another port of the same host is the same site)', async () => {
    const { page, f, s } = await openSignedOut();
    await signIn(page, ALICE);
    const other = await serveForm(`${f.url}/api/facts/${LETTER}/place`);
    cleanups.push(() => new Promise((resolve) => other.server.close(resolve)));

    await page.goto(other.url);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/facts/${LETTER}/place`)),
      page.locator('#forge').click(),
    ]);
    expect(response.status(), 'refused, not 401: the cookie went with it').to.equal(403);
    expect(((await response.json()) as { type: string }).type).to.match(/cross-origin/);
    const fact = await f.request('GET', `/api/facts/${LETTER}`, { headers: { Authorization: `Bearer ${BOB}` } });
    expect(fact.json.place ?? null).to.not.equal('Forged');
    expectCleanBut(s, 403);
  });

  it('asks to sign in again when the session ends elsewhere, and goes on where it was', async () => {
    const { page, f, s } = await openSignedOut();
    await signIn(page, BOB);
    const [cookie] = await s.context.cookies();
    const ended = await f.request('DELETE', '/api/session', {
      headers: { Cookie: `${cookie!.name}=${cookie!.value}`, Origin: f.url },
    });
    expect(ended.status).to.equal(204);

    await page.locator('#chart .it', { hasText: '2 May 2022' }).first().click();
    await page.getByRole('alert').filter({ hasText: 'Your session has ended: sign in again.' }).waitFor();
    await page.getByLabel('Token', { exact: true }).fill(BOB);
    await button(page, 'Sign in').click();
    await page.locator('#account-name', { hasText: 'Signed in as bob (reader)' }).waitFor();
    // Signing in again reloads the timeline from the server, and the chart redraws its items: the
    // timeline is drawn again once that redraw is done.
    await page.locator('#chart .it', { hasText: '2 May 2022' }).first().waitFor();
    expectCleanBut(s, 401);
  });

  it('asks to sign in again when the live feed is refused, though no other request of the page has failed', async () => {
    const { page, f, s } = await openSignedOut();
    await signIn(page, BOB);
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 401) refused.push(new URL(r.url()).pathname);
    });
    const [cookie] = await s.context.cookies();
    const ended = await f.request('DELETE', '/api/session', {
      headers: { Cookie: `${cookie!.name}=${cookie!.value}`, Origin: f.url },
    });
    expect(ended.status).to.equal(204);

    // Nothing is clicked: the server closes the stream, and its reconnection is answered 401.
    await page.getByRole('alert').filter({ hasText: 'Your session has ended: sign in again.' }).waitFor();
    expect(refused, 'only the live feed was refused').to.deep.equal(['/api/updates']);
    expect(await page.getByLabel('Token', { exact: true }).isVisible()).to.equal(true);
    await page.locator('#live-status[data-state="offline"]').waitFor({ state: 'attached' });
    expectCleanBut(s, 401);
  });

  it('stops the live feed when the session ends and starts it again at once on signing in, not on its back-off', async () => {
    const f = await startTestServer({ tokens: TOKENS });
    cleanups.push(() => f.close());
    const s = await openPage(suite.browser, { timeoutMs: 20_000 });
    cleanups.push(() => s.close());
    const { page } = s;
    // The page's timers are the test's: once paused, a retry the feed schedules never fires.
    await page.clock.install();
    await page.goto(f.url);
    await signIn(page, BOB);
    const [cookie] = await s.context.cookies();
    const ended = await f.request('DELETE', '/api/session', {
      headers: { Cookie: `${cookie!.name}=${cookie!.value}`, Origin: f.url },
    });
    expect(ended.status).to.equal(204);
    await page.clock.pauseAt(Date.now() + 1000);

    await page.locator('#actor-sedena').check();
    await page.getByRole('alert').filter({ hasText: 'Your session has ended: sign in again.' }).waitFor();
    await page.locator('#live-status[data-state="offline"]').waitFor({ state: 'attached' });
    await page.getByLabel('Token', { exact: true }).fill(BOB);
    await button(page, 'Sign in').click();

    await page.locator('#live-status[data-state="live"]').waitFor();
    await page.locator('#timeline-title', { hasText: 'Secretariat of National Defense' }).waitFor();
    const recorded = await f.request('POST', '/api/facts', {
      headers: { Authorization: `Bearer ${ALICE}` },
      body: {
        id: 'after-sign-in',
        summary: 'Recorded once the reader signed in again',
        when: '2022-06-01',
        actors: [{ id: 'sedena' }],
      },
    });
    expect(recorded.status).to.equal(201);
    await page.locator('#timeline-count', { hasText: '7 facts' }).waitFor();
    expectCleanBut(s, 401);
  });

  it('ends the session on Sign out: the form is back and the old cookie is refused', async () => {
    const { page, f, s } = await openSignedOut();
    await signIn(page, ALICE);
    const [cookie] = await s.context.cookies();
    expect(cookie).to.deep.include({ name: 'chronicle_session', httpOnly: true, sameSite: 'Strict', secure: false });

    await button(page, 'Sign out').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await s.context.cookies()).to.deep.equal([]);
    const replayed = await f.request('GET', '/api/timelines', {
      headers: { Cookie: `${cookie!.name}=${cookie!.value}` },
    });
    expect(replayed.status).to.equal(401);
    expectClean(s);
  });
});

/**
 * Another origin on the same host (a different port): a page whose form posts to `action` as a
 * forger's page would, with the text/plain body a form can send.
 */
async function serveForm(action: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="en"><title>elsewhere</title>
<form method="post" action="${action}" enctype="text/plain">
<input type="hidden" name='{"place":"Forged","x":"' value='"}'><button id="forge">Go</button></form></html>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
