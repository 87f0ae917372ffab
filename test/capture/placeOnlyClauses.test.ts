import { checkLinked } from './captureHelpers.ts';

describe('capture: a clause whose only names say where it happened takes the names of its sentence', () => {
  describe('the subject cut off from its verb by an appositive takes part', () => {
    checkLinked([
      [
        'Daugava Air, founded in 2011 and flying a fleet of seven turboprops from Riga to Scandinavian and Baltic points, filed for insolvency at the Riga City Court on 3 November.',
        'on 3 November',
        'en',
        ['Daugava Air'],
        [],
      ],
      [
        'Mrs. Jayawardena said she had forwarded the petition on Wednesday and would chair a meeting of farmers at the District Secretariat on 24 July.',
        'on 24 July',
        'en',
        ['Jayawardena'],
        [],
      ],
      [
        'Transportes Quiroga, fundada en 1990 y con sede en Gijón, presentó un concurso de acreedores en el Juzgado Mercantil de Oviedo el 3 de marzo.',
        '3 de marzo',
        'es',
        ['Transportes Quiroga'],
        [],
      ],
    ]);
  });

  describe('a clause opened by a relative pronoun or a source cited stays about its own noun', () => {
    checkLinked([
      [
        "The harbour master, Dev Ashworth, said on Monday that the port's flags would fly at half mast until the funeral, which will be held at St Ann's Church on Friday, February 23.",
        'Friday, February 23',
        'en',
        [],
        ['Dev Ashworth'],
      ],
      [
        'The Ulu Rajang water project was awarded to Sinar Timur Engineering in 2023, according to a written reply tabled in the State Legislative Assembly last month.',
        'last month',
        'en',
        [],
        ['Ulu Rajang'],
      ],
    ]);
  });
});
