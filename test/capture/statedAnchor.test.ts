import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * A relative phrase beside a stated date relates to the event from which the arithmetic reaches
 * that date, when the anchor its words chose does not fit it.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a pronoun naming no event, the previous event too late',
    text: 'The ferry left port on 2 March 2023. On 20 March 2023 the harbour master retired. The crew filed a complaint on 9 March 2023, a week after it sailed.',
    phrase: 'on 9 March 2023',
    when: '2023-03-09',
    relation: ['after', 'ferry left port', 'P1W'],
  },
  {
    says: 'a count back to a month, the previous event too late',
    text: 'The lab ordered new samples on 8 November 2022. In January 2023 the test failed again. Two months earlier, in September 2022, the sponsor had applied for a licence.',
    phrase: 'September 2022',
    when: '2022-09',
    relation: ['before', 'ordered new samples', 'P2M'],
  },
  {
    says: 'a later mention of the event named does not fit',
    text: 'The update was installed on 18 September 2024 and calls failed. Officials said on 1 October 2024 that the outage was the longest on record. The company changed its rules on 26 September 2024, eight days after the outage.',
    phrase: 'on 26 September 2024',
    when: '2024-09-26',
    relation: ['after', 'update was installed', 'P8D'],
  },
  {
    says: 'de eso: ningún hecho nombrado, el anterior demasiado tarde',
    lang: 'es',
    text: 'La planta abrió el 3 de marzo de 2021. El 30 de marzo de 2021 renunció el gerente. La empresa fue multada el 13 de marzo de 2021, diez días después de eso.',
    phrase: '13 de marzo de 2021',
    when: '2021-03-13',
    relation: ['after', 'planta abrió', 'P10D'],
  },
];

describeRelationRows('capture: a relative phrase beside a stated date relates to the event the date fits', ROWS);
