import { describeDateTables } from './dateTables.ts';

/**
 * The last time something happened ("a title the library had not used since the 1930s") dates when a
 * state began, not an event the story goes on from: a count of time after it ("Two years later") goes on
 * from the event told before it, while "since then" still counts from the last time itself (docs/design.md,
 * How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a count of time passes over the last time something happened',
    [
      {
        text: 'In 2014 the board made him keeper of maps, a title the library had not used since the 1930s. Two years later his wife was diagnosed with a rare disease.',
        publishedOn: '2026-03-27',
        phrase: 'Two years later',
        when: '2016',
      },
      {
        text: 'In 2014 the board made him keeper of maps, a title the library had not used since the 1930s. Two years later his wife was diagnosed with a rare disease. By that winter the couple owed more than $90,000.',
        publishedOn: '2026-03-27',
        phrase: 'By that winter',
        when: '../2016-24',
      },
      {
        text: 'En 2014 la junta lo nombró conservador de mapas, un cargo que la biblioteca no había usado desde 1930. Dos años después, a su esposa le diagnosticaron una enfermedad rara.',
        publishedOn: '2026-03-27',
        phrase: 'Dos años después',
        when: '2016',
        lang: 'es',
      },
    ],
  ],
  [
    '"since then" counts from the last time itself',
    [
      {
        text: 'Operators have not adjusted fares since January 17, when a nine per cent increase took effect. "Since then, diesel has gone up by a fifth," he said.',
        publishedOn: '2026-07-10',
        phrase: 'Since then',
        when: '2026-01-17/..',
      },
    ],
  ],
]);
