import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Since the filing" holds up to the publication, so the event it names happened before it: an
 * event scheduled after the publication that shares the phrase's words is never its anchor.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a scheduled ruling shares the word',
    text: 'The firm filed for bankruptcy on 2 March 2024. A bankruptcy judge will rule on the sale on 9 December 2024. Since the bankruptcy filing, three buyers have come forward.',
    phrase: 'Since the bankruptcy filing',
    when: '2024-03-02/..',
    relation: ['after', 'filed for bankruptcy', null],
  },
  {
    says: 'a second strike is planned',
    text: 'Nurses went on strike on 4 April 2024. A second strike by the nurses is planned for 20 November 2024. Since the strike by the nurses, the board has met the union twice.',
    phrase: 'Since the strike by the nurses',
    when: '2024-04-04/..',
    relation: ['after', 'Nurses went on strike', null],
  },
  {
    says: 'the closure is to be completed after the publication',
    text: 'The company shut its first line on 12 January 2024. The closure of the plant will be completed on 30 November 2024. Workers have found few jobs since the closure of the plant.',
    phrase: 'since the closure of the plant',
    when: '2024-01-12/..',
    relation: ['after', 'shut its first line', null],
  },
  {
    says: '"desde" a ballot held before a second one is called',
    lang: 'es',
    text: 'Los socios votaron la fusión el 3 de febrero de 2024. Una segunda votación de la fusión se celebrará el 20 de diciembre de 2024. Desde la votación, la directiva no ha convocado a la asamblea.',
    phrase: 'Desde la votación',
    when: '2024-02-03/..',
    relation: ['after', 'socios votaron', null],
  },
];

describeRelationRows('capture: "since" an event counts from none after the publication', ROWS, '2024-10-01');
