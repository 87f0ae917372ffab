import { describeDateTables } from './dateTables.ts';

/**
 * "She had run the same booth two years earlier": a count back told in the pluperfect looks back from the story and
 * leaves its reference time where it was, so the next date without a year goes on from the story's time
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date after a pluperfect look-back goes on from the story, not from the look-back',
    [
      {
        text: 'The fireball lit the sky over the county on August 14, 2025. The curator was at the fair that night. She had run the same booth two years earlier. Then, on October 5, Honeycutt found the stone.',
        publishedOn: '2026-11-30',
        phrase: 'October 5',
        when: '2025-10-05',
      },
      {
        text: 'The board voted on 12 March 2024 to close the depot. Its chair had joined the board three years earlier. In June, the council sold the site.',
        publishedOn: '2025-11-30',
        phrase: 'June',
        when: '2024-06',
      },
      {
        text: 'Maran found the cello in the autumn of 2018. Two years before she found it, she had won the Elmhurst Prize. In December the trust agreed to lend her the money.',
        publishedOn: '2026-04-21',
        phrase: 'December',
        when: '2018-12',
      },
    ],
  ],
  [
    'the look-back itself counts from the event before it',
    [
      {
        text: 'The fireball lit the sky over the county on August 14, 2025. She had run the same booth two years earlier.',
        publishedOn: '2026-11-30',
        phrase: 'two years earlier',
        when: '2023-08-14',
      },
    ],
  ],
]);
