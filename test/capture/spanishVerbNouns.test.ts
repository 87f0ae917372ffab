import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * A Spanish relative phrase names its anchor by the noun of a verb the text told in the preterite:
 * "la suspensión" / "suspendió", "la decisión" / "decidieron", "la firma" / "firmaron". Each text
 * tells a later event between the anchor and the phrase, so that "the previous event" would be wrong.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a noun in -sión and its verb in -ió',
    lang: 'es',
    text: 'El ayuntamiento suspendió las obras el 4 de marzo de 2022. La constructora recurrió el 10 de marzo. Dos semanas después de la suspensión, los vecinos protestaron.',
    phrase: 'Dos semanas después de la suspensión',
    when: '2022-03-18',
    relation: ['after', 'suspendió las obras', 'P2W'],
  },
  {
    says: 'a noun in -sión and its verb in -ieron',
    lang: 'es',
    text: 'Los jueces decidieron el caso el 8 de noviembre de 2021. La empresa pagó la multa el 15 de noviembre. Cinco días después de la decisión, el presidente renunció.',
    phrase: 'Cinco días después de la decisión',
    when: '2021-11-13',
    relation: ['after', 'jueces decidieron', 'P5D'],
  },
  {
    says: '"desde" a noun in -sión, its verb in -ieron',
    lang: 'es',
    text: 'Los socios extendieron el contrato el 2 de mayo de 2023. El club fichó a un delantero el 9 de mayo. Desde la extensión, nadie ha cobrado.',
    phrase: 'Desde la extensión',
    when: '2023-05-02/..',
    relation: ['after', 'socios extendieron', null],
  },
  {
    says: 'a noun and its verb in -aron',
    lang: 'es',
    text: 'Las partes firmaron el acuerdo el 3 de junio de 2023. El sindicato convocó una marcha el 6 de junio. Diez días después de la firma, la planta reabrió.',
    phrase: 'Diez días después de la firma',
    when: '2023-06-13',
    relation: ['after', 'partes firmaron', 'P10D'],
  },
];

describeRelationRows('capture: a Spanish noun names the event its verb told in the preterite', ROWS);
