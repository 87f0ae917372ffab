import { describeDateTables } from './dateTables.ts';

/**
 * Days joined by "and" / "y" before their month ("on 14 and 15 April", "el 14 y 15 de abril") run from
 * the first to the last, as "April 14 and 15" does (docs/design.md, How capture reads dates). Short
 * stories of our own.
 */
describeDateTables([
  [
    'days joined by "and" before their month run from the first to the last',
    [
      {
        text: 'The council received 412 submissions, and 38 submitters spoke at hearings on 14 and 15 April.',
        publishedOn: '2026-05-15',
        phrase: '14 and 15 April',
        when: '2026-04-14/2026-04-15',
      },
      {
        text: 'The board met on 3 and 4 March 2025 to agree the budget.',
        publishedOn: '2025-06-01',
        phrase: '3 and 4 March 2025',
        when: '2025-03-03/2025-03-04',
      },
      {
        text: 'Los productores se reunieron el 14 y 15 de abril con el ministro.',
        publishedOn: '2026-05-15',
        phrase: '14 y 15 de abril',
        when: '2026-04-14/2026-04-15',
        lang: 'es',
      },
      {
        text: 'La feria se hizo los días 3 y 4 de mayo de 2024 en la plaza.',
        publishedOn: '2025-05-20',
        phrase: '3 y 4 de mayo',
        when: '2024-05-03/2024-05-04',
        lang: 'es',
      },
      {
        text: 'Los socios votaron entre el 9 y 18 de enero.',
        publishedOn: '2025-05-20',
        phrase: 'entre el 9 y 18 de enero',
        when: '2025-01-09/2025-01-18',
        lang: 'es',
      },
    ],
  ],
]);
