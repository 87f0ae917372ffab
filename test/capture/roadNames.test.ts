import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \(\S+\)$/u, ''));

describe("capture: a road's word makes a name a place's", () => {
  describe('the road is proposed as no actor', () => {
    const rows: readonly (readonly [text: string, road: string, lang: 'en' | 'es'])[] = [
      [
        'La crecida del arroyo Huitrera se llevó el domingo 2 de noviembre el único puente sobre la Ruta Provincial 12 en Los Altares.',
        'Ruta Provincial',
        'es',
      ],
      [
        'Hace una semana, vecinos de Pantano y Bastidas bloquearon durante varias horas la Troncal del Caribe a la altura de Mamatoco.',
        'Troncal del Caribe',
        'es',
      ],
      [
        'The Bayshore Expressway was closed on 3 May. Bayshore Expressway reopened in June.',
        'Bayshore Expressway',
        'en',
      ],
    ];
    for (const [text, road, lang] of rows)
      it(`"${text}" proposes no "${road}"`, () => expect(names(text, lang)).to.not.include(road));
  });

  describe('the event on the road links who takes part, not the road', () => {
    checkLinked([
      [
        'Hace una semana, vecinos de Pantano y Bastidas bloquearon durante varias horas la Troncal del Caribe a la altura de Mamatoco, y la Alcaldía de Santa Marta envió carrotanques el 3 de marzo.',
        'Hace una semana',
        'es',
        [],
        ['Troncal del Caribe'],
      ],
    ]);
  });
});
