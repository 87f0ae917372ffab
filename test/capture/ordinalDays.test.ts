import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * The first of a month written with the ordinal sign after a period ("el 1.º de enero", "1.° de
 * junio"), as Spanish style guides write it, is that day, as "1º" and "1" are (docs/design.md, How
 * capture reads dates). Short sentences of our own.
 */
const ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['El nuevo reglamento regirá a partir del 1.º de enero de 2027.', '2025-11-05', '1.º de enero', '2027-01-01/..'],
  ['La cooperativa cerró sus oficinas el 1.º de agosto de 2024.', '2025-11-05', '1.º de agosto', '2024-08-01'],
  [
    'El plazo para inscribirse venció el 1.° de junio de 2025, dijo la alcaldía.',
    '2025-11-05',
    '1.° de junio',
    '2025-06-01',
  ],
];

describe('capture: the first of a month written "1.º"', () => {
  for (const [text, publishedOn, phrase, when] of ROWS) {
    it(`dates "${phrase}" as ${when}`, () => {
      const draft = capture(text, { lang: 'es', publishedOn });
      expect(factAt(draft, phrase).fact.when).to.equal(when);
    });
  }
});
