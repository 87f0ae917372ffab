import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \(\S+\)$/u, ''));

describe("capture: a name written elsewhere with a feature's noun is that place when it stands alone", () => {
  describe('the name alone is proposed as no actor', () => {
    const rows: readonly (readonly [text: string, place: string, lang: 'en' | 'es'])[] = [
      [
        'Manchar Lake swallowed his village in 2022. He was born in 1971 on a houseboat on Manchar, the son of a fisherman. In 2010, when the Indus broke its banks, Manchar held.',
        'Manchar',
        'en',
      ],
      [
        'Volcán Yurú lanza columna de ceniza\n\nEl Yurú empezó a dar señales a finales de mayo y el Yurú registró una erupción el 17 de junio.',
        'Yurú',
        'es',
      ],
    ];
    for (const [text, place, lang] of rows)
      it(`"${text}" proposes no "${place}"`, () => expect(names(text, lang)).to.not.include(place));
  });

  describe('the event of such a place links who takes part, not the place', () => {
    checkLinked([
      [
        'Manchar Lake swallowed his village in 2022. He was born in 1971 on a houseboat on Manchar. In 2010, when the Indus broke its banks, Manchar held.',
        '2010',
        'en',
        [],
        ['Manchar'],
      ],
    ]);
  });

  describe("a person's titled name, or a body's, keeps its own reading", () => {
    checkLinked([
      [
        'Marsh Road was closed. Mr Marsh said the council reopened it on 3 May 2024.',
        '3 May 2024',
        'en',
        ['Marsh'],
        [],
      ],
      [
        'The Erongo Region sits on the coast. The Erongo Regional Council approved the plan on 3 May 2024.',
        '3 May 2024',
        'en',
        ['Erongo Regional Council'],
        [],
      ],
    ]);
  });

  describe('a country, or an actor the store holds, named beside a feature is still an actor', () => {
    it('proposes the country a lake or a mountain is named after ("Lake Malawi" … "Malawi signed")', () => {
      expect(
        names('Fishermen on Lake Malawi lost their nets in 2019. Malawi signed the treaty on 3 May 2020.', 'en'),
      ).to.include('Malawi');
      expect(
        names('Climbers on Mount Kenya were rescued in 2019. Kenya sued the firm on 3 May 2020.', 'en'),
      ).to.include('Kenya');
    });

    it('links a known actor whose name a feature also carries ("Manchar Lake" … "Manchar held")', () => {
      const text = 'Manchar Lake swallowed his village in 2022. In 2010, when the Indus broke its banks, Manchar held.';
      const index = indexActors(text, 'en', [{ id: 'manchar', name: 'Manchar', kind: 'organization', aliases: [] }]);
      expect(index.mentions.map((m) => m.actorId)).to.include('manchar');
    });
  });
});
