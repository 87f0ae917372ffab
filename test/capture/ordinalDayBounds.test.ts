import { describeDateTables } from './dateTables.ts';

/**
 * "by the Fourth of July", "since the 3rd of March": the article before a day written as an ordinal belongs to
 * the date, so the bound word before it holds (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a bound word holds across "the" before a day written as an ordinal',
    [
      {
        text: 'The society opened a one-room exhibit in May, and its volunteers had counted 1,400 visitors by the Fourth of July.',
        publishedOn: '2026-11-30',
        phrase: 'by the Fourth of July',
        when: '../2026-07-04',
      },
      {
        text: 'The footbridge has been closed since the 3rd of March, the council said.',
        publishedOn: '2026-06-10',
        phrase: 'since the 3rd of March',
        when: '2026-03-03/..',
      },
      {
        text: 'Applicants must register before the 15th of May, the board said on Monday.',
        publishedOn: '2026-04-20',
        phrase: 'before the 15th of May',
        when: '../2026-05-15',
      },
    ],
  ],
  [
    'the day itself stays a day',
    [
      {
        text: 'The footbridge closed on the 3rd of March, the council said.',
        publishedOn: '2026-06-10',
        phrase: '3rd of March',
        when: '2026-03-03',
      },
    ],
  ],
]);
