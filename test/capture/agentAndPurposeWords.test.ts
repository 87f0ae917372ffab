import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * The words of a named event after "by" / "por" (who did it) or "to" / "para" before a verb (what
 * for) do not choose its anchor: "the visit to review every business account" is the visit.
 */
const ROWS: RelationRow[] = [
  {
    says: 'what for, after "to" and a verb',
    text: 'The regulator opened a review of every business account at the bank on 4 May 2021. Inspectors visited the head office on 14 September 2021. Two months after the visit to review every business account, the bank replied.',
    phrase: 'Two months after the visit',
    when: '2021-11-14',
    relation: ['after', 'Inspectors visited the head office', 'P2M'],
  },
  {
    says: 'who did it, after "by"',
    text: 'The Federal Police Drug Unit arrested two officers on 2 March 2024. Agents raided the warehouse on 5 March 2024. Three days after the raid by the Federal Police Drug Unit, the minister resigned.',
    phrase: 'Three days after the raid',
    when: '2024-03-08',
    relation: ['after', 'Agents raided the warehouse', 'P3D'],
  },
  {
    says: 'Spanish, who did it, after "por"',
    lang: 'es',
    text: 'La Liga de Natación de Bahía Morena presentó una denuncia el 2 de diciembre de 2025. La asamblea se celebró el 13 de diciembre de 2025. Cuatro días después de la asamblea por la Liga de Natación de Bahía Morena, el instituto intervino.',
    phrase: 'Cuatro días después de la asamblea',
    when: '2025-12-17',
    relation: ['after', 'La asamblea se celebró', 'P4D'],
  },
  {
    says: 'a place after "to" still names the event',
    text: 'Inspectors visited the plant on 2 May 2022. Inspectors visited the warehouse on 9 May 2022. Two days after the visit to the plant, the company recalled its stock.',
    phrase: 'Two days after the visit to the plant',
    when: '2022-05-04',
    relation: ['after', 'Inspectors visited the plant', 'P2D'],
  },
];

describeRelationRows('capture: words of who did it or what for do not choose the anchor', ROWS, '2026-02-10');
