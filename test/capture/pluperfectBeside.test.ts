import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * A clause that dates its own event in the simple past and tells, in the pluperfect, what came before
 * it ("Regulators fined the firm on 20 March, after the plant had closed without notice") states the
 * event of its simple past only: a phrase naming the earlier act counts from the clause that told it.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a verb in the pluperfect beside one in the simple past',
    lang: 'en',
    text: 'The plant closed on 3 March 2023. Regulators fined the firm on 20 March, after the plant had closed without notice. A week after the closure, the workers marched.',
    phrase: 'A week after the closure',
    when: '2023-03-10',
    relation: ['after', 'plant closed on', 'P1W'],
  },
  {
    says: 'un pluscuamperfecto junto a un pretérito',
    lang: 'es',
    text: 'Las dos empresas firmaron el contrato el 3 de marzo de 2023. El juez anuló el 20 de marzo el acuerdo que las empresas habían firmado sin notario. Tres días después de la firma, la obra comenzó.',
    phrase: 'Tres días después de la firma',
    when: '2023-03-06',
    relation: ['after', 'empresas firmaron', 'P3D'],
  },
  {
    says: 'a clause in the pluperfect alone still states its event',
    lang: 'en',
    text: 'The mill had closed on 2 May 2021. The union discussed the closure on 9 May. A week after the closure, the site was sold.',
    phrase: 'A week after the closure',
    when: '2021-05-09',
    relation: ['after', 'mill had closed', 'P1W'],
  },
];

describeRelationRows('capture: a verb in the pluperfect beside one in the simple past', ROWS, '2023-10-18');
