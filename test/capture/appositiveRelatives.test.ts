import { checkLinked } from './captureHelpers.ts';

describe('capture: a relative clause inside an appositive is about the name the appositive follows', () => {
  describe('the name before the appositive takes part in the relative clause’s event', () => {
    checkLinked([
      [
        '"We were promised the money within a week," said Rokeya Begum, a 34-year-old sewing operator who has worked for Brahmaputra Knit Composite Ltd since 2014.',
        'since 2014',
        'en',
        ['Rokeya Begum'],
        [],
      ],
      [
        "Calloway Access carried 1.2 million riders last year. On Wednesday, the authority's board voted 8-3 to begin terminating its contract with MobiliCare Transit Services, the Denver-based company that has run Calloway Access since July 1, 2025, under a five-year, $212 million agreement.",
        'since July 1, 2025',
        'en',
        ['MobiliCare Transit Services'],
        [],
      ],
      [
        'La Inspección de Trabajo levantó el pasado martes un acta contra la Fundación Tordesalas Cultura, la entidad que organizaba desde 2009 el festival Tordesalas Folk con la Diputación de Soria.',
        'desde 2009',
        'es',
        ['Fundación Tordesalas Cultura'],
        [],
      ],
    ]);
  });
});
