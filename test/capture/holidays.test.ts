import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/** Holidays on a fixed day (docs/design.md, How capture reads dates): the phrase → the EDTF. */
const ROWS: [string, 'en' | 'es', string, string, string, string][] = [
  [
    'a deadline at Christmas with its year',
    'en',
    '"By Christmas 2021 the shop had closed," she said.',
    '2022-06-01',
    'By Christmas 2021',
    '../2021-12-25',
  ],
  [
    'Christmas Eve, in the narrative’s year',
    'en',
    'The pipe failed on Christmas Eve.',
    '2024-02-10',
    'Christmas Eve',
    '2023-12-24',
  ],
  [
    'New Year’s Day with its year',
    'en',
    'The ban began on New Year’s Day 2020.',
    '2024-02-10',
    'New Year’s Day 2020',
    '2020-01-01',
  ],
  [
    'Christmas alone as the holidays, so December',
    'en',
    'Over Christmas, four boats sank.',
    '2024-02-10',
    'Christmas',
    '2023-12',
  ],
  ['Halloween', 'en', 'Vandals struck the school at Halloween.', '2024-02-10', 'Halloween', '2023-10-31'],
  ['Nochevieja', 'es', 'El incendio empezó en Nochevieja.', '2024-02-10', 'Nochevieja', '2023-12-31'],
  [
    'un plazo antes de Navidad',
    'es',
    'La obra debía terminar antes de Navidad de 2022.',
    '2024-02-10',
    'antes de Navidad de 2022',
    '../2022-12-25',
  ],
  ['el Día de Reyes', 'es', 'La cabalgata se suspendió el Día de Reyes.', '2024-02-10', 'Día de Reyes', '2024-01-06'],
];

describe('capture: holidays on a fixed day', () => {
  for (const [says, lang, text, published, phrase, when] of ROWS) {
    it(`reads ${says}: ${JSON.stringify(phrase)} → ${when}`, () => {
      const { fact, span } = factAt(capture(text, { lang, publishedOn: published }), phrase);
      expect(fact.when, span.rule).to.equal(when);
    });
  }
});
