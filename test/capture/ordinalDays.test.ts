import { describeDateTables } from './dateTables.ts';

/**
 * The first of a month written with the ordinal sign after a period ("el 1.º de enero", "1.° de
 * junio"), as Spanish style guides write it, is that day, as "1º" and "1" are (docs/design.md, How
 * capture reads dates). Short sentences of our own.
 */
describeDateTables([
  [
    'capture: the first of a month written "1.º"',
    [
      {
        text: 'El nuevo reglamento regirá a partir del 1.º de enero de 2027.',
        publishedOn: '2025-11-05',
        phrase: '1.º de enero',
        when: '2027-01-01/..',
        lang: 'es',
      },
      {
        text: 'La cooperativa cerró sus oficinas el 1.º de agosto de 2024.',
        publishedOn: '2025-11-05',
        phrase: '1.º de agosto',
        when: '2024-08-01',
        lang: 'es',
      },
      {
        text: 'El plazo para inscribirse venció el 1.° de junio de 2025, dijo la alcaldía.',
        publishedOn: '2025-11-05',
        phrase: '1.° de junio',
        when: '2025-06-01',
        lang: 'es',
      },
    ],
  ],
]);
