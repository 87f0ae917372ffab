import { describeDateTables } from './dateTables.ts';

/**
 * "has ordered the mine to carry out tests at its No. 3 tailings dam and to submit the results by April 15":
 * an abbreviation's full stop ends no clause, so an order told in the present perfect still places its
 * infinitive's date ahead of the publication (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    "an abbreviation's full stop inside an order in the present perfect",
    [
      {
        text: 'The farmers reported it on 28 January. Now the agency has ordered the mine to carry out tests at its No. 3 tailings dam and to submit the results by April 15.',
        publishedOn: '2026-03-19',
        phrase: 'by April 15',
        when: '../2026-04-15',
      },
      {
        text: "The complaint was filed on 28 January. The regulator has asked St. Luke's Hospital to file a new plan by May 30.",
        publishedOn: '2026-03-19',
        phrase: 'by May 30',
        when: '../2026-05-30',
      },
      {
        text: 'The complaint was filed on 28 January. The regulator has asked the owners of the M.V. Kestrel to file a new plan by May 30.',
        publishedOn: '2026-03-19',
        phrase: 'by May 30',
        when: '../2026-05-30',
      },
    ],
  ],
]);
