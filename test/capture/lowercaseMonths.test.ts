import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * English writes a month's name with a capital; written in lowercase with no number beside it, the
 * word is the common noun or verb ("a second march", "they may", "to mar") and states no date.
 * Short sentences of our own.
 */
describe('capture: a month name in lowercase is a common word in English', () => {
  const rows: [string, RegExp][] = [
    ['Residents marched on 11 October 2025. A second march is planned, organisers said.', /march/],
    ['The union said on 3 June 2024 that its members will march again if talks fail.', /march/],
    ['Nothing could mar the opening on 12 April 2023, the mayor said.', /\bmar\b/],
    ['The board met on 9 May 2022 and said it may sell the site.', /\bmay\b/],
  ];
  for (const [text, word] of rows) {
    it(`finds no date in the lowercase word of "${text}"`, () => {
      const draft = capture(text, { lang: 'en', publishedOn: '2025-11-01' });
      const phrases = draft.capture.spans.map((s) => s.phrase);
      expect(phrases.filter((p) => word.test(p))).to.deep.equal([]);
      expect(phrases).to.have.length(1);
    });
  }

  it('still reads the month where its name is capitalised', () => {
    const draft = capture('A second march is planned for March, organisers said.', {
      lang: 'en',
      publishedOn: '2025-11-01',
    });
    expect(factAt(draft, 'March').fact.when).to.equal('2026-03');
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['March']);
  });
});
