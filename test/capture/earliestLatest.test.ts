import { describeDateTables } from './dateTables.ts';

/**
 * A date said to be the earliest ("in the first half of 2027 at the earliest", "en abril como muy pronto")
 * is from it on; one said to be the latest ("on 15 March at the latest", "el 15 de marzo a más tardar")
 * is on or before it (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date at the earliest is from it on',
    [
      {
        text: 'A resubmission carries a six-month review goal, so a launch would come in the first half of 2027 at the earliest.',
        publishedOn: '2026-02-10',
        phrase: 'the first half of 2027',
        when: '2027-40/..',
      },
      {
        text: 'The bridge will reopen in September, at the earliest, the county engineer said.',
        publishedOn: '2026-02-10',
        phrase: 'September',
        when: '2026-09/..',
      },
      {
        text: 'El fallo del tribunal llegará en abril como muy pronto, según la defensa.',
        publishedOn: '2026-02-10',
        phrase: 'abril',
        when: '2026-04/..',
        lang: 'es',
      },
    ],
  ],
  [
    'a date at the latest is on or before it',
    [
      {
        text: 'The contractor must hand over the keys on 15 March at the latest.',
        publishedOn: '2026-02-10',
        phrase: '15 March',
        when: '../2026-03-15',
      },
      {
        text: 'La cooperativa pagará la primera cuota el 15 de marzo a más tardar, dijo su gerente.',
        publishedOn: '2026-02-10',
        phrase: '15 de marzo',
        when: '../2026-03-15',
        lang: 'es',
      },
    ],
  ],
]);
