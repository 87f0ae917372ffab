import { describeDateTables } from './dateTables.ts';

/**
 * The future of a telling whose time the text does not give — told to the speaker ("We were told it would…",
 * "Nos dijeron que…"), or told with no date of its own after the text has returned to the news — is read from
 * the publication, the time the words are reported at, and is not held after the story's time (docs/design.md,
 * How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'the future of a telling to the speaker is read from the publication, not held after the story',
    [
      {
        text: 'The new marking software was used for the first time in the summer of 2026. "We were told it would be fully tested by the end of April," a union official said.',
        publishedOn: '2026-09-02',
        phrase: 'by the end of April',
        when: '../2026-04',
      },
      {
        text: 'Las heladas comenzaron el 7 de junio de 2026. "Nos dijeron que las medicinas llegarían en mayo", reclamó una criadora.',
        publishedOn: '2026-06-16',
        phrase: 'mayo',
        when: '2026-05',
        lang: 'es',
      },
    ],
  ],
  [
    'the future of a telling with no date of its own, once the text has returned to the news, is read from the publication',
    [
      {
        text: 'The operator won the contract in March 2019.\n\nAdvocates asked the board to open default proceedings in June.',
        publishedOn: '2026-10-08',
        phrase: 'June',
        when: '2026-06',
      },
      {
        text: 'El contrato se firmó en marzo de 2019.\n\nLa empresa prometió que las obras estarían terminadas en junio.',
        publishedOn: '2026-10-08',
        phrase: 'junio',
        when: '2026-06',
        lang: 'es',
      },
    ],
  ],
  [
    'the future of a telling the story dates stays after that telling',
    [
      {
        text: 'The board met on 3 September 2026. It promised the repairs would be finished by June.',
        publishedOn: '2026-10-01',
        phrase: 'by June',
        when: '../2027-06',
      },
      {
        text: 'The new marking software was used for the first time in the summer of 2026. A union official said it would be fully tested by the end of April.',
        publishedOn: '2026-09-02',
        phrase: 'by the end of April',
        when: '../2027-04',
      },
    ],
  ],
]);
