import { describeDateTables } from './dateTables.ts';

/**
 * "from" a date after a verb of beginning earlier in its clause ("will begin delivering bread to the
 * schools from Monday, March 9", "empezarán a ser devueltos al río a partir de junio") dates the start
 * itself, as "will start from 1 July" does (docs/design.md, How capture reads dates); without one,
 * "from" stays open ("The ban applies from 4 August"). Short sentences of our own.
 */
describeDateTables([
  [
    '"from" after a verb of beginning in its clause dates the start',
    [
      {
        text: 'The cooperative will begin delivering bread to the schools from Monday, March 9.',
        publishedOn: '2026-03-05',
        phrase: 'March 9',
        when: '2026-03-09',
        lang: 'en',
      },
      {
        text: 'The new buses will start running on the coast route from April.',
        publishedOn: '2026-03-05',
        phrase: 'April',
        when: '2026-04',
        lang: 'en',
      },
      {
        text: 'Los peces empezarán a ser devueltos al río a partir de junio.',
        publishedOn: '2026-03-05',
        phrase: 'junio',
        when: '2026-06',
        lang: 'es',
      },
      {
        text: 'La planta comenzará a operar con dos turnos a partir del 2 de mayo.',
        publishedOn: '2026-03-05',
        phrase: '2 de mayo',
        when: '2026-05-02',
        lang: 'es',
      },
    ],
  ],
  [
    'without a verb of beginning, "from" stays open',
    [
      {
        text: 'The ban on night flights applies from 4 August.',
        publishedOn: '2026-03-05',
        phrase: '4 August',
        when: '2026-08-04/..',
        lang: 'en',
      },
      {
        text: 'La empresa exportará café a partir de 2027.',
        publishedOn: '2026-03-05',
        phrase: '2027',
        when: '2027/..',
        lang: 'es',
      },
    ],
  ],
]);
