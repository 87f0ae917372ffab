import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Ten days after the wreck", where no clause told before shares a word with "the wreck": a count
 * of days or weeks from an event named by a noun goes on from the last event told with its day,
 * past later events dated only to a month; one named by words that point back ("that meeting")
 * goes on from the previous event.
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a month told after the day',
    text: 'The ferry ran aground off Skerry Point on 4 March 2023. The company bought the vessel in June 2019. Ten days after the wreck, divers recovered the bell.',
    phrase: 'Ten days after the wreck',
    when: '2023-03-14',
    relation: ['after', 'ferry ran aground', 'P10D'],
  },
  {
    says: 'a count of weeks',
    text: 'Fire crews were called to the Dunmore mill on 14 August 2022. The mill opened in May 1961. Two weeks after the evacuation, the owners announced its closure.',
    phrase: 'Two weeks after the evacuation',
    when: '2022-08-28',
    relation: ['after', 'Fire crews were called', 'P2W'],
  },
  {
    says: 'before, past a month',
    text: 'Pupils walked out of Greyfield Academy on 2 February 2024. The school joined the trust in September 2015. Three days before the protest, the head had written to parents.',
    phrase: 'Three days before the protest',
    when: '2024-01-30',
    relation: ['before', 'Pupils walked out', 'P3D'],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'Los vecinos cortaron la carretera de acceso el 6 de abril de 2023. La empresa ganó la concesión en marzo de 2015. Cinco días después de la protesta, el ayuntamiento cedió.',
    phrase: 'Cinco días después de la protesta',
    when: '2023-04-11',
    relation: ['after', 'vecinos cortaron', 'P5D'],
  },
  {
    says: 'words that point back stay with the previous event',
    text: 'The union wrote to the board on 3 May 2023. Its leaders sat down with the directors in June 2023. Ten days after that meeting, the strike was called off.',
    phrase: 'Ten days after that meeting',
    when: '2023-06-11/2023-07-10',
    relation: ['after', 'sat down with the directors', 'P10D'],
  },
];

describeRelationRows('an event named by words no earlier clause shares', ROWS, '2024-06-10');
