import { describeDateTables } from './dateTables.ts';

/**
 * "The earliest dated from November 2024", "a pipe network that dates from 2011": what dates from a date was made
 * then, the date itself, not from it on (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'what dates from a date is of that date',
    [
      {
        text: 'Thirty-one packages carried a stamp with no matching video. The earliest dated from November 2024, the auditors said.',
        publishedOn: '2026-09-24',
        phrase: 'November 2024',
        when: '2024-11',
      },
      {
        text: 'The pipe network, which dates from 2011, burst twice last winter.',
        publishedOn: '2026-09-24',
        phrase: '2011',
        when: '2011',
      },
    ],
  ],
  [
    'what runs from a date is from it on',
    [
      {
        text: 'The auditors checked every package from November 2024 on.',
        publishedOn: '2026-09-24',
        phrase: 'from November 2024',
        when: '2024-11/..',
      },
    ],
  ],
]);
