import { describeDateTables } from './dateTables.ts';

/**
 * "this week" in a clause told as past runs from the Monday of the publication's week to the
 * publication, as a past event is never after it; told as future it is the whole week (docs/design.md,
 * How capture reads dates). Short stories of our own, published on Thursday 9 October 2025.
 */
describeDateTables([
  [
    '"this week" told as past ends at the publication',
    [
      {
        text: 'The harbour board confirmed this week that the dredger had been sold.',
        publishedOn: '2025-10-09',
        phrase: 'this week',
        when: '2025-10-06/2025-10-09',
      },
      {
        text: 'Two more families left the estate this week, residents said.',
        publishedOn: '2025-10-09',
        phrase: 'this week',
        when: '2025-10-06/2025-10-09',
      },
      {
        text: 'The minister said this week that the grant was cut.',
        publishedOn: '2025-10-09',
        phrase: 'this week',
        when: '2025-10-06/2025-10-09',
      },
    ],
  ],
  [
    '"this week" told as future is the whole week',
    [
      {
        text: 'The union will serve notice to bargain this week.',
        publishedOn: '2025-10-09',
        phrase: 'this week',
        when: '2025-10-06/2025-10-12',
      },
    ],
  ],
]);
