import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * A relative phrase names its anchor with another word than the clause that told it: an irregular
 * form of the verb ("sank" / "the sinking"), a noun the story uses for the act ("resigned" / "his
 * departure", "burned" / "the fire", "was buried" / "the funeral"), or a noun in -al / -ance ("arrived" / "the arrival"). Each text tells a later event
 * between the anchor and the phrase, so that "the previous event" would be wrong.
 */
const PUBLISHED = '2023-10-18';

const ROWS: RelationRow[] = [
  {
    says: 'an irregular verb and its -ing noun',
    lang: 'en',
    text: 'The trawler sank off Rockall on 2 March 2022. Her owners sold the company on 9 March. Two days after the sinking, divers reached the wreck.',
    phrase: 'Two days after the sinking',
    when: '2022-03-04',
    relation: ['after', 'trawler sank', 'P2D'],
  },
  {
    says: 'a resignation named as a departure',
    lang: 'en',
    text: 'The treasurer resigned on 4 April 2022. The auditors met on 20 April. A week after his departure, the accounts were frozen.',
    phrase: 'A week after his departure',
    when: '2022-04-11',
    relation: ['after', 'treasurer resigned', 'P1W'],
  },
  {
    says: 'evidence given, named as an appearance',
    lang: 'en',
    text: 'On 6 June 2022 the minister gave evidence to the inquiry. The inquiry closed on 20 June. Three days before her appearance, her adviser quit.',
    phrase: 'Three days before her appearance',
    when: '2022-06-03',
    relation: ['before', 'minister gave evidence', 'P3D'],
  },
  {
    says: 'a search of a home, named as the raid',
    lang: 'en',
    text: 'Detectives searched the flat on 12 May 2021. The suspect fled abroad on 20 May. Ten days after the raid, a warrant was issued.',
    phrase: 'Ten days after the raid',
    when: '2021-05-22',
    relation: ['after', 'Detectives searched', 'P10D'],
  },
  {
    says: 'polling day, named as the ballot',
    lang: 'en',
    text: 'Residents went to the polls on 7 May 2020. The council met on 12 May. A month after the ballot, the result was annulled.',
    phrase: 'A month after the ballot',
    when: '2020-06-07',
    relation: ['after', 'went to the polls', 'P1M'],
  },
  {
    says: 'a verb and its noun in -al',
    lang: 'en',
    text: 'The new director arrived on 1 September 2022. The board met on 9 September. Two weeks after her arrival, she cut the budget.',
    phrase: 'Two weeks after her arrival',
    when: '2022-09-15',
    relation: ['after', 'director arrived', 'P2W'],
  },
  {
    says: 'a noun in -sion and its verb in -d',
    lang: 'en',
    text: 'The judges decided the appeal on 8 November 2021. The firm paid the fine on 15 November. Five days after the decision, the chairman resigned.',
    phrase: 'Five days after the decision',
    when: '2021-11-13',
    relation: ['after', 'judges decided', 'P5D'],
  },
  {
    says: 'a noun in -ment and its verb, the silent e dropped',
    lang: 'en',
    text: 'The two unions agreed terms on 2 May 2023. The mayor visited the depot on 9 May. A month after the agreement, the drivers went back to work.',
    phrase: 'A month after the agreement',
    when: '2023-06-02',
    relation: ['after', 'unions agreed', 'P1M'],
  },
  {
    says: 'un cateo contado como registro',
    lang: 'es',
    text: 'Agentes catearon la bodega el 3 de marzo de 2022. El juez citó al dueño el 10 de marzo. Tres días después del registro, la fiscalía congeló sus cuentas.',
    phrase: 'Tres días después del registro',
    when: '2022-03-06',
    relation: ['after', 'catearon la bodega', 'P3D'],
  },
  {
    says: 'una renuncia contada como dimisión',
    lang: 'es',
    text: 'La alcaldesa renunció el 2 de febrero de 2021. El cabildo sesionó el 9 de febrero. Dos semanas después de su dimisión, la fiscalía abrió una carpeta.',
    phrase: 'Dos semanas después de su dimisión',
    when: '2021-02-16',
    relation: ['after', 'alcaldesa renunció', 'P2W'],
  },
  {
    says: 'a building that burned, named as the fire',
    lang: 'en',
    text: 'The old roof burned on 9 July 2023. The council met on 20 July. Three days after the fire, the members voted to rebuild.',
    phrase: 'Three days after the fire',
    when: '2023-07-12',
    relation: ['after', 'old roof burned', 'P3D'],
  },
  {
    says: 'a man buried, named as the funeral',
    lang: 'en',
    text: 'He was buried on 17 August 2019 above the shed. The estate was valued on 2 September. A week after the funeral, she found the key.',
    phrase: 'A week after the funeral',
    when: '2019-08-24',
    relation: ['after', 'was buried on', 'P1W'],
  },
  {
    says: 'un mercado que ardió, contado como el incendio',
    lang: 'es',
    text: 'El mercado ardió el 9 de julio de 2023. El concejo sesionó el 20 de julio. Tres días después del incendio, los locatarios marcharon.',
    phrase: 'Tres días después del incendio',
    when: '2023-07-12',
    relation: ['after', 'mercado ardió', 'P3D'],
  },
  {
    says: 'un alcalde sepultado, contado como el entierro',
    lang: 'es',
    text: 'El exalcalde fue sepultado el 17 de agosto de 2019. El cabildo sesionó el 2 de septiembre. Una semana después del entierro, su viuda denunció el robo.',
    phrase: 'Una semana después del entierro',
    when: '2019-08-24',
    relation: ['after', 'fue sepultado', 'P1W'],
  },
  {
    says: 'the same word before a word of its group, on a tie',
    lang: 'en',
    text: 'The spill began on 3 March 2023. On 9 March, the firm admitted two earlier leaks. A week after the spill, the river was closed.',
    phrase: 'A week after the spill',
    when: '2023-03-10',
    relation: ['after', 'spill began', 'P1W'],
  },
  {
    says: '"less than a year after" a day: the whole year, even past the publication',
    lang: 'en',
    text: 'She complained to the registrar on 1 December 2022. She left the firm less than a year after her complaint.',
    phrase: 'less than a year after her complaint',
    when: '2022-12-01/2023-12-01',
    relation: ['after', 'complained to the registrar', '../P1Y'],
  },
];

describeRelationRows('capture: anchors named with another word of the same event', ROWS, PUBLISHED);
