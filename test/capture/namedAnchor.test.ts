import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "after the fire": the anchor is the event whose clause states it (its verb, or its noun with a
 * verb of taking place) over later clauses that only mention it, and over a word used as a
 * modifier ("the fire chief").
 */
const ROWS: RelationRow[] = [
  {
    says: 'the noun with a verb of taking place, not a later "fire chief"',
    text: 'The fire started on 9 March 2022 near the docks. The fire chief resigned on 20 March 2022. The insurer paid out within 48 hours of the fire.',
    phrase: 'within 48 hours of the fire',
    when: '2022-03-09/2022-03-11',
    relation: ['after', 'fire started', '../P2D'],
  },
  {
    says: 'the verb that states the event, not a later clause about it',
    text: 'The airline suspended all flights on 4 May 2023. The suspension, which the union criticised on 6 May 2023, cost millions. Two days after the suspension, its shares fell 9 per cent.',
    phrase: 'Two days after the suspension',
    when: '2023-05-06',
    relation: ['after', 'suspended all flights', 'P2D'],
  },
  {
    says: 'la subasta celebrada, no una mención posterior',
    lang: 'es',
    text: 'En la subasta, celebrada el 3 de junio de 2024, dos empresas ganaron. El 10 de junio de 2024 la fiscalía pidió los documentos de la subasta. Una semana después de la subasta, el ministerio publicó los resultados.',
    phrase: 'Una semana después de la subasta',
    when: '2024-06-10',
    relation: ['after', 'celebrada', 'P1W'],
  },
  {
    says: 'the ballot held, not the ballot papers counted later',
    text: 'The ballot was held on 2 June 2021. Officials counted the ballot papers again on 9 June 2021. A week before the ballot, the union wrote to members.',
    phrase: 'A week before the ballot',
    when: '2021-05-26',
    relation: ['before', 'ballot was held', 'P1W'],
  },
];

describeRelationRows('capture: the anchor a phrase names is the clause that states the event', ROWS);
