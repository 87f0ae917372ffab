import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \(\S+\)$/u, ''));

describe('capture: a name the text calls a settlement or an area is a place in every mention', () => {
  describe('the name is proposed as no actor', () => {
    const rows: readonly (readonly [text: string, place: string, lang: 'en' | 'es'])[] = [
      [
        'I arrived after a four-hour drive up from Mokhotlong town. Snow had closed the road up from Mokhotlong for nine days in late June 2023, and Mokhotlong had no bread.',
        'Mokhotlong',
        'en',
      ],
      [
        'Twelve other associations in the Mokhotlong and Thaba-Tseka districts used the shed. Thaba-Tseka sent shearers in 2019, and Thaba-Tseka paid them.',
        'Thaba-Tseka',
        'en',
      ],
      [
        'Mrs Litia Vuetaki, a grower from Nailaga village, said her cutters were paid off on July 3. Nailaga has waited since June, and Nailaga was told nothing.',
        'Nailaga',
        'en',
      ],
      [
        'Las bateas de la isla de Arousa vendieron en agosto. Arousa recibió ayudas el 3 de marzo y Arousa protestó.',
        'Arousa',
        'es',
      ],
    ];
    for (const [text, place, lang] of rows)
      it(`"${text}" proposes no "${place}"`, () => expect(names(text, lang)).to.not.include(place));
  });

  describe('the event in such a place links who takes part, not the place', () => {
    checkLinked([
      [
        'I drove four hours up from Mokhotlong town. Snow had closed the road up from Mokhotlong for nine days in late June 2023, and Mokhotlong had no bread.',
        'late June 2023',
        'en',
        [],
        ['Mokhotlong'],
      ],
      [
        'Los vecinos de la ciudad de Nueva Loja protestaron el lunes. Nueva Loja recibió agua por tubería el 3 de marzo.',
        '3 de marzo',
        'es',
        [],
        ['Nueva Loja'],
      ],
    ]);
  });

  describe("a body whose own words say so, or the place's noun before a body's, stays an actor", () => {
    checkLinked([
      [
        'Two months after the fire, the Mokhotlong District Development Fund paid for the roof, and farmers in Mokhotlong town cheered. It paid again on 3 May 2024.',
        'Two months after the fire',
        'en',
        ['Mokhotlong District Development Fund'],
        [],
      ],
      ['The Millbrook town board approved the plan on 3 May 2024.', '3 May 2024', 'en', ['Millbrook town board'], []],
    ]);
  });

  describe('a country or a person named beside the noun of a settlement stays an actor', () => {
    const rows: readonly (readonly [text: string, actor: string, lang: 'en' | 'es'])[] = [
      ['La ciudad de México amaneció sin agua el 3 de mayo de 2020. México pidió ayuda el 4 de mayo.', 'México', 'es'],
      [
        'Los pescadores de la isla de Cuba protestaron el 3 de mayo de 2020. Cuba respondió el 4 de mayo.',
        'Cuba',
        'es',
      ],
      [
        'Peter Mwale village headman said the borehole dried up on 3 May 2020. Mwale asked the council for help.',
        'Peter Mwale',
        'en',
      ],
    ];
    for (const [text, actor, lang] of rows)
      it(`"${text}" proposes "${actor}"`, () => expect(names(text, lang)).to.include(actor));
  });
});
