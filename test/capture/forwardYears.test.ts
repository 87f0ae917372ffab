import { describeDateTables } from './dateTables.ts';

/**
 * A date without a year in a clause told in the simple past takes the first year in which it does not
 * end before the reference time, as a story told in the past moves forward; one told in the pluperfect
 * looks back from the reference time, to the nearest year (docs/design.md, How capture reads dates).
 * Short stories of our own.
 */
describeDateTables([
  [
    'a date told in the simple past goes on from the reference time',
    [
      {
        text: 'The clinic opened its doors in spring 2022. It hired its first surgeon in November.',
        publishedOn: '2023-03-01',
        phrase: 'November',
        when: '2022-11',
      },
      {
        text: 'The ferry company bought two new boats in June 2024. The first of them sank in February.',
        publishedOn: '2025-08-10',
        phrase: 'February',
        when: '2025-02',
      },
      {
        text: 'The mine flooded in late August 2021. Rescuers reached the last of the miners on 2 March.',
        publishedOn: '2022-06-01',
        phrase: '2 March',
        when: '2022-03-02',
      },
      {
        text: 'The storm reached the coast on 6 September 2024. Crews cleared the last roads in the autumn.',
        publishedOn: '2025-05-01',
        phrase: 'the autumn',
        when: '2024-23',
      },
    ],
  ],
  [
    'a date told in the pluperfect looks back to the nearest year',
    [
      {
        text: 'The mayor resigned in June 2024. She had warned the council in March.',
        publishedOn: '2025-06-20',
        phrase: 'March',
        when: '2024-03',
      },
      {
        text: 'The bridge reopened in October 2023. Engineers had found the crack on 2 August.',
        publishedOn: '2024-09-01',
        phrase: '2 August',
        when: '2023-08-02',
      },
    ],
  ],
]);
