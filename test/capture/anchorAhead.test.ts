import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * An anchor told after its relative phrase: named by a relative clause right after it ("before
 * the vote, which took place on 4 May"), named as new ("after a smaller fire … That fire, in June
 * 2021"), or with no event before the phrase at all. A phrase pointing back ("this alert") keeps
 * the previous event.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a relative clause on the event named',
    lang: 'en',
    text: 'Three days before the vote, which took place on 4 May 2023, the candidate withdrew.',
    phrase: 'Three days before the vote',
    when: '2023-05-01',
    relation: ['before', 'which took place', 'P3D'],
  },
  {
    says: 'nothing told before the phrase',
    lang: 'en',
    text: 'Two weeks before the ballot, the union sent letters to every member. The ballot closed on 20 April 2021.',
    phrase: 'Two weeks before the ballot',
    when: '2021-04-06',
    relation: ['before', 'ballot closed', 'P2W'],
  },
  {
    says: 'an event named as new with "a", told in the next sentence',
    lang: 'en',
    text: 'The depot fire broke out on 9 April 2022. Less than a year after a smaller fire at the yard, inspectors had warned the owners. That fire, in June 2021, destroyed two trucks.',
    phrase: 'Less than a year after a smaller fire',
    when: '2021-06/2022-06',
    relation: ['after', 'That fire', '../P1Y'],
  },
  {
    says: 'una oración de relativo sobre el hecho nombrado',
    lang: 'es',
    text: 'Tres días antes de la votación, que se celebró el 4 de mayo de 2023, el candidato renunció.',
    phrase: 'Tres días antes de la votación',
    when: '2023-05-01',
    relation: ['before', 'que se celebró', 'P3D'],
  },
  {
    says: '"this alert" pointing back, not ahead',
    lang: 'en',
    text: 'A warning was sent to the ministry on 22 April 2022. Ten days after this alert, the minister met the firm. The alert was repeated on 20 May.',
    phrase: 'Ten days after this alert',
    when: '2022-05-02',
    relation: ['after', 'warning was sent', 'P10D'],
  },
];

describeRelationRows('capture: an anchor told after its relative phrase', ROWS);
