import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Years before 1900 (docs/design.md, How capture reads dates): a number from 1000 to 1899 is a year
 * after a preposition of time and before the end of its clause or a word that is not a counted noun.
 * Short stories of our own.
 */
describe('capture: a year before 1900 after a preposition of time', () => {
  const rows: ReadonlyArray<{ text: string; lang: 'en' | 'es'; phrase: string; when: string }> = [
    { text: 'The bridge was built in 1843 by convict labour.', lang: 'en', phrase: '1843', when: '1843' },
    { text: 'In 1866, a fire destroyed the old customs house.', lang: 'en', phrase: '1866', when: '1866' },
    { text: 'The chapel stood empty until 1791 and was then sold.', lang: 'en', phrase: 'until 1791', when: '../1791' },
    { text: 'En 1810, la junta de la villa proclamó su autonomía.', lang: 'es', phrase: '1810', when: '1810' },
    { text: 'El puerto funciona desde 1874 con la misma grúa.', lang: 'es', phrase: 'desde 1874', when: '1874/..' },
  ];
  for (const row of rows) {
    it(`dates "${row.phrase}" in "${row.text}" as ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: '2024-05-01' });
      expect(factAt(draft, row.phrase).fact.when).to.equal(row.when);
    });
  }

  it('reads no year in a number that counts what follows it, nor in one after a preposition of amount', () => {
    for (const text of [
      'Inspectors visited farms in 1500 villages last month.',
      'The fund lent money to families in 1200 towns.',
      'Sales fell by 1200, the report said.',
      'The index rose from 1450 to 1600 points.',
    ]) {
      const draft = capture(text, { lang: 'en', publishedOn: '2024-05-01' });
      expect(
        draft.facts.filter((f) => /^1[0-8]\d\d/.test(f.when ?? '')),
        text,
      ).to.deep.equal([]);
    }
  });
});
