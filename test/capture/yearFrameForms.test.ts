import { describeDateTables } from './dateTables.ts';

/**
 * A date written with its year frames the other dates of its sentence whatever its form (a day, a month, a season,
 * a span), when it lies within one calendar year (docs/design.md, How capture reads dates). Short stories of our
 * own.
 */
describeDateTables([
  [
    'a season or a span written with its year gives its year to the dates after it in its sentence',
    [
      {
        text: 'Between August and December 2023 the teachers went unpaid, and the money arrived on December 22.',
        publishedOn: '2026-04-21',
        phrase: 'December 22',
        when: '2023-12-22',
      },
      {
        text: 'Entre agosto y diciembre de 2023 los docentes estuvieron sin cobrar, y el pago llegó el 22 de diciembre.',
        publishedOn: '2026-04-21',
        phrase: '22 de diciembre',
        when: '2023-12-22',
        lang: 'es',
      },
      {
        text: 'When the scaffolding went up inside the church in the summer of 2021, the parish council told Sunday Mass that the windows above the altar would be back "well before Christmas".',
        publishedOn: '2026-09-26',
        phrase: 'before Christmas',
        when: '../2021-12-25',
      },
    ],
  ],
  [
    'a span across two calendar years frames no year',
    [
      {
        text: 'The company lost $3.1 million in the fiscal year ended July 31, 2025, and its lender called in a loan in September.',
        publishedOn: '2026-02-12',
        phrase: 'September',
        when: '2025-09',
      },
    ],
  ],
]);
