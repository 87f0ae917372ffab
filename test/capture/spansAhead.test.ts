import { describeDateTables } from './dateTables.ts';

/**
 * "will run from 1 March to 30 June", published 12 March; "regirá desde el 1 de marzo hasta el 30 de junio": a span
 * told ahead, with no year stated, is ahead while its end is, so its end's year is chosen first and its start takes
 * it (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a span told ahead that has begun by the publication is in the publication’s year',
    [
      {
        text: 'The emergency will run from 1 March to 30 June, the ministry said.',
        publishedOn: '2026-03-12',
        phrase: '1 March to 30 June',
        when: '2026-03-01/2026-06-30',
      },
      {
        text: 'La emergencia regirá desde el 1 de marzo hasta el 30 de junio y alcanza a unas 2.300 hectáreas.',
        publishedOn: '2026-03-12',
        phrase: 'desde el 1 de marzo hasta el 30 de junio',
        when: '2026-03-01/2026-06-30',
        lang: 'es',
      },
      {
        text: 'The trial will run from 30 June to 11 July, the court said.',
        publishedOn: '2026-07-03',
        phrase: '30 June to 11 July',
        when: '2026-06-30/2026-07-11',
      },
    ],
  ],
  [
    'a span told ahead across the new year ends in the next one',
    [
      {
        text: 'The closure will run from November to February, the council said.',
        publishedOn: '2025-10-03',
        phrase: 'November to February',
        when: '2025-11/2026-02',
      },
    ],
  ],
  [
    'a span told as past keeps its start’s year',
    [
      {
        text: 'The trial ran from 30 June to 11 July, the court said.',
        publishedOn: '2026-05-03',
        phrase: '30 June to 11 July',
        when: '2025-06-30/2025-07-11',
      },
    ],
  ],
]);
