import { describeDateTables } from './dateTables.ts';

/**
 * "in the summer of 2015 of a fever", "in the spring of 2019 from Lahore": a season read with its year whatever
 * follows it; only a season without a year before "of", "in" or "from" is no date ("the summer of discontent").
 * Short stories of our own.
 */
describeDateTables([
  [
    'a season with its year keeps it before "of", "in" or "from"',
    [
      {
        text: 'His wife had died in the summer of 2015 of a fever that the nearest clinic could not identify.',
        publishedOn: '2026-11-14',
        phrase: 'the summer of 2015',
        when: '2015-22',
      },
      {
        text: 'The family moved in the spring of 2019 from Lahore to the coast.',
        publishedOn: '2026-11-14',
        phrase: 'the spring of 2019',
        when: '2019-21',
      },
      {
        text: 'The first boats were built in the autumn of 2020 in a yard by the lake.',
        publishedOn: '2026-11-14',
        phrase: 'the autumn of 2020',
        when: '2020-23',
      },
    ],
  ],
]);
