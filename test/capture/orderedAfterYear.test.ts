import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "In 1997 … the following spring": a month or season ordered against the story counts from the
 * previous event when that event is dated to a year that does not hold the last date the text
 * established, later or earlier.
 */
const ROWS: RelationRow[] = [
  {
    says: 'after a later year',
    text: 'The east wing opened in October 1986. In 1997 an archaeologist visited the wing and recognised the basins. She wrote to the museum the following spring.',
    phrase: 'the following spring',
    when: '1998-21',
    relation: ['after', 'an archaeologist visited', null],
  },
  {
    says: 'after an earlier year told in the same sentence',
    text: 'Results were reissued in the summer of 2026. In 2023, a printing fault left 2,100 candidates without a grade, and the board paid for a review that reported the following spring.',
    phrase: 'the following spring',
    when: '2024-21',
    relation: ['after', 'a printing fault', null],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'El ala este se inauguró en octubre de 1986. En 1997 una arqueóloga visitó el ala y reconoció las piezas. Escribió al museo la primavera siguiente.',
    phrase: 'la primavera siguiente',
    when: '1998-21',
    relation: ['after', 'una arqueóloga visitó', null],
  },
];

describeRelationRows('a month or season ordered after a year the story moved to', ROWS, '2026-09-01');
