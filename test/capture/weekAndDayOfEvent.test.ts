import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "The week before the vote", "la semana previa a la votación": the calendar week before the vote's,
 * up to the day before it;
 * "on the night the dam broke": the day of the event named; "thirty years later to the day":
 * counted from the latest event dated to a day.
 */
const ROWS: RelationRow[] = [
  {
    says: 'the week before an event on a Wednesday',
    text: 'The council voted on Wednesday 14 June 2023. The week before the vote, the mayor met developers.',
    phrase: 'The week before the vote',
    when: '2023-06-05/2023-06-13',
    relation: ['before', 'council voted', null],
  },
  {
    says: 'the week before an event on a Saturday',
    text: 'The plant was sold on 9 January 2021. The week before the sale, staff were told.',
    phrase: 'The week before the sale',
    when: '2020-12-28/2021-01-08',
    relation: ['before', 'plant was sold', null],
  },
  {
    says: 'in the week after',
    text: 'The strike began on 3 March 2022. In the week after the strike, three depots closed.',
    phrase: 'the week after the strike',
    when: '2022-03-04/2022-03-13',
    relation: ['after', 'strike began', null],
  },
  {
    says: 'Spanish, the week after the event named',
    lang: 'es',
    text: 'La policía capturó a cinco acusados el martes 23 de abril de 2024. Los taxistas retomaron labores la semana siguiente a las capturas.',
    phrase: 'la semana siguiente a las capturas',
    when: '2024-04-24/2024-05-05',
    relation: ['after', 'capturó a cinco acusados', null],
  },
  {
    says: 'Spanish, the week before the event named, with "al"',
    lang: 'es',
    text: 'El juicio comenzó el miércoles 14 de junio de 2023. La defensa presentó nuevas pruebas la semana previa al juicio.',
    phrase: 'la semana previa al juicio',
    when: '2023-06-05/2023-06-13',
    relation: ['before', 'juicio comenzó', null],
  },
  {
    says: 'on the day a clause names',
    text: 'The jury returned its verdict on 4 April 2024. The judge sentenced him on 30 April 2024. On the day the verdict was read, his family left the court.',
    phrase: 'On the day the verdict was read',
    when: '2024-04-04',
    relation: ['same-day', 'returned its verdict', null],
  },
  {
    says: 'on the night a clause names',
    text: 'The dam broke on 2 May 2019. Rescuers arrived on 5 May 2019. On the night the dam broke, 40 families fled.',
    phrase: 'On the night the dam broke',
    when: '2019-05-02',
    relation: ['same-day', 'dam broke', null],
  },
  {
    says: 'to the day, past an event dated to a month',
    text: 'The ferry sank on 12 May 1993. Divers searched the wreck in May 1993. Thirty years later to the day, relatives met at the harbour.',
    phrase: 'Thirty years later to the day',
    when: '2023-05-12',
    relation: ['after', 'ferry sank', 'P30Y'],
  },
];

describeRelationRows('capture: the week before an event, the day a clause names, to the day', ROWS);
