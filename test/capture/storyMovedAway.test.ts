import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Its six basins stood in niches until December 1978, or perhaps January 1979, when men arrived at
 * night … The caretaker walked to the police post the following morning": a count of days or weeks
 * with no named event goes on from the event just told, though it is dated more coarsely than the
 * count, when that event is dated to a season or finer and lies a year or more from the last event
 * dated as finely: the story has moved to its time (a flashback, or a return from one). An event
 * told at a coarser grain near the story's time is still passed over (src/capture/anchors.ts,
 * `movedAway`).
 */
const ROWS: RelationRow[] = [
  {
    says: 'a flashback to two months, decades before the day the story opened on',
    text: [
      'On Tuesday, 29 April 2025, six crates were carried into the courtyard of the museum.',
      'The temple kept its basins until December 1978, or perhaps January 1979, when a group of men arrived at night with a truck.',
      'The caretaker walked to the police post in the next village the following morning.',
    ].join('\n\n'),
    phrase: 'the following morning',
    when: '1978-12-02/1979-02-01',
    relation: ['after', 'group of men arrived', 'P1D'],
  },
  {
    says: 'the moment a count in the flashback reached, for "By then"',
    text: [
      'On Tuesday, 29 April 2025, six crates were carried into the courtyard of the museum.',
      'The temple kept its basins until December 1978, or perhaps January 1979, when a group of men arrived at night with a truck.',
      'The caretaker walked to the police post in the next village the following morning.',
      'By then, four other temples in the valley had been stripped.',
    ].join('\n\n'),
    phrase: 'By then',
    when: '../1979-02-01',
    relation: ['before', 'caretaker walked', null],
  },
  {
    says: 'a season told a decade after the last day',
    text: [
      'The new lifeboat was named at a service on the pier on 7 June 2009.',
      'Then, in the summer of 2012, divers found the wreck of the Mary Ellen.',
      'McKeown went out with the divers a week later on their survey boat.',
    ].join('\n\n'),
    phrase: 'a week later',
    when: '2012-06-08/2012-09-07',
    relation: ['after', 'divers found the wreck', 'P1W'],
  },
  {
    says: 'a month told weeks before the last day, passed over',
    text: [
      'The board met on Friday, 3 May 2024, and voted to close the plant.',
      'Orders had fallen in April 2024.',
      'Two days later, the chair resigned.',
    ].join('\n\n'),
    phrase: 'Two days later',
    when: '2024-05-05',
    relation: ['after', 'The board met', 'P2D'],
  },
  {
    says: 'un salto a un verano de hace cuarenta años',
    lang: 'es',
    text: [
      'El retablo volvió a la iglesia de Tlacuilco el sábado 11 de julio de 2026.',
      'En el verano de 1985, unos hombres desmontaron el retablo de noche.',
      'Al día siguiente, el sacristán denunció el robo ante la policía.',
    ].join('\n\n'),
    phrase: 'Al día siguiente',
    when: '1985-06-02/1985-09-01',
    relation: ['after', 'unos hombres desmontaron', 'P1D'],
  },
];

describeRelationRows('capture: a count goes on from the time the story has moved to', ROWS, '2026-09-01');
