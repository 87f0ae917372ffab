import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Two years later" counts from an event known to within a year: a count of years with no named
 * event goes on from the latest event dated to a year or finer, past events told since that are
 * dated only to a decade.
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a decade told in an aside',
    text: 'In 2014 the board made him keeper of maps, a title the library had not used since the 1930s. Two years later his wife fell ill.',
    phrase: 'Two years later',
    when: '2016',
    relation: ['after', 'the board made him keeper', 'P2Y'],
  },
  {
    says: 'a count of three years past an open decade',
    text: 'The mill reopened in March 2009. Its owners had run it since the 1980s. Three years later, it closed for good.',
    phrase: 'Three years later',
    when: '2012-03',
    relation: ['after', 'The mill reopened', 'P3Y'],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'En 2014 la junta lo nombró custodio de mapas, un cargo que la biblioteca no usaba desde la década de 1930. Dos años después, su esposa enfermó.',
    phrase: 'Dos años después',
    when: '2016',
    relation: ['after', 'la junta lo nombró', 'P2Y'],
  },
];

describeRelationRows('a count of years, from an event dated to a year or finer', ROWS, '2026-03-27');
