import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Three days after the complaint" counts days from the complaint told with its day, not from a
 * mention of complaints dated only to a year told after it: a named event is sought among the
 * facts dated as finely as the count first (a month or finer for days and weeks).
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a later mention dated to a year',
    text: 'On 3 May 2022 Ana Ruiz filed a complaint with the regulator. Complaints about the firm doubled in 2022, the regulator said. Three days after the complaint, the firm closed its office.',
    phrase: 'Three days after the complaint',
    when: '2022-05-06',
    relation: ['after', 'Ana Ruiz filed', 'P3D'],
  },
  {
    says: 'a count of weeks past a later year',
    text: 'Inspectors examined the plant on 12 March 2021 and found rust in the tanks. Inspections across the region were stepped up in 2021. A week after the inspection, the plant shut down.',
    phrase: 'A week after the inspection',
    when: '2021-03-19',
    relation: ['after', 'Inspectors examined', 'P1W'],
  },
  {
    says: '"the morning after" past a later year',
    text: 'Members backed the merger in a ballot on 9 October 2023. Ballot turnout across the union fell in 2023, its report says. The morning after the ballot, the shares rose.',
    phrase: 'The morning after the ballot',
    when: '2023-10-10',
    relation: ['after', 'backed the merger', 'P1D'],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'El 3 de mayo de 2022 Ana Ruiz presentó una denuncia ante el regulador. Las denuncias contra la firma se duplicaron en 2022, según el regulador. Tres días después de la denuncia, la firma cerró su oficina.',
    phrase: 'Tres días después de la denuncia',
    when: '2022-05-06',
    relation: ['after', 'Ana Ruiz presentó', 'P3D'],
  },
  {
    says: 'a count of days from a named event dated to a month',
    text: 'The ministry said on 5 March 2024 that the dam had failed a survey. Engineers from the river board first surveyed the dam in January 2024. Ten days after the survey, the board closed the road.',
    phrase: 'Ten days after the survey',
    when: '2024-01-11/2024-02-10',
    relation: ['after', 'Engineers from the river board', 'P10D'],
  },
];

describeRelationRows('a named event, among the facts dated as finely as the count', ROWS, '2024-01-10');
