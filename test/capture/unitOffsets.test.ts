import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "The following year", "the previous month", "la semana siguiente": the calendar unit after or
 * before the anchor's, with the one unit the phrase counts as its offset.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a year after an event dated to a year',
    text: 'The plant was sold in 2015. The following year, its new owners closed it.',
    phrase: 'The following year',
    when: '2016',
    relation: ['after', 'plant was sold', 'P1Y'],
  },
  {
    says: 'a week after an event dated to a day',
    text: 'The mayor resigned on 3 March 2021. The following week, the council met in private.',
    phrase: 'The following week',
    when: '2021-03-08/2021-03-14',
    relation: ['after', 'mayor resigned', 'P1W'],
  },
  {
    says: 'a month before an event dated to a month',
    text: 'Flooding hit the town in June 2018. The previous month, engineers had warned of the risk.',
    phrase: 'The previous month',
    when: '2018-05',
    relation: ['before', 'Flooding hit', 'P1M'],
  },
  {
    says: 'la semana siguiente',
    lang: 'es',
    text: 'La planta abrió el 5 de mayo de 2022. La semana siguiente, llegaron los primeros pedidos.',
    phrase: 'La semana siguiente',
    when: '2022-05-09/2022-05-15',
    relation: ['after', 'planta abrió', 'P1W'],
  },
];

describeRelationRows('capture: the following or previous week, month or year counts one unit', ROWS);

/**
 * "The following weekend", "the previous weekend": the first Saturday–Sunday after the previous
 * event, or the last before it; "the year before", "the month after" with no event named after them:
 * the calendar unit before or after the previous event's.
 */
const BESIDE: RelationRow[] = [
  {
    says: 'the weekend after a Thursday',
    text: 'The letters arrived on Thursday, 6 July 2023. Buyers drove to the site the following weekend.',
    phrase: 'the following weekend',
    when: '2023-07-08/2023-07-09',
    relation: ['after', 'letters arrived', null],
  },
  {
    says: 'the weekend after a Saturday',
    text: 'The storm hit on 14 October 2023. Volunteers cleared the beach the next weekend.',
    phrase: 'the next weekend',
    when: '2023-10-21/2023-10-22',
    relation: ['after', 'storm hit', null],
  },
  {
    says: 'the weekend before a Wednesday',
    text: 'The school reopened on 6 September 2023. Staff had painted the classrooms the previous weekend.',
    phrase: 'the previous weekend',
    when: '2023-09-02/2023-09-03',
    relation: ['before', 'school reopened', null],
  },
  {
    says: 'the year before, ending its clause',
    text: 'The museum opened in 2019. Its founders had bought the building the year before.',
    phrase: 'the year before',
    when: '2018',
    relation: ['before', 'museum opened', 'P1Y'],
  },
  {
    says: 'the month after, before a verb',
    text: 'The ferry sank in March 2020. The month after, the operator lost its licence.',
    phrase: 'The month after',
    when: '2020-04',
    relation: ['after', 'ferry sank', 'P1M'],
  },
];

describeRelationRows('capture: the weekend, week, month or year beside the previous event', BESIDE);
