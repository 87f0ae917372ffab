import { describeRelationRows, type RelationRow } from './relationRows.ts';

/** "Its manager, who had joined in May 2022, said eight days later": the aside in the pluperfect is background. */
const ROWS: RelationRow[] = [
  {
    says: 'an aside in the pluperfect in the same sentence',
    text: 'The plant reopened on 3 June 2022. Its manager, who had joined in May 2022, said eight days later that output had doubled.',
    phrase: 'eight days later',
    when: '2022-06-11',
    relation: ['after', 'plant reopened', 'P8D'],
  },
  {
    says: 'an aside in the pluperfect dated to the same month',
    text: 'Police arrested the driver on 10 October 2020. The mayor, who had resigned in October 2020, called for calm two days later.',
    phrase: 'two days later',
    when: '2020-10-12',
    relation: ['after', 'arrested the driver', 'P2D'],
  },
  {
    says: 'una aposición en pluscuamperfecto',
    lang: 'es',
    text: 'La presa se rompió el 4 de marzo de 2019. El ministro, que había llegado al cargo en marzo de 2019, visitó la zona tres días después.',
    phrase: 'tres días después',
    when: '2019-03-07',
    relation: ['after', 'presa se rompió', 'P3D'],
  },
];

describeRelationRows('capture: an aside in the pluperfect is passed over by "two days later"', ROWS);
