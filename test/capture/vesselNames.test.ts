import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \(\S+\)$/u, ''));

describe('capture: a vessel is a thing, not an actor', () => {
  describe('a name after the noun of a vessel, or with that noun in an appositive, is proposed as no actor', () => {
    const rows: readonly (readonly [text: string, vessel: string, lang: 'en' | 'es'])[] = [
      [
        'On the night of 2 November 1981, her father, Hugh McKeown, took his prawn trawler, the Mary Ellen, out of Portavogie. Then, in the summer of 2012, the Mary Ellen came back.',
        'Mary Ellen',
        'en',
      ],
      [
        'Belfast Coastguard had a mayday from a yacht, the Selkie, aground on the rocks. The Selkie was lying on her side. Of the six crew who launched to the Selkie, four had joined since 2022.',
        'Selkie',
        'en',
      ],
      [
        'The Harrow Star hit the yacht Curlew on 14 August 2018. Moments later the Curlew was under her bow. The Curlew was towed to Kestle Quay.',
        'Curlew',
        'en',
      ],
      [
        'The collision happened on 14 August 2018, when the Harrow Star, a Harrow Bay Ferries vessel carrying 212 passengers, hit a buoy. The Harrow Star was impounded.',
        'Harrow Star',
        'en',
      ],
      [
        'Hace dos semanas, un segundo ferri, el Che Guevara II, tocó fondo al salir de San Jorge. El Che Guevara II fue remolcado el 3 de marzo.',
        'Che Guevara II',
        'es',
      ],
      [
        'El ferri Santa Marta II sigue amarrado desde que encalló el 9 de enero. La Empresa Portuaria Nacional no volverá a poner el Santa Marta II en servicio.',
        'Santa Marta II',
        'es',
      ],
    ];
    for (const [text, vessel, lang] of rows)
      it(`"${text}" proposes no "${vessel}"`, () => expect(names(text, lang)).to.not.include(vessel));
  });

  describe('the event a vessel takes part in links the people and bodies beside it, not the vessel', () => {
    checkLinked([
      [
        'On the night of 2 November 1981, her father, Hugh McKeown, took his prawn trawler, the Mary Ellen, out of Portavogie with two other men.',
        '2 November 1981',
        'en',
        ['Hugh McKeown'],
        ['Mary Ellen'],
      ],
      [
        'Un segundo ferri, el Che Guevara II, de la Empresa Portuaria Nacional, tocó fondo el 3 de marzo.',
        '3 de marzo',
        'es',
        [],
        ['Che Guevara II'],
      ],
    ]);
  });

  describe('a name beside a word that only looks like a vessel noun stays an actor', () => {
    checkLinked([
      [
        'Harrow Bay Ferries Ltd bought two boats in 2019, and the carrier Daugava Air leased them on 3 May 2020.',
        '3 May 2020',
        'en',
        ['Daugava Air'],
        [],
      ],
    ]);
  });

  describe('a person or a body named beside a vessel is still proposed as an actor', () => {
    const rows: readonly (readonly [text: string, actor: string, lang: 'en' | 'es'])[] = [
      ['Tom Harris, the skipper of the trawler, said on 3 May 2020 that the nets were lost.', 'Tom Harris', 'en'],
      ['Maria Lopez, a passenger on the ferry, said on 3 May 2020 that she was cold.', 'Maria Lopez', 'en'],
      ['Tom Harris, a boat builder from Hull, said on 3 May 2020 that it sank.', 'Tom Harris', 'en'],
      ['Rescuers reached the two fishing boats, the Coast Guard said on 3 May 2020.', 'Coast Guard', 'en'],
      ['Juan Pérez, el dueño del barco, dijo el 3 de mayo de 2020 que se hundió.', 'Juan Pérez', 'es'],
    ];
    for (const [text, actor, lang] of rows)
      it(`"${text}" proposes "${actor}"`, () => expect(names(text, lang)).to.include(actor));
  });
});
