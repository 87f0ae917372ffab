import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * "the coming summer", "this coming winter", "the coming month" and "the new year" count from the
 * publication as "next summer", "next month" and "next year" do; "the New Year", capitalised, is the
 * holiday, and "the coming weeks" no date (docs/design.md, How capture reads dates). Spanish reads "el
 * próximo verano", "el año que viene" already. Short stories of our own, published on 18 November 2025.
 */
describeDateTables([
  [
    '"the coming" and "the new" name the next one after the publication',
    [
      {
        text: 'The beachfront sites will stay open over the coming summer, the council said.',
        publishedOn: '2025-11-18',
        phrase: 'the coming summer',
        when: '2026-22',
      },
      {
        text: 'The company said it would submit a revised plan, with a decision due in the new year.',
        publishedOn: '2025-11-18',
        phrase: 'the new year',
        when: '2026',
      },
      {
        text: 'Prices will rise in the coming month, the regulator said.',
        publishedOn: '2025-11-18',
        phrase: 'the coming month',
        when: '2025-12',
      },
    ],
  ],
]);

describe('"the New Year" and "the coming weeks"', () => {
  it('date no event as a year or a span of weeks', () => {
    const draft = capture('Crowds gathered to celebrate the New Year. Sales fell over the coming weeks.', {
      lang: 'en',
      publishedOn: '2025-11-18',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([]);
  });
});
