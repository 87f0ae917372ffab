import { describeDateTables } from './dateTables.ts';

/**
 * "the licence, which expires on 31 October 2027, … a hearing on 23 April": a date written with its year after the
 * publication is ahead of the story's time and leaves the reference time where it was, so a date without a year
 * told next is placed from the story's time (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date with its year after the publication does not carry the next date a year on',
    [
      {
        text: 'The regulator has imposed conditions on the licence, which expires on 31 October 2027, and will decide at a hearing on 23 April whether it should be suspended.',
        publishedOn: '2026-03-12',
        phrase: '23 April',
        when: '2026-04-23',
      },
      {
        text: 'La concesión, que vence el 31 de octubre de 2027, será revisada. El regulador decidirá en una audiencia el 23 de abril si la suspende.',
        publishedOn: '2026-03-12',
        phrase: '23 de abril',
        when: '2026-04-23',
        lang: 'es',
      },
    ],
  ],
  [
    'a date told ahead after it is still ahead of the publication',
    [
      {
        text: 'The tender closes on 3 February 2027, and the bids will be opened on 10 February.',
        publishedOn: '2026-11-20',
        phrase: '10 February',
        when: '2027-02-10',
      },
    ],
  ],
]);
