import { describeRelationRows, type RelationRow } from './relationRows.ts';

/** "the morning after she emailed him": a clause with a pronoun for its subject names its event by its verb. */
const ROWS: RelationRow[] = [
  {
    says: 'the morning after a pronoun and its verb',
    text: 'She emailed the dean on 3 March 2021. The dean replied on 10 March 2021. The registrar read it the morning after she emailed him.',
    phrase: 'the morning after she emailed him',
    when: '2021-03-04',
    relation: ['after', 'She emailed the dean', 'P1D'],
  },
  {
    says: 'months after they bought it',
    text: 'They bought the farm in May 2018. A flood hit the valley in June 2019. Two months after they bought it, they sold the herd.',
    phrase: 'Two months after they bought it',
    when: '2018-07',
    relation: ['after', 'bought the farm', 'P2M'],
  },
  {
    says: 'a week after he resigned',
    text: 'He resigned on 2 April 2020. The board met on 20 April 2020. A week after he resigned, the bank cut its rating.',
    phrase: 'A week after he resigned',
    when: '2020-04-09',
    relation: ['after', 'He resigned', 'P1W'],
  },
  {
    says: 'después de que ella renunció',
    lang: 'es',
    text: 'La alcaldesa renunció el 5 de mayo de 2022. El consejo se reunió el 20 de mayo de 2022. Tres días después de que ella renunció, el partido eligió a un sucesor.',
    phrase: 'Tres días después de que ella renunció',
    when: '2022-05-08',
    relation: ['after', 'alcaldesa renunció', 'P3D'],
  },
];

describeRelationRows('capture: a pronoun clause names its event by its verb', ROWS);
