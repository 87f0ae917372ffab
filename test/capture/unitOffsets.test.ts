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
