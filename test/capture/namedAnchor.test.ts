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

/** "al día siguiente del registro", "la víspera de la votación": the day after or before the event named. */
const DAY_ROWS: RelationRow[] = [
  {
    says: 'al día siguiente del hecho nombrado, no del anterior',
    lang: 'es',
    text: 'La policía registró la sede el 3 de mayo de 2023. El 5 de mayo de 2023 el alcalde habló con la prensa. El tesorero renunció al día siguiente del registro.',
    phrase: 'al día siguiente del registro',
    when: '2023-05-04',
    relation: ['after', 'registró la sede', 'P1D'],
  },
  {
    says: 'la víspera del hecho nombrado',
    lang: 'es',
    text: 'La votación se celebró el 10 de junio de 2022. El 20 de junio de 2022 el club presentó sus cuentas. El presidente habló con los socios la víspera de la votación.',
    phrase: 'la víspera de la votación',
    when: '2022-06-09',
    relation: ['before', 'votación se celebró', 'P1D'],
  },
];

describeRelationRows('capture: the day after or before an event named in Spanish', DAY_ROWS);

/** "Los hechos ocurrieron el domingo", "The incident happened on 9 May": the event of the sentence before, dated. */
const GENERIC_ROWS: RelationRow[] = [
  {
    says: 'los hechos: el incendio de la oración anterior',
    lang: 'es',
    text: 'Un incendio destruyó el almacén del puerto, informó la empresa el 30 de marzo de 2024. Los hechos ocurrieron el 28 de marzo de 2024. La aseguradora pagó una semana después del incendio.',
    phrase: 'una semana después del incendio',
    when: '2024-04-04',
    relation: ['after', 'Los hechos ocurrieron', 'P1W'],
  },
  {
    says: 'the incident: the collision of the sentence before',
    text: 'A tanker collided with the pier, the port said on 12 May 2021. The incident happened on 9 May 2021. Divers inspected the pier two days after the collision.',
    phrase: 'two days after the collision',
    when: '2021-05-11',
    relation: ['after', 'incident happened', 'P2D'],
  },
  {
    says: 'lo ocurrido: la explosión de la oración anterior',
    lang: 'es',
    text: 'Una explosión dañó la refinería, según un comunicado del 8 de julio de 2020. Lo ocurrido, el 6 de julio de 2020, dejó tres heridos. Tres días después de la explosión, la planta cerró.',
    phrase: 'Tres días después de la explosión',
    when: '2020-07-09',
    relation: ['after', 'Lo ocurrido', 'P3D'],
  },
];

describeRelationRows('capture: "the incident" dates the event of the sentence before it', GENERIC_ROWS);

/** Irregular Spanish forms of one act: "detuvieron" is "las detenciones". */
const FORM_ROWS: RelationRow[] = [
  {
    says: 'detuvieron: las detenciones',
    lang: 'es',
    text: 'La policía detuvo a tres concejales el 12 de abril de 2023. El juez los liberó el 30 de abril de 2023. Dos días antes de las detenciones, el alcalde viajó a Madrid.',
    phrase: 'Dos días antes de las detenciones',
    when: '2023-04-10',
    relation: ['before', 'detuvo a tres', 'P2D'],
  },
  {
    says: 'detuvieron: la detención',
    lang: 'es',
    text: 'Agentes detuvieron al tesorero el 2 de junio de 2021. El club despidió al entrenador el 20 de junio de 2021. Una semana después de la detención, el club cambió de auditor.',
    phrase: 'Una semana después de la detención',
    when: '2021-06-09',
    relation: ['after', 'detuvieron al tesorero', 'P1W'],
  },
];

describeRelationRows('capture: irregular Spanish forms of one act', FORM_ROWS);
