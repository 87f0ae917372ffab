import { describeDateTables } from './dateTables.ts';

/**
 * A word in -ed after an article, a possessive or "as" is an adjective ("a revised grade", "as
 * appointed chair"), not a verb told as past: it does not keep a date without a year from lying
 * after the publication (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'an adjective in -ed tells no past',
    [
      {
        text: 'Several schools said yesterday that they would hold places until 30 September for pupils awaiting a revised grade.',
        publishedOn: '2026-09-02',
        phrase: 'until 30 September',
        when: '../2026-09-30',
      },
      {
        text: 'Her successor as appointed chair, Dr Lena Ortiz, takes up the post in November.',
        publishedOn: '2025-07-01',
        phrase: 'November',
        when: '2025-11',
      },
      {
        text: 'The restored organ plays again in October, the parish says.',
        publishedOn: '2025-07-01',
        phrase: 'October',
        when: '2025-10',
      },
    ],
  ],
  [
    'a verb in -ed is still past',
    [
      {
        text: 'The council approved the budget in November, the mayor said.',
        publishedOn: '2025-07-01',
        phrase: 'November',
        when: '2024-11',
      },
    ],
  ],
]);
