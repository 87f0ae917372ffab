import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { expectClean, ok, pageHarness } from '../support/pageHarness.ts';
import type { PageSession } from '../support/browser.ts';

const LETTER = 'salazar-letter-to-ebrard'; // ?2022-05-02, asserted 10 days after the alert
const panel = (page: Page) => page.locator('#fact-panel');
const field = (page: Page, label: string) => panel(page).getByLabel(label, { exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The browser reports a refused request (a 400 or 412 the test provoked) as a console error: those are allowed. */
function expectCleanBut(s: PageSession, ...statuses: number[]): void {
  const expected = statuses.map((status) => `the server responded with a status of ${status}`);
  expectClean({ ...s, errors: s.errors.filter((e) => !expected.some((x) => e.includes(x))) });
}

describe('Editing from the page (headless Chromium)', function () {
  this.timeout(120_000);
  const { open, another } = pageHarness();

  it('records a fact from the New fact form: it is in the timeline and its panel at once', async () => {
    const { page, f, s } = await open('/');
    await button(page, 'New fact').click();
    await panel(page).getByRole('heading', { name: 'New fact' }).waitFor();

    await field(page, 'Id').fill('customs-audit');
    await field(page, 'Summary').fill('Customs audited the Nuctech scanners at the northern border');
    await field(page, 'Date').fill('2022-06~');
    await panel(page).locator('#ed-when-preview', { hasText: 'Recorded as c. June 2022' }).waitFor();
    await field(page, 'Actor to link').fill('Sedena');
    await field(page, 'Role').fill('auditor');
    await button(page, 'Link actor').click();
    await panel(page).locator('.ed-list li', { hasText: 'Secretariat of National Defense' }).waitFor();
    await field(page, 'Reason').fill('reported by a customs official');
    await button(page, 'Save').click();

    await panel(page)
      .getByRole('heading', { name: 'Customs audited the Nuctech scanners at the northern border' })
      .waitFor();
    await page.locator('#fact-title:focus').waitFor();
    await page.locator('#chart .it', { hasText: 'Customs audited the Nuctech scanners' }).first().waitFor();
    const stored = await ok(f, 'GET', '/api/facts/customs-audit');
    expect(stored.when.edtf).to.equal('2022-06~');
    expect(stored.actors).to.deep.equal([{ id: 'sedena', name: 'Secretariat of National Defense', role: 'auditor' }]);
    const history = await ok(f, 'GET', '/api/facts/customs-audit/history');
    expect(history.events[0].reason).to.equal('reported by a customs official');
    expectClean(s);
  });

  it('refuses a bad date as it is typed and on Save, naming the problem next to the field', async () => {
    const { page, s } = await open('/');
    await button(page, 'New fact').click();
    await field(page, 'Id').fill('bad-date');
    await field(page, 'Summary').fill('A fact with an impossible date');
    await field(page, 'Date').fill('2022-02-30');

    await panel(page)
      .locator('#ed-when-preview', { hasText: 'Not accepted: 2022-02-30 is not a valid date' })
      .waitFor();
    await button(page, 'Save').click();
    await panel(page).locator('#ed-when-error', { hasText: 'February 2022 has 28 days' }).waitFor();
    expect(await field(page, 'Date').getAttribute('aria-invalid')).to.equal('true');
    expectCleanBut(s, 400);
  });

  it('revises a date with its reason: the panel shows the new date and the revision in its history', async () => {
    const { page, f, s } = await open(`/?fact=${LETTER}`);
    await panel(page).locator('.revision').first().waitFor();
    await button(page, 'Edit').click();

    await field(page, 'Date').fill('2022-05-03');
    await panel(page).locator('#ed-when-preview', { hasText: 'they are 11 days apart' }).waitFor();
    await button(page, 'Save').click();
    await panel(page).locator('.field-error', { hasText: 'Give a reason for the new date' }).waitFor();
    await field(page, 'Reason').fill('the letter itself is dated 3 May');
    await button(page, 'Save').click();

    const revision = panel(page).locator('.revision').first();
    await revision.filter({ hasText: 'Date revised from ?2022-05-02 to 2022-05-03' }).waitFor();
    expect(await revision.textContent()).to.contain('Why: the letter itself is dated 3 May');
    await panel(page).locator('.when-label', { hasText: '3 May 2022' }).waitFor();
    expect((await ok(f, 'GET', `/api/facts/${LETTER}`)).when.edtf).to.equal('2022-05-03');
    await button(page, 'Edit').waitFor();
    expectClean(s);
  });

  it('shows the second of two editors what the first changed (412), and applies the edit again on top', async () => {
    const first = await open(`/?fact=${LETTER}`);
    const second = await another(first.f, `/?fact=${LETTER}`);
    for (const { page } of [first, second]) {
      await panel(page).locator('.revision').first().waitFor();
      await button(page, 'Edit').click();
      await field(page, 'Summary').waitFor();
    }

    await field(first.page, 'Date').fill('2022-05-02');
    await field(first.page, 'Reason').fill('the letter itself is dated 2 May 2022');
    await button(first.page, 'Save').click();
    await panel(first.page).locator('.revision', { hasText: 'Date revised' }).first().waitFor();

    await panel(second.page)
      .locator('.banner-changed', { hasText: 'changed this fact while you were editing' })
      .waitFor();
    await field(second.page, 'Place').fill('Mexico City');
    await field(second.page, 'Reason').fill('the embassy is in Mexico City');
    await button(second.page, 'Save').click();

    const conflict = panel(second.page).getByRole('alert').filter({ hasText: 'Someone else changed this fact' });
    await conflict.waitFor();
    expect(await conflict.locator('.conflict-events').textContent()).to.contain(
      'Date revised from ?2022-05-02 to 2022-05-02',
    );
    expect(await conflict.locator('.conflict-mine').textContent()).to.contain('Place set to Mexico City');
    expect((await ok(first.f, 'GET', `/api/facts/${LETTER}`)).place, 'nothing written over it').to.equal(null);

    await button(second.page, 'Apply my edit again').click();

    await panel(second.page).locator('.when-detail', { hasText: 'Place: Mexico City' }).waitFor();
    const fact = await ok(first.f, 'GET', `/api/facts/${LETTER}`);
    expect(fact.place).to.equal('Mexico City');
    expect(fact.when.edtf, 'the first editor’s date is kept').to.equal('2022-05-02');
    await panel(first.page).locator('.when-detail', { hasText: 'Place: Mexico City' }).waitFor();
    expectClean(first.s);
    expectCleanBut(second.s, 412);
  });

  it('drops the edit only when asked, leaving the fact as the other editor left it', async () => {
    const first = await open(`/?fact=${LETTER}`);
    await button(first.page, 'Edit').click();
    await field(first.page, 'Place').fill('Washington');
    await ok(first.f, 'POST', `/api/facts/${LETTER}/place`, { place: 'Mexico City' });
    await button(first.page, 'Save').click();
    await panel(first.page).locator('.conflict').waitFor();

    await button(first.page, 'Drop my edit').click();

    await panel(first.page).locator('.when-detail', { hasText: 'Place: Mexico City' }).waitFor();
    expect((await ok(first.f, 'GET', `/api/facts/${LETTER}`)).place).to.equal('Mexico City');
    expectCleanBut(first.s, 412);
  });

  it('tells a page open on a fact, at once, that another page changed it, and shows the change', async () => {
    const watcher = await open(`/?fact=${LETTER}`);
    const editor = await another(watcher.f, `/?fact=${LETTER}`);
    await panel(watcher.page).locator('.revision').first().waitFor();

    await button(editor.page, 'Edit').click();
    await field(editor.page, 'Summary').fill('Ken Salazar wrote to Marcelo Ebrard about the scanners');
    await field(editor.page, 'Reason').fill('shorter');
    await button(editor.page, 'Save').click();

    await panel(watcher.page)
      .locator('.banner-changed', { hasText: 'Changed just now by local: Summary edited' })
      .waitFor();
    await panel(watcher.page)
      .getByRole('heading', { name: 'Ken Salazar wrote to Marcelo Ebrard about the scanners' })
      .waitFor();
    await watcher.page
      .locator('#chart .it.is-fresh', { hasText: 'Ken Salazar wrote to Marcelo Ebrard' })
      .first()
      .waitFor();
    expect(await panel(editor.page).locator('.banner-changed').count(), 'no notice of one’s own change').to.equal(0);
    expectClean(watcher.s);
    expectClean(editor.s);
  });

  it('links and unlinks actors, tags topics, cites a source, asserts a relation and retracts, all from the form', async () => {
    const { page, f, s } = await open(`/?fact=${LETTER}`);
    await button(page, 'Edit').click();
    await button(page, 'Remove Ken Salazar').click();
    await field(page, 'Actor to link').fill('Guacamaya');
    await field(page, 'Role').fill('mentioned');
    await button(page, 'Link actor').click();
    await field(page, 'Topic to tag').selectOption('corruption');
    await button(page, 'Tag topic').click();
    await field(page, 'Source').selectOption('yucatan-times-nuctech');
    await field(page, 'Quote').fill('the letter was sent on Monday');
    await field(page, 'Stated weekday').selectOption('Monday');
    await field(page, 'Credibility').selectOption('3');
    await button(page, 'Add citation').click();
    await field(page, 'Relation').selectOption('after');
    await field(page, 'Other fact').fill('mexico-plans-chinese-equipment');
    await field(page, 'Offset').fill('P2D');
    await button(page, 'Add relation').click();
    await button(page, 'Save').click();
    await button(page, 'Edit').waitFor();

    const fact = await ok(f, 'GET', `/api/facts/${LETTER}`);
    expect(fact.actors.map((a: { id: string }) => a.id))
      .to.include('guacamaya')
      .and.not.include('ken-salazar');
    expect(fact.topics.map((t: { id: string }) => t.id)).to.include('corruption');
    expect(fact.citations.some((c: { quote: string }) => c.quote === 'the letter was sent on Monday')).to.equal(true);
    expect(fact.relations).to.deep.include({ kind: 'after', fact: 'mexico-plans-chinese-equipment', offset: 'P2D' });

    await button(page, 'Edit').click();
    await field(page, 'Reason').fill('the letter could not be verified');
    await button(page, 'Retract').click();
    await panel(page).locator('.banner-retracted').waitFor();
    expect((await ok(f, 'GET', `/api/facts/${LETTER}`)).status).to.equal('retracted');
    expectClean(s);
  });

  it('keeps an unsaved edit when the panel is asked to close, and says so', async () => {
    const { page, s } = await open(`/?fact=${LETTER}`);
    await button(page, 'Edit').click();
    await field(page, 'Place').fill('Mexico City');
    await page.keyboard.press('Escape');
    await panel(page).locator('.error-box', { hasText: 'Your edit is not saved' }).waitFor();
    expect(await field(page, 'Place').inputValue()).to.equal('Mexico City');
    await button(page, 'Cancel').click();
    await page.locator('#edit-fact:focus').waitFor();
    expectClean(s);
  });

  describe('accessibility of the forms', () => {
    it('finds no serious or critical axe violation in the new, edit and conflict forms', async () => {
      const { page, f, s } = await open(`/?fact=${LETTER}`);
      await button(page, 'Edit').click();
      await field(page, 'Date').fill('2022-05-03');
      await panel(page).locator('#ed-when-preview', { hasText: 'Recorded as' }).waitFor();
      expect(await seriousViolations(page), 'edit form').to.deep.equal([]);

      await field(page, 'Reason').fill('dated 3 May');
      await ok(f, 'POST', `/api/facts/${LETTER}/place`, { place: 'Mexico City' });
      await button(page, 'Save').click();
      await panel(page).locator('.conflict').waitFor();
      expect(await seriousViolations(page), 'conflict').to.deep.equal([]);
      await button(page, 'Drop my edit').click();

      await button(page, 'New fact').click();
      await field(page, 'Id').waitFor();
      await button(page, 'Save').click();
      await panel(page).locator('.field-error').first().waitFor();
      expect(await seriousViolations(page), 'new fact form with errors').to.deep.equal([]);
      expectCleanBut(s, 412, 400);
    });

    it('records a new fact from the keyboard alone', async () => {
      const { page, f, s } = await open('/');
      await button(page, 'New fact').focus();
      await page.keyboard.press('Enter');
      await page.locator('#fact-title:focus').waitFor();
      const typing: Record<string, string> = {
        Id: 'keyboard-fact',
        Summary: 'A fact recorded without a mouse',
        Date: '2022-07-01',
        Reason: 'typed in',
      };
      let saved = false;
      for (let i = 0; i < 60 && !saved; i++) {
        await page.keyboard.press('Tab');
        const label = String(
          await page.evaluate(
            `(() => { const el = document.activeElement; return (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent || '').trim(); })()`,
          ),
        );
        if (typing[label]) await page.keyboard.type(typing[label]);
        if (label === 'Save') {
          await page.keyboard.press('Enter');
          saved = true;
        }
      }
      await panel(page).getByRole('heading', { name: 'A fact recorded without a mouse' }).waitFor();
      expect((await ok(f, 'GET', '/api/facts/keyboard-fact')).when.edtf).to.equal('2022-07-01');
      expectClean(s);
    });

    it('can be filled and saved from the keyboard alone', async () => {
      const { page, f, s } = await open(`/?fact=${LETTER}`);
      await panel(page).locator('.revision').first().waitFor();
      await button(page, 'Edit').focus();
      await page.keyboard.press('Enter');
      await page.locator('#fact-title:focus').waitFor();

      const reached: string[] = [];
      for (let i = 0; i < 60 && !reached.includes('Save'); i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(
          `(() => { const el = document.activeElement; return (el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label') || el.textContent || '').trim(); })()`,
        );
        reached.push(String(label));
        if (label === 'Place') await page.keyboard.type('Mexico City');
        if (label === 'Reason') await page.keyboard.type('the embassy is in Mexico City');
      }
      expect(reached).to.include.members([
        'Summary',
        'Notes',
        'Date',
        'Place',
        'Actor to link',
        'Source',
        'Other fact',
      ]);
      expect(reached).to.include.members(['Reason', 'Save']);
      await page.keyboard.press('Enter');
      await panel(page).locator('.when-detail', { hasText: 'Place: Mexico City' }).waitFor();
      expect((await ok(f, 'GET', `/api/facts/${LETTER}`)).place).to.equal('Mexico City');
      expectClean(s);
    });
  });
});
