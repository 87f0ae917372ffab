import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * An open statement dates its event by the side it writes: "closed since 3 September" is the closure
 * on 3 September, "had her coat on by 5:30 a.m. on Tuesday, Sept. 15" the morning of 15 September. A
 * count from such an event goes on from that date, not from the open side, and the event counts at
 * the grain of its day when a count of days passes over coarser events to find one.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a count back from the start of a state',
    text: 'The factory has been closed since September 3. Inspectors visited the factory three days before the closure.',
    phrase: 'three days before the closure',
    when: '2023-08-31',
    relation: ['before', 'The factory has been closed', 'P3D'],
  },
  {
    says: 'a count on from the start of a state',
    text: 'The factory has been closed since September 3. A week after the closure, workers began a sit-in at the gate.',
    phrase: 'A week after the closure',
    when: '2023-09-10',
    relation: ['after', 'The factory has been closed', 'P1W'],
  },
  {
    says: 'a count on from a deadline met on its day',
    text: 'Dolores Whitfield had her coat on by 5:30 a.m. on Tuesday, Sept. 12. Two days later she filed a complaint with the state.',
    phrase: 'Two days later',
    when: '2023-09-14',
    relation: ['after', 'Dolores Whitfield had her coat on', 'P2D'],
  },
  {
    says: 'a count of days from a state begun on a day, past a part of a month',
    text: 'The volcano began to stir in late September. Since September 28, the stations have recorded up to 300 small earthquakes a day. Five days later, the first eruption threw ash 500 metres high.',
    phrase: 'Five days later',
    when: '2023-10-03',
    relation: ['after', 'Since September 28', 'P5D'],
  },
  {
    says: 'in Spanish, a count of days from a state begun on a day',
    lang: 'es',
    text: 'El volcán empezó a dar señales a finales de septiembre. Desde el pasado 28 de septiembre, las estaciones detectan hasta 300 sismos por día. Cinco días después se produjo la primera erupción freática.',
    phrase: 'Cinco días después',
    when: '2023-10-03',
    relation: ['after', 'Desde el pasado 28 de septiembre', 'P5D'],
  },
  {
    says: 'in Spanish, a count back from the start of a state',
    lang: 'es',
    text: 'La fábrica está cerrada desde el 3 de septiembre. Los inspectores visitaron la fábrica tres días antes del cierre.',
    phrase: 'tres días antes del cierre',
    when: '2023-08-31',
    relation: ['before', 'La fábrica está cerrada', 'P3D'],
  },
];

describeRelationRows('a count from an open statement, from the date it names', ROWS, '2023-10-18');
