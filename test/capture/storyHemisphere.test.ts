import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Which hemisphere a story is told in (docs/design.md, How capture reads dates): the first place it
 * names, of the countries, regions and big cities of both hemispheres, decides its seasons.
 */
const ROWS: [string, 'en' | 'es', string, string, string, string][] = [
  [
    'a story that names its own Northern country first and a Southern one later, as a place to emigrate to',
    'en',
    'For six decades he has built the painted boats that became Malta’s emblem. In 1999 he thought of emigrating to Australia. He locked the shed in the autumn of 2019.',
    '2026-05-01',
    'the autumn of 2019',
    '2019-23',
  ],
  [
    'a Northern dateline before the Southern countries a story names as markets',
    'es',
    'MADRID. — La bodega exportará a Chile, Argentina y Uruguay. Sus ventas a Chile crecieron. La cosecha se perdió en el verano de 2024.',
    '2025-03-01',
    'el verano de 2024',
    '2024-22',
  ],
  [
    'a Northern capital before a surname that is also a Southern city',
    'es',
    'Tegucigalpa, 3 de mayo de 2025. La fiscal Ana Mendoza acusó a la banda, que cobró extorsiones durante el verano de 2024.',
    '2025-05-03',
    'el verano de 2024',
    '2024-22',
  ],
  [
    'a Southern story named by its city and region',
    'es',
    'Huancayo, miércoles 10 de setiembre de 2025 | Región Junín. El mercado se inundó en el verano de 2024.',
    '2025-09-10',
    'el verano de 2024',
    '2024-30',
  ],
  [
    'Santa Fe, in Spanish the Argentine province',
    'es',
    'Villa Arrieta, Santa Fe, jueves 12 de junio de 2025. La cooperativa dejó de pagar en el invierno de 2024.',
    '2025-06-12',
    'el invierno de 2024',
    '2024-32',
  ],
  [
    'New South Wales as one Southern name, not the Wales of the north',
    'en',
    'Dubbo, New South Wales. The dam ran dry in the summer of 2023, the shire said.',
    '2025-06-12',
    'the summer of 2023',
    '2023-30',
  ],
  [
    'a story told in Zambia, named by its region and capital',
    'en',
    'KALULUSHI — Fish farmers on the Copperbelt, 300 km north of Lusaka, lost their ponds in the winter of 2025.',
    '2026-03-19',
    'the winter of 2025',
    '2025-32',
  ],
];

describe('capture: the hemisphere a story is told in', () => {
  for (const [says, lang, text, published, phrase, when] of ROWS) {
    it(`reads the seasons of ${says}: ${JSON.stringify(phrase)} → ${when}`, () => {
      const { fact, span } = factAt(capture(text, { lang, publishedOn: published }), phrase);
      expect(fact.when, span.rule).to.equal(when);
    });
  }
});
