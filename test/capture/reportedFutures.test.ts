import { describeDateTables } from './dateTables.ts';

/**
 * A future reported with "said" and no date of its own before it is seen from the publication, as
 * news tells its attributions at the time of the news (docs/design.md, How capture reads dates).
 * Short stories of our own.
 */
describeDateTables([
  [
    'a future reported with "said" in a sentence with no date of its own is not before the publication',
    [
      {
        text: 'The inspectors first found the leak in February 2025. The company said it would replace every pump by June.',
        publishedOn: '2026-03-12',
        phrase: 'by June',
        when: '../2026-06',
      },
      {
        text: 'Los inspectores hallaron la fuga en febrero de 2025. La empresa dijo que reemplazaría todas las bombas antes de junio.',
        publishedOn: '2026-03-12',
        phrase: 'antes de junio',
        when: '../2026-05-31',
        lang: 'es',
      },
      {
        text: 'Tariffs, which took effect in March, cost the company about $45 million, the finance chief said. He said the company expected to offset about half of that by the spring.',
        publishedOn: '2025-08-27',
        phrase: 'by the spring',
        when: '../2026-21',
      },
    ],
  ],
  [
    'a telling dated in its sentence keeps its own time',
    [
      {
        text: 'The inspectors first found the leak in February 2025. The company said on 3 March 2025 that it would replace every pump by June.',
        publishedOn: '2026-03-12',
        phrase: 'by June',
        when: '../2025-06',
      },
    ],
  ],
  [
    'a year between a determiner and a noun names a thing and gives its sentence no year',
    [
      {
        text: 'He said Thursday that his office would not retry Tillery. He said his office would review how the 1999 investigation was handled and report its findings to the court by May 1.',
        publishedOn: '2026-03-12',
        phrase: 'by May 1',
        when: '../2026-05-01',
      },
    ],
  ],
]);
