import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "The following January", "the following spring", "el otoño anterior": dated from the last date
 * the text established, they relate to the event of that date, with no offset (they only order).
 */
const ROWS: RelationRow[] = [
  {
    says: 'a month after the event of the last date',
    text: 'The complaint reached the regulator in April 2022. The regulator did not open an inquiry until the following January.',
    phrase: 'the following January',
    when: '2023-01',
    relation: ['after', 'complaint reached', null],
  },
  {
    says: 'a season after a month',
    text: 'The airline was sold to a fund in August 2022. It cut its engineering staff the following spring.',
    phrase: 'the following spring',
    when: '2023-21',
    relation: ['after', 'airline was sold', null],
  },
  {
    says: 'a season before a day',
    text: 'The dam failed on 3 March 2021. Engineers had flagged cracks the previous autumn.',
    phrase: 'the previous autumn',
    when: '2020-23',
    relation: ['before', 'dam failed', null],
  },
  {
    says: 'el otoño anterior',
    lang: 'es',
    text: 'La presa cedió el 3 de marzo de 2021. Los ingenieros habían advertido grietas el otoño anterior.',
    phrase: 'el otoño anterior',
    when: '2020-23',
    relation: ['before', 'presa cedió', null],
  },
];

describeRelationRows('capture: a month or season ordered against the story relates to its last date', ROWS);
