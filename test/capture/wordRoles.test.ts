import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * Which words of a clause name its event, when a relative phrase names an event: a word the clause
 * holds only about something else, a possessive before a noun ("the fireball's projected path") or
 * a verb after "to" ("expects the agency to reinspect the plant"), counts less than a word naming
 * the event; and a clause that holds a phrase's verb ("two days after the petition was received")
 * but none of its other words ("received no reply") did that to something else: it does not state
 * the event, so the clause that names the petition, told later, is taken.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a possessive names another thing',
    text: 'A fireball lit the sky over Broken Bow on 14 August 2025. On 16 August 2025 a farmer drove south with a map of the fireball’s projected path. Six days after the fireball, the network published its first map.',
    phrase: 'Six days after the fireball',
    when: '2025-08-20',
    relation: ['after', 'fireball lit the sky', 'P6D'],
  },
  {
    says: 'a verb after "to" is no event told',
    text: 'Investigators began an inspection of the plant on 3 June 2025. On 8 October 2025 the company said it expected the agency to reinspect the plant. Two days after the inspection, the firm halted production.',
    phrase: 'Two days after the inspection',
    when: '2025-06-05',
    relation: ['after', 'began an inspection', 'P2D'],
  },
  {
    says: 'a clause that holds only the phrase’s verb does not state its event',
    text: 'The cooperative wrote to the mine on 2 February 2026 and received no reply until an officer visited on 19 February 2026. A petition signed by 312 households was handed to the council on 25 February 2026. The mayor said officers took samples two days after the petition was received.',
    phrase: 'two days after the petition was received',
    when: '2026-02-27',
    relation: ['after', 'petition signed by 312 households', 'P2D'],
  },
  {
    says: 'in Spanish, a clause that holds only the phrase’s verb does not state its event',
    lang: 'es',
    text: 'La cooperativa escribió a la mina el 2 de febrero de 2026 y no recibieron respuesta hasta el 19 de febrero de 2026. Una petición firmada por 312 familias fue entregada al concejo el 25 de febrero de 2026. El alcalde dijo que los técnicos tomaron muestras dos días después de que la petición fue recibida.',
    phrase: 'dos días después de que la petición fue recibida',
    when: '2026-02-27',
    relation: ['after', 'petición firmada por 312 familias', 'P2D'],
  },
  {
    says: 'a verb alone still names the event when no clause holds the thing',
    text: 'A tanker carrying gas was due on 4 August 2025 but berthed on 12 August 2025. Deliveries to dealers resumed two days after the vessel berthed.',
    phrase: 'two days after the vessel berthed',
    when: '2025-08-14',
    relation: ['after', 'berthed on 12 August', 'P2D'],
  },
];

describeRelationRows('the words of a clause that name its event', ROWS, '2026-03-19');
