import { describeDateTables } from './dateTables.ts';

/**
 * A date that opens its clause, after words of its sentence ("would meet | this week to discuss the
 * funds raised"), takes the future its sentence told before it: the verb that governs it is there,
 * not in the words after it (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date opening its clause takes the future told before it',
    [
      {
        text: 'The mayor said on Sunday that the council would meet this week to discuss the funds raised by the fair.',
        publishedOn: '2026-06-15',
        phrase: 'this week',
        when: '2026-06-15/2026-06-21',
      },
      {
        text: 'The school said on Monday that it would keep the hall open until 30 September for pupils affected by the flooding.',
        publishedOn: '2026-09-02',
        phrase: 'until 30 September',
        when: '../2026-09-30',
      },
      {
        text: 'The operator said on Tuesday that it would run extra trains from 6 November for fans priced out of the flights.',
        publishedOn: '2026-10-01',
        phrase: 'from 6 November',
        when: '2026-11-06/..',
      },
    ],
  ],
]);
