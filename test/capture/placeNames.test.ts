import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const people = (text: string, lang: 'en' | 'es') =>
  proposed(text, lang)
    .filter((n) => n.endsWith(' (person)'))
    .map((n) => n.replace(/ \(person\)$/u, ''));

describe('capture: a name opening or ending with a noun of a place is never a person', () => {
  describe('the place is no person however the rest of the name reads', () => {
    const places: readonly (readonly [text: string, name: string, lang: 'en' | 'es'])[] = [
      ['Ese mismo día la comisión evacuó a 40 familias de Santa Elvira y Monte Tizate.', 'Santa Elvira', 'es'],
      ['Ese mismo día la comisión evacuó a 40 familias de Santa Elvira y Monte Tizate.', 'Monte Tizate', 'es'],
      ['El modelo llegó a la Sierra de Ameyalco en el ciclo escolar 2014-2015.', 'Sierra de Ameyalco', 'es'],
      [
        'San Jerónimo Tlacuilco, Pue.— El Instituto Nacional de Antropología e Historia suspendió los trabajos.',
        'San Jerónimo Tlacuilco',
        'es',
      ],
      [
        'El primero, una mujer de 52 años de la localidad de Chaihuín Bajo, fue hospitalizada el 27 de diciembre.',
        'Chaihuín Bajo',
        'es',
      ],
      [
        'In 2019 the fund bought a co-investment in a single office tower, Aire Point, in central Leeds.',
        'Aire Point',
        'en',
      ],
      ['The ferry hit a yacht off Kestle Quay. Kestle Quay reopened on Tuesday.', 'Kestle Quay', 'en'],
      ['The old Victoria Baths closed in 1986. Victoria Baths reopened in 2001.', 'Victoria Baths', 'en'],
      [
        'El cargamento había salido de Puerto Santo Tomás de Castilla a finales de agosto, según la cooperativa.',
        'Puerto Santo Tomás de Castilla',
        'es',
      ],
      [
        'The band has practised on a lot off Lady Young Road since 1985, said its manager, Kerwin Alleyne.',
        'Young Road',
        'en',
      ],
      [
        'Prairie Spur, which runs elevators at Esterbrook, Vantage Hills and Lac Rouge, was granted protection on Jan. 30.',
        'Lac Rouge',
        'en',
      ],
      [
        'Dorothy Lavallée, who farms with her brother near Vantage Hills, said she delivered 11 loads of peas.',
        'Vantage Hills',
        'en',
      ],
    ];
    for (const [text, name, lang] of places)
      it(`"${text}" names no person "${name}"`, () => expect(people(text, lang)).to.not.include(name));
  });

  describe('a place that names no person leaves the pronoun to the person named', () => {
    checkLinked([
      [
        'Landrace barley from the Carrick Isles sat on the shelves. Edwin Brennock began it in 1962 with samples he had begged from farmers in the Carrick Isles. By the time he retired, in 1988, it held more than 7,000.',
        '1988',
        'en',
        ['Edwin Brennock'],
        ['Carrick Isles'],
      ],
    ]);
  });

  describe('a body named in lower case belongs to a place of one or two capitalised words', () => {
    checkLinked([
      [
        'La comisión vecinal de Villa Aramendi juntó 1.100 firmas y convocó una concentración el sábado 15 de agosto.',
        'sábado 15 de agosto',
        'es',
        ['comisión vecinal de Villa Aramendi'],
        [],
      ],
      [
        'La junta vecinal de Quilaco convocó una asamblea el sábado 15 de agosto.',
        'sábado 15 de agosto',
        'es',
        ['junta vecinal de Quilaco'],
        [],
      ],
    ]);
  });

  describe('a word after a capitalised plural article ("Los", "Las") names a place with it, no organisation', () => {
    const places: readonly (readonly [text: string, word: string])[] = [
      [
        'Las llamas alcanzaron la comunidad de Los Pinos. Las clases en las escuelas de Los Pinos se suspendieron el lunes 22 de abril.',
        'Pinos',
      ],
      [
        'Los taxistas de Las Brisas retomaron labores. En Las Brisas cerraron dos paradas y Las Brisas quedó sin servicio el 3 de mayo.',
        'Brisas',
      ],
    ];
    for (const [text, word] of places)
      it(`"${text}" names no actor "${word}"`, () =>
        expect(proposed(text, 'es').map((n) => n.replace(/ \([a-z-]+\)$/u, ''))).to.not.include(word));
  });
});
