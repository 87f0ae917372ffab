import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Two days later" counts from an event known to within a few days: a count of days goes on from
 * the latest event dated to ten days or finer (a day, a week, "early June"), past events told
 * since that are dated only to a month.
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a month in the pluperfect',
    text: 'Flood water entered the depot on 3 March 2021. Staff had warned the council in February 2021. Two days later, the depot closed.',
    phrase: 'Two days later',
    when: '2021-03-05',
    relation: ['after', 'Flood water entered', 'P2D'],
  },
  {
    says: '"the next day" past a month',
    text: 'The mayor opened the bridge on 9 June 2019. Engineers found cracks in May 2019, a report says. The next day, the bridge was shut.',
    phrase: 'The next day',
    when: '2019-06-10',
    relation: ['after', 'mayor opened the bridge', 'P1D'],
  },
  {
    says: 'a count of three days',
    text: 'A storm cut power to the island on 14 January 2022. Crews had replaced the cable in December 2021. Three days later, power returned.',
    phrase: 'Three days later',
    when: '2022-01-17',
    relation: ['after', 'storm cut power', 'P3D'],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'La planta se detuvo el 4 de marzo de 2022. Los técnicos habían pedido repuestos en febrero de 2022. Dos días después, la empresa despidió al gerente.',
    phrase: 'Dos días después',
    when: '2022-03-06',
    relation: ['after', 'planta se detuvo', 'P2D'],
  },
];

describeRelationRows('a count of days, from an event dated to ten days or finer', ROWS, '2024-06-10');
