import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Two days later" with no named anchor goes on from the previous event of the narrative: a count
 * of days from the latest event dated to ten days or finer, of weeks from one dated to a month or
 * finer, of months from one dated to a year or finer, past background years told in between
 * (asides, quotations, "since").
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
    says: 'past a relative clause in the pluperfect without a comma',
    lang: 'en',
    text: 'Auditors visited the depot on 12 May 2022 and found forms signed by a manager who had retired in January 2022. The board suspended the contract three days later.',
    phrase: 'three days later',
    when: '2022-05-15',
    relation: ['after', 'Auditors visited', 'P3D'],
  },
  {
    says: 'past a pluperfect "which had" clause',
    lang: 'en',
    text: 'The ferry ran aground on 2 August 2021 near a pier which had been rebuilt in March 2021. Two days later, the crew was rescued.',
    phrase: 'Two days later',
    when: '2021-08-04',
    relation: ['after', 'ran aground', 'P2D'],
  },
  {
    says: 'past a pluperfect clause naming a month',
    lang: 'en',
    text: 'Police arrested the driver on 9 October 2020, a man who had moved to the town in June 2020. A week later he was charged.',
    phrase: 'A week later',
    when: '2020-10-16',
    relation: ['after', 'Police arrested', 'P1W'],
  },
  {
    says: 'from an open statement at the grain of its day, past one at the grain of its year',
    lang: 'en',
    text: 'The clinic had run out of vaccine by 4 March 2021. It has served the valley since 1998. Two days later, a delivery arrived.',
    phrase: 'Two days later',
    when: '2021-03-06',
    relation: ['after', 'run out of vaccine', 'P2D'],
  },
  {
    says: 'from a deadline dated to a day, past a year',
    lang: 'en',
    text: 'The council was told to reply by 1 June 2022. It has owned the land since 2004. Ten days later, it asked for more time.',
    phrase: 'Ten days later',
    when: '2022-06-11',
    relation: ['after', 'told to reply', 'P10D'],
  },
  {
    says: 'from "until" a day, past a decade',
    lang: 'en',
    text: 'The bridge stayed shut until 8 July 2019. Barges have used the canal since the 1990s. A week later, the toll rose.',
    phrase: 'A week later',
    when: '2019-07-15',
    relation: ['after', 'bridge stayed shut', 'P1W'],
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
