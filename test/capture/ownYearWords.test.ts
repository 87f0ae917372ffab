import { describeDateTables } from './dateTables.ts';

/**
 * "Last year …, and in the third quarter of this year": the year a date's own words name wins over a year named
 * before it in its sentence, which frames only the dates that name none (docs/design.md, How capture reads dates).
 * Short stories of our own.
 */
describeDateTables([
  [
    'a date that names its own year keeps it after another year in its sentence',
    [
      {
        text: 'Last year the pipe broke four times, and in the third quarter of this year the company lost $2 million.',
        publishedOn: '2025-11-06',
        phrase: 'the third quarter of this year',
        when: '2025-35',
      },
      {
        text: 'El año pasado la conductora se rompió en cuatro ocasiones, y en el tercer trimestre de este año la empresa contabilizó pérdidas.',
        publishedOn: '2025-11-06',
        phrase: 'el tercer trimestre de este año',
        when: '2025-35',
        lang: 'es',
      },
    ],
  ],
  [
    'a date that names no year takes the year named before it in its sentence',
    [
      {
        text: 'Last year the pipe broke four times, and in the third quarter the company lost $2 million.',
        publishedOn: '2025-11-06',
        phrase: 'the third quarter',
        when: '2024-35',
      },
    ],
  ],
]);
