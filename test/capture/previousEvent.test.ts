import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Two days later" with no named anchor goes on from the previous event of the narrative: a count
 * of days or weeks from the latest event dated to a month or finer, a count of months from one
 * dated to a year or finer, past background years told in between (asides, quotations, "since").
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a year in a relative clause',
    lang: 'en',
    text: 'On 3 May 2022 the council voted to close the library, which opened in 1958. Two days later, protesters occupied the building.',
    phrase: 'Two days later',
    when: '2022-05-05',
    relation: ['after', 'council voted', 'P2D'],
  },
  {
    says: 'past a year in quoted words',
    lang: 'en',
    text: 'On 3 May 2022 the council voted to close the library. "We warned them in 2019," said a librarian. The next day, protesters occupied the building.',
    phrase: 'The next day',
    when: '2022-05-04',
    relation: ['after', 'council voted', 'P1D'],
  },
  {
    says: 'past an open "since"',
    lang: 'en',
    text: 'The pool closed on 9 June 2021. It had been losing money since 2015. Three weeks later, the council sold it.',
    phrase: 'Three weeks later',
    when: '2021-06-30',
    relation: ['after', 'pool closed', 'P3W'],
  },
  {
    says: 'a count of months past a decade, from a year',
    lang: 'en',
    text: 'The mill was sold in 2019. Its owners had run it since the 1980s. Six months later, it burned down.',
    phrase: 'Six months later',
    when: '2019-07/2020-06',
    relation: ['after', 'mill was sold', 'P6M'],
  },
  {
    says: 'más allá de un año en una aposición',
    lang: 'es',
    text: 'El 14 de marzo de 2023 cerró el mercado, construido en 1962. Dos días después, los locatarios bloquearon la calle.',
    phrase: 'Dos días después',
    when: '2023-03-16',
    relation: ['after', 'cerró el mercado', 'P2D'],
  },
];

describeRelationRows(
  'capture: "later" with no named anchor goes on from the narrative, at the grain of its count',
  ROWS,
);
