import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { expectClean, ok, pageHarness } from '../support/pageHarness.ts';

const LETTER = 'salazar-letter-to-ebrard'; // cites the Yucatan Times article, whose text the demo holds
const DATED = 'In the letter, dated May 2, Salazar warned the López Obrador government';
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
});
