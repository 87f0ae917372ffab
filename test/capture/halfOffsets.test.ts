import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "A year and a half later", "two and a half years after", "un año y medio después": a count of
 * years and a half is a whole count of months, and of decades a whole count of years.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a year and a half after a day',
    text: 'The firm was founded on 12 March 2019. A year and a half later, it listed its shares.',
    phrase: 'A year and a half later',
    when: '2020-09-12',
    relation: ['after', 'firm was founded', 'P18M'],
  },
  {
    says: 'two and a half years after a day',
    text: 'The clinic opened on 4 May 2020. Two and a half years later, it closed for good.',
    phrase: 'Two and a half years later',
    when: '2022-11-04',
    relation: ['after', 'clinic opened', 'P30M'],
  },
  {
    says: 'a decade and a half after a year',
    text: 'The treaty was signed in 1970. A decade and a half later, it lapsed.',
    phrase: 'A decade and a half later',
    when: '1985',
    relation: ['after', 'treaty was signed', 'P15Y'],
  },
  {
    says: 'un año y medio después',
    lang: 'es',
    text: 'La mina cerró el 10 de enero de 2015. Un año y medio después, el pueblo quedó vacío.',
    phrase: 'Un año y medio después',
    when: '2016-07-10',
    relation: ['after', 'mina cerró', 'P18M'],
  },
];

describeRelationRows('capture: a count of years and a half counts whole months', ROWS);
