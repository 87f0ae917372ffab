import { describeDateTables } from './dateTables.ts';

/**
 * "Between July and September, 11 patients were referred", "entre julio y septiembre, 11 pacientes": a number
 * after a month's name and a comma, before a word in small letters, is a count opening the clause, not the
 * month's day or year (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a count after a month and a comma is neither its day nor its year',
    [
      {
        text: 'Between July and September, 11 patients were referred to the national hospital because the oxygen had run out.',
        publishedOn: '2026-10-15',
        phrase: 'Between July and September',
        when: '2026-07/2026-09',
      },
      {
        text: 'The clinic lost its last surgeon in March. By September, 40 nurses had left as well.',
        publishedOn: '2026-10-15',
        phrase: 'By September',
        when: '../2026-09',
      },
      {
        text: 'Entre julio y septiembre, 11 pacientes fueron trasladados al hospital nacional.',
        publishedOn: '2026-10-15',
        phrase: 'Entre julio y septiembre',
        when: '2026-07/2026-09',
        lang: 'es',
      },
    ],
  ],
  [
    'a year after a month and a comma stays its year',
    [
      {
        text: 'The plant opened in September, 2025 and closed a month later.',
        publishedOn: '2026-10-15',
        phrase: 'September, 2025',
        when: '2025-09',
      },
    ],
  ],
]);
