import { describeDateTables } from './dateTables.ts';

/**
 * The first or last days of a month ("the first days of June 2023", "los últimos días de julio") are its early
 * or late part, days 1–10 or 21 to the end, as "early June" is (docs/design.md, How capture reads dates).
 * Short stories of our own.
 */
describeDateTables([
  [
    'the first or last days of a month are its early or late part',
    [
      {
        text: 'In his letter to the court, Kessel wrote that he removed his last map in the first days of June 2023.',
        publishedOn: '2026-03-27',
        phrase: 'the first days of June 2023',
        when: '2023-06-01/2023-06-10',
      },
      {
        text: 'The auditors began in May 2023 and left the building in the last days of July.',
        publishedOn: '2026-03-27',
        phrase: 'the last days of July',
        when: '2023-07-21/2023-07-31',
      },
      {
        text: 'En su carta al tribunal, Kessel escribió que retiró su último mapa en los primeros días de junio de 2023.',
        publishedOn: '2026-03-27',
        phrase: 'los primeros días de junio de 2023',
        when: '2023-06-01/2023-06-10',
        lang: 'es',
      },
      {
        text: 'Los auditores empezaron en mayo de 2023 y dejaron el edificio en los últimos días de julio.',
        publishedOn: '2026-03-27',
        phrase: 'los últimos días de julio',
        when: '2023-07-21/2023-07-31',
        lang: 'es',
      },
    ],
  ],
]);
