import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Since the night of the flood", "desde la noche de la inundación": open from the event the words
 * name, as "since the flood" is; the day or part of a day between them narrows nothing.
 */
const ROWS: RelationRow[] = [
  {
    says: 'since the night of an event',
    text: 'The river flooded the town on 3 March 2021. Residents have lived in tents since the night of the flood.',
    phrase: 'since the night of the flood',
    when: '2021-03-03/..',
    relation: ['after', 'river flooded', null],
  },
  {
    says: 'since the day of an event',
    text: 'Police raided the market on 5 June 2022. Traders have stayed away since the day of the raid.',
    phrase: 'since the day of the raid',
    when: '2022-06-05/..',
    relation: ['after', 'Police raided', null],
  },
  {
    says: 'desde la noche de un evento',
    lang: 'es',
    text: 'El río inundó el pueblo el 3 de marzo de 2021. Los vecinos viven en carpas desde la noche de la inundación.',
    phrase: 'desde la noche de la inundación',
    when: '2021-03-03/..',
    relation: ['after', 'río inundó', null],
  },
  {
    says: 'la noche de un evento, sin "desde", es ese día',
    lang: 'es',
    text: 'El río inundó el pueblo el 3 de marzo de 2021. La noche de la inundación, los vecinos durmieron en la escuela.',
    phrase: 'La noche de la inundación',
    when: '2021-03-03',
    relation: ['same-day', 'río inundó', null],
  },
];

describeRelationRows('capture: since the day or night of an event is open from it', ROWS, '2023-01-10');
