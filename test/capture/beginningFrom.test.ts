import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * "from" a date after a verb of beginning earlier in its clause ("will begin delivering bread to the
 * schools from Monday, March 9", "empezarán a ser devueltos al río a partir de junio") dates the start
 * itself, as "will start from 1 July" does (docs/design.md, How capture reads dates); without one,
 * "from" stays open ("The ban applies from 4 August"). Short sentences of our own.
 */
const ROWS: ReadonlyArray<readonly [string, 'en' | 'es', string, string]> = [
  ['The cooperative will begin delivering bread to the schools from Monday, March 9.', 'en', 'March 9', '2026-03-09'],
  ['The new buses will start running on the coast route from April.', 'en', 'April', '2026-04'],
  ['Los peces empezarán a ser devueltos al río a partir de junio.', 'es', 'junio', '2026-06'],
  ['La planta comenzará a operar con dos turnos a partir del 2 de mayo.', 'es', '2 de mayo', '2026-05-02'],
  ['The ban on night flights applies from 4 August.', 'en', '4 August', '2026-08-04/..'],
  ['La empresa exportará café a partir de 2027.', 'es', '2027', '2027/..'],
];

describe('capture: "from" after a verb of beginning in its clause', () => {
  for (const [text, lang, phrase, when] of ROWS) {
    it(`dates "${phrase}" in "${text}" as ${when}`, () => {
      const draft = capture(text, { lang, publishedOn: '2026-03-05' });
      expect(factAt(draft, phrase).fact.when).to.equal(when);
    });
  }
});
