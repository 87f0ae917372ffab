import { describeDateTables } from './dateTables.ts';

/**
 * A date a plan was set for, told as a state of the past ("had been scheduled for", "was booked for", "estaba
 * previsto para"), was ahead of the plan's making but may lie on either side of the publication: its year is the
 * nearest to the reference time (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date a plan had been set for takes the nearest year, before the publication as well as after it',
    [
      {
        text: "Farmers say the repair is far too late. The season's first water issue had been scheduled for 5 June, and the nurseries have withered.",
        publishedOn: '2026-07-18',
        phrase: '5 June',
        when: '2026-06-05',
      },
      {
        text: 'The ward has had no heating since Monday. An engineer was booked for 9 March, the trust said, but never came.',
        publishedOn: '2026-04-02',
        phrase: '9 March',
        when: '2026-03-09',
      },
      {
        text: 'The cooperative suspended the second advance to its members, which was planned for 30 October, and asked the bank for more time.',
        publishedOn: '2026-11-03',
        phrase: '30 October',
        when: '2026-10-30',
      },
      {
        text: 'La cooperativa suspendió el segundo anticipo a sus socios, que estaba previsto para el 30 de octubre, y solicitó una prórroga.',
        publishedOn: '2026-11-03',
        phrase: '30 de octubre',
        when: '2026-10-30',
        lang: 'es',
      },
      {
        text: 'El gerente explicó que la secretaría no ha transferido el segundo desembolso, que estaba programado para la primera semana de abril.',
        publishedOn: '2026-05-15',
        phrase: 'la primera semana de abril',
        when: '2026-04-01/2026-04-07',
        lang: 'es',
      },
    ],
  ],
  [
    'a plan so told whose date is still ahead stays ahead',
    [
      {
        text: 'The vote had been scheduled for 3 December, and the council has not said whether it will go ahead.',
        publishedOn: '2026-11-10',
        phrase: '3 December',
        when: '2026-12-03',
      },
      {
        text: 'La audiencia, que estaba prevista para el 12 de enero, se mantiene, según el juzgado.',
        publishedOn: '2026-12-20',
        phrase: '12 de enero',
        when: '2027-01-12',
        lang: 'es',
      },
    ],
  ],
  [
    'a plan told now is ahead of the publication',
    [
      {
        text: 'The first water issue is scheduled for 5 June, the department said.',
        publishedOn: '2026-07-18',
        phrase: '5 June',
        when: '2027-06-05',
      },
      {
        text: 'El segundo anticipo está previsto para el 30 de octubre, según la cooperativa.',
        publishedOn: '2026-11-03',
        phrase: '30 de octubre',
        when: '2027-10-30',
        lang: 'es',
      },
    ],
  ],
]);
