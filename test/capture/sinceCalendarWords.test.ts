import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/** "since the previous October", "desde el octubre anterior": a date the story orders, not an event's name. */
const ROWS = [
  {
    lang: 'en',
    text: 'The vault warmed on 3 June 2022. The log showed the temperature had drifted three times since the previous October.',
    phrase: 'since the previous October',
    when: '2021-10/..',
  },
  {
    lang: 'en',
    text: 'The firm opened its plant in March 2019. It has grown every quarter since the following January.',
    phrase: 'since the following January',
    when: '2020-01/..',
  },
  {
    lang: 'es',
    text: 'La bóveda se calentó el 3 de junio de 2022. La temperatura había subido tres veces desde el octubre anterior.',
    phrase: 'desde el octubre anterior',
    when: '2021-10/..',
  },
] as const;

describe('capture: "since" before a month ordered against the story', () => {
  for (const row of ROWS) {
    it(`reads ${JSON.stringify(row.phrase)} as ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: '2023-01-10' });
      const { fact, span } = factAt(draft, row.phrase);
      expect(span.phrase.toLowerCase(), span.rule).to.equal(row.phrase.toLowerCase());
      expect(fact.when, span.rule).to.equal(row.when);
    });
  }
});
