import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { expectClean, ok, pageHarness } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard'; // cites the Yucatan Times article, whose text the demo holds
const DATED = 'In the letter, dated May 2, Salazar warned the López Obrador government';
const panel = (page: Page) => page.locator('#fact-panel');
const field = (page: Page, label: string) => panel(page).getByLabel(label, { exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const citation = (page: Page, quoteStart: string) =>
  page.locator('#fact-panel .sec-sources .citation', { hasText: quoteStart });

describe('Quotes in the source text, on the fact panel (headless Chromium)', function () {
  this.timeout(120_000);
  const { open } = pageHarness();

  it('shows a quote found in the text held highlighted in its paragraph, with the paragraph named', async () => {
    const { page, f, s } = await open(`/?fact=${LETTER}`);
    const letter = await ok(f, 'GET', `/api/facts/${LETTER}`);
    const quote: string = letter.citations.find((c: { quote: string }) => c.quote.startsWith(DATED)).quote;

    const cited = citation(page, DATED);
    await cited.locator('figure.quote-in-text').waitFor();
    expect(await cited.locator('mark.quote-mark').textContent()).to.equal(quote);
    const paragraph = (await cited.locator('blockquote.quote-context').textContent())!;
    expect(paragraph.startsWith(quote), 'the quote opens its paragraph').to.equal(true);
    expect(paragraph.slice(quote.length)).to.match(/^ that the purchase of scanning and security equipment from China/);
    expect(await cited.locator('figcaption').textContent()).to.match(
      /^Paragraph 12 of the source’s text \(characters \d+–\d+\)$/,
    );
    expect(
      await citation(page, 'I would like to communicate').locator('mark').count(),
      'a source without text',
    ).to.equal(0);
    expectClean(s);
  });

  it('says so when the text held does not contain the quote, beside the quote-not-in-source error', async () => {
    const { page, s } = await open(`/?fact=${LETTER}`, {
      prepare: (f) =>
        ok(f, 'POST', '/api/sources/yucatan-times-nuctech/text', {
          text: 'US warns Mexico\n\nTen days after this alert, the US ambassador to Mexico, Ken Salazar, sent a letter.',
          reason: 'a shorter version of the article',
        }),
    });

    const cited = citation(page, DATED);
    await cited.locator('.quote-missing', { hasText: 'Not in the source’s text held' }).waitFor();
    expect(await cited.locator('mark').count()).to.equal(0);
    expect(await cited.locator('blockquote.quote').textContent()).to.match(/^“In the letter, dated May 2/);
    await page.locator('#fact-panel .sec-findings code', { hasText: 'quote-not-in-source' }).first().waitFor();
    expectClean(s);
  });

  it('picks a citation’s quote by selecting it in the source’s text from the keyboard, its paragraph as locator', async () => {
    const { page, f, s } = await open(`/?fact=${LETTER}`);
    const { text } = await ok(f, 'GET', '/api/sources/yucatan-times-nuctech/text');
    const picked = 'dated May 2, Salazar warned';
    const at = text.indexOf(picked);
    expect(at, 'the quote is in the text once').to.be.greaterThan(0).and.equal(text.lastIndexOf(picked));

    await button(page, 'Edit').click();
    expect(await button(page, 'Pick the quote in the source’s text').count(), 'no source chosen yet').to.equal(0);
    await field(page, 'Source').selectOption('yucatan-times-nuctech');
    await button(page, 'Pick the quote in the source’s text').click();
    const area = panel(page).locator('textarea#ed-cite-text[aria-readonly="true"]');
    await area.waitFor();
    expect(await area.inputValue()).to.equal(text);
    expect(await seriousViolations(page), 'the form with the text open').to.deep.equal([]);
    await area.evaluate((el: any, offset: number) => {
      el.focus();
      el.setSelectionRange(offset, offset);
    }, at);
    await page.keyboard.type('typed over');
    await page.keyboard.press('Backspace');
    expect(await area.inputValue(), 'the text is not edited').to.equal(text);
    await area.evaluate((el: any, offset: number) => el.setSelectionRange(offset, offset), at);
    for (let i = 0; i < picked.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await panel(page)
      .locator('#ed-cite-text-status', { hasText: `Selected ${picked.length} characters in paragraph 12.` })
      .waitFor();
    await button(page, 'Use the selection as the quote').click();

    expect(await field(page, 'Quote').inputValue()).to.equal(picked);
    expect(await field(page, 'Locator').inputValue()).to.equal('paragraph 12');
    expect(await area.count(), 'the text closes once the quote is picked').to.equal(0);
    await button(page, 'Add citation').click();
    await button(page, 'Save').click();
    await button(page, 'Edit').waitFor();

    const fact = await ok(f, 'GET', `/api/facts/${LETTER}`);
    const cited = fact.citations.find((c: { quote: string }) => c.quote === picked);
    expect(cited).to.deep.include({ locator: 'paragraph 12' });
    expect(cited.location).to.deep.include({ found: true, paragraph: 12, start: at, end: at + picked.length });
    await citation(page, 'dated May 2, Salazar warned')
      .locator('mark.quote-mark', { hasText: picked })
      .first()
      .waitFor();
    expectClean(s);
  });

  it('offers no picking for a source that holds no text', async () => {
    const { page, s } = await open(`/?fact=${LETTER}`);
    await button(page, 'Edit').click();
    await field(page, 'Source').selectOption('salazar-letter-to-ebrard');
    await field(page, 'Quote').waitFor();
    expect(await button(page, 'Pick the quote in the source’s text').count()).to.equal(0);
    expectClean(s);
  });
});
