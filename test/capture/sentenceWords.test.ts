import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "The council met on 12 March, and voted to close the pool": a sentence with one date tells its
 * other clauses' events at that date too, so a later phrase naming one of them ("the vote") finds it.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a vote in the clause after the date',
    text: 'The full council met on 12 March 2022, and voted to close the pool. The week before the vote, swimmers held a protest.',
    phrase: 'The week before the vote',
    when: '2022-02-28/2022-03-11',
    relation: ['before', 'council met', null],
  },
  {
    says: 'arrests in a clause after a comma and "and"',
    text: 'Police raided the flat on 4 June 2020, and arrested three men. Since the arrests, the block has been quiet.',
    phrase: 'Since the arrests',
    when: '2020-06-04/..',
    relation: ['after', 'Police raided', null],
  },
  {
    says: 'a signing past a later event',
    text: 'The two firms met in Geneva on 9 May 2019, and signed the merger. On 20 May 2019 their shares rose. Three weeks after the signing, regulators opened an inquiry.',
    phrase: 'Three weeks after the signing',
    when: '2019-05-30',
    relation: ['after', 'firms met', 'P3W'],
  },
  {
    says: 'una votación en la cláusula sin fecha',
    lang: 'es',
    text: 'El cabildo sesionó el 3 de abril de 2023, y luego votó la venta del predio. Desde la votación, los vecinos protestan cada semana.',
    phrase: 'Desde la votación',
    when: '2023-04-03/..',
    relation: ['after', 'cabildo sesionó', null],
  },
];

describeRelationRows("capture: a sentence's one date dates the events of its other clauses", ROWS);
