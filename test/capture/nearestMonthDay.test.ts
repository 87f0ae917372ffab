import { describeDateTables } from './dateTables.ts';

/**
 * A weekday with a day of the month and no month ("la sesión del martes 22", "on Tuesday the 22nd") is
 * the such day nearest the publication, before or after it, unless told as future, when it is the first
 * after it (docs/design.md, How capture reads dates). Short stories of our own, published on Friday 18
 * July 2025: the Tuesday the 22nd before it was in April.
 */
describeDateTables([
  [
    'a weekday and day with no month is the nearer such day to the publication',
    [
      {
        text: 'La Cámara lo incluyó en el orden del día de la sesión del martes 22. El alcalde renunció el viernes 11.',
        publishedOn: '2025-07-18',
        phrase: 'martes 22',
        when: '2025-07-22',
        lang: 'es',
      },
      {
        text: 'La Cámara lo incluyó en el orden del día de la sesión del martes 22. El alcalde renunció el viernes 11.',
        publishedOn: '2025-07-18',
        phrase: 'viernes 11',
        when: '2025-07-11',
        lang: 'es',
      },
      {
        text: 'The council put the motion on the agenda of its session on Tuesday the 22nd.',
        publishedOn: '2025-07-18',
        phrase: 'Tuesday the 22nd',
        when: '2025-07-22',
      },
      {
        text: 'The mayor resigned on Friday the 11th.',
        publishedOn: '2025-07-18',
        phrase: 'Friday the 11th',
        when: '2025-07-11',
      },
    ],
  ],
]);
