import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Bounds that hold the date they name (docs/design.md, How capture reads dates): "in or after
 * 1978" is from 1978 on, "in or before 2019" up to its end. Short stories of our own.
 */
const ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['The jar left the valley in or after 1978, the curator wrote.', '2024-05-01', 'in or after 1978', '1978/..'],
  ['The painting was sold in or after March 1952.', '2024-05-01', 'in or after March 1952', '1952-03/..'],
  ['The coins were struck in or before 1950.', '2024-05-01', 'in or before 1950', '../1950'],
  ['The bell was cast in or before the spring of 1972.', '2024-05-01', 'in or before the spring of 1972', '../1972-21'],
];

describe('capture: bounds that hold the date they name', () => {
  for (const [text, publishedOn, phrase, when] of ROWS) {
    it(`dates "${phrase}" as ${when}`, () => {
      const draft = capture(text, { lang: 'en', publishedOn });
      expect(factAt(draft, phrase).fact.when).to.equal(when);
    });
  }
});
