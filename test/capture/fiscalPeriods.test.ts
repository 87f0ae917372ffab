import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * Parts of a fiscal year and periods that end on a date (docs/design.md, How capture reads dates):
 * a fiscal year is named for the calendar year it ends in, and its months are known only where the
 * text says when it ends or begins; "the three months to June 30" ends on that day. Short stories
 * of our own.
 */
describeDateTables([
  [
    'a quarter or half of a fiscal year whose end the text does not give spans every month it may cover',
    [
      {
        text: 'The retailer said sales fell in the second quarter of fiscal 2025.',
        publishedOn: '2025-11-05',
        phrase: 'second quarter of fiscal 2025',
        when: '2024-05/2025-06',
      },
      {
        text: 'Revenue at the chip maker rose 4% in Q3 FY24, the company said.',
        publishedOn: '2025-11-05',
        phrase: 'Q3 FY24',
        when: '2023-08/2024-09',
      },
      {
        text: 'The brewer expects margins to recover in the first half of fiscal 2027.',
        publishedOn: '2025-11-05',
        phrase: 'first half of fiscal 2027',
        when: '2026-02/2027-06',
      },
      {
        text: 'Losses narrowed in fiscal 2024’s final quarter, the insurer said.',
        publishedOn: '2025-11-05',
        phrase: 'final quarter',
        when: '2023-11/2024-12',
      },
    ],
  ],
  [
    'a quarter or half of a fiscal year whose end or start the text gives takes its months',
    [
      {
        text: 'Acme, whose fiscal year ends in June, said profit fell in the first quarter of fiscal 2026.',
        publishedOn: '2025-11-05',
        phrase: 'first quarter of fiscal 2026',
        when: '2025-07/2025-09',
      },
      {
        text: 'The miller expects exports to pick up in the second half of fiscal 2026, which begins in January.',
        publishedOn: '2025-11-05',
        phrase: 'second half of fiscal 2026',
        when: '2026-01/2026-06',
      },
      {
        text: 'The council’s financial year begins in April. It overspent by £2 million in the third quarter of fiscal 2025.',
        publishedOn: '2025-11-05',
        phrase: 'third quarter of fiscal 2025',
        when: '2024-10/2024-12',
      },
    ],
  ],
  [
    'a count of months to a day or a month ends there',
    [
      {
        text: 'The lender said profit fell 12% in the three months to June 30.',
        publishedOn: '2025-08-20',
        phrase: 'three months to June 30',
        when: '2025-04-01/2025-06-30',
      },
      {
        text: 'Sales at the bakery chain rose 5% in the six months ended March 31.',
        publishedOn: '2025-08-20',
        phrase: 'six months ended March 31',
        when: '2024-10-01/2025-03-31',
      },
      {
        text: 'Revenue was flat in the quarter ended Sept. 30, 2024, the airline said.',
        publishedOn: '2025-08-20',
        phrase: 'quarter ended Sept. 30, 2024',
        when: '2024-07-01/2024-09-30',
      },
      {
        text: 'Output at the mill fell in the three months to May 15, its owners said.',
        publishedOn: '2025-08-20',
        phrase: 'three months to May 15',
        when: '2025-02-16/2025-05-15',
      },
    ],
  ],
]);

describe('a fiscal period whose fiscal year the text does not place', () => {
  it('is told with a confidence below one half', () => {
    const draft = capture('The retailer said sales fell in the second quarter of fiscal 2025.', {
      lang: 'en',
      publishedOn: '2025-11-05',
    });
    expect(factAt(draft, 'second quarter').span.confidence).to.be.below(0.5);
  });

  it('is no calendar quarter when "fiscal" stands before it without a year', () => {
    const draft = capture('The grocer said sales fell in its fiscal fourth quarter, the three months to June 30.', {
      lang: 'en',
      publishedOn: '2025-08-20',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.not.include('fourth quarter');
    expect(factAt(draft, 'three months to June 30').fact.when).to.equal('2025-04-01/2025-06-30');
  });
});
