import { describeDateTables } from './dateTables.ts';

/**
 * "that April", "that winter" take the year of the previous event (docs/design.md, How capture
 * reads dates), passing over one told in an aside in the pluperfect (", who had joined the city two
 * years earlier,"): background to its sentence, as a background year is to a count of days. Short
 * stories of our own.
 */
describeDateTables([
  [
    '"that" before a month or season passes over an event told in an aside in the pluperfect',
    [
      {
        text: 'The council approved the project in the spring of 2019. Janet Oduya, who had joined the city two years earlier, told the committee that April that it was overdue.',
        publishedOn: '2025-11-10',
        phrase: 'that April',
        when: '2019-04',
      },
      {
        text: 'The ferry sank on 3 May 2024. Its captain, who had trained in Oslo in 2011, gave evidence that August.',
        publishedOn: '2025-11-10',
        phrase: 'that August',
        when: '2024-08',
      },
      {
        text: 'The bridge reopened in June 2023. The engineer, who had first inspected it in 2015, retired that winter.',
        publishedOn: '2025-11-10',
        phrase: 'that winter',
        when: '2023-24',
      },
    ],
  ],
]);
