import { describeDateTables } from './dateTables.ts';

/**
 * "In 2023, … a review that reported the following spring": "the following" / "the previous" season or month
 * in a sentence whose stated year frames it is the first one after that year, or the latest before it, not
 * one counted from the last date the text established (docs/design.md, How capture reads dates). Short
 * stories of our own.
 */
describeDateTables([
  [
    'the following season in a sentence with its year comes after that year',
    [
      {
        text: 'The board reissued results this summer. In 2023, a printing fault left 2,100 candidates without a grade, and the board paid for a review that reported the following spring.',
        publishedOn: '2026-08-20',
        phrase: 'the following spring',
        when: '2024-21',
      },
      {
        text: 'La junta volvió a publicar las notas este verano. En 2023, una falla dejó a 2.100 alumnos sin nota, y la junta pagó una revisión que se publicó la primavera siguiente.',
        publishedOn: '2026-08-20',
        phrase: 'la primavera siguiente',
        when: '2024-21',
        lang: 'es',
      },
      {
        text: 'The board reissued results this summer. In 2023 the board hired a new examiner, who had joined the exams office the previous autumn.',
        publishedOn: '2026-08-20',
        phrase: 'the previous autumn',
        when: '2022-23',
      },
    ],
  ],
]);
