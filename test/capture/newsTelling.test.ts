import { describeDateTables } from './dateTables.ts';

/**
 * "the year" told as the future seen from a past telling is the year of that telling, unless its
 * paragraph returns to the news after dates told more than six months before the publication: then
 * the telling is the news's, and the year the publication's (docs/design.md, How capture reads dates).
 * Short stories of our own.
 */
describeDateTables([
  [
    'a future told in a paragraph that returns to the news is seen from the publication',
    [
      {
        text: 'The river trust bought the mill in March 2023 and sold it in May 2023.\n\nThe county planning officer said the council would decide the site’s future before the end of the year.',
        publishedOn: '2024-10-01',
        phrase: 'before the end of the year',
        when: '../2024-12',
      },
      {
        text: 'The old pier closed in January 2022.\n\nA spokeswoman said the harbour board would choose a builder by the end of the year.',
        publishedOn: '2023-09-10',
        phrase: 'by the end of the year',
        when: '../2023-12',
      },
      {
        text: 'The ferry service ended in the spring of 2021.\n\nThe operator said it would sell its last boat by the end of the year, its director told reporters.',
        publishedOn: '2022-08-15',
        phrase: 'by the end of the year',
        when: '../2022-12',
      },
    ],
  ],
  [
    'a future told from a past telling in its own paragraph keeps the telling’s year',
    [
      {
        text: 'In June 2023 the minister promised the work would be finished by the end of the year.',
        publishedOn: '2025-02-01',
        phrase: 'by the end of the year',
        when: '../2023-12',
      },
    ],
  ],
]);
