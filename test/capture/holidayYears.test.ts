import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * A holiday on a fixed day takes the year written beside it also after "in" ("Christmas Eve in 2018") and after
 * a word of the day's own time or its holiday ("Halloween night 2015"), which the phrase then holds; the
 * Spanish form ("la Nochebuena de 2015") reads the year after "de" (docs/capture.md, dates on unseen text,
 * fourteenth round).
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly phrase: string;
  readonly when: string;
}

const PUBLISHED = '2025-11-30';

const ROWS: Row[] = [
  {
    says: 'a night named by its holiday with the year after it',
    lang: 'en',
    text: 'On Halloween night 2015 the lifeboat launched twice.',
    phrase: 'Halloween night 2015',
    when: '2015-10-31',
  },
  {
    says: 'a holiday with "in" and its year',
    lang: 'en',
    text: 'The station opened in May 2012. On Christmas Eve in 2018 the pager went off at 3.40am.',
    phrase: 'Christmas Eve in 2018',
    when: '2018-12-24',
  },
  {
    says: 'a holiday named as a holiday, with "of" and its year',
    lang: 'en',
    text: 'The crew met in March 2012. On the Boxing Day holiday of 2017 the harbour froze.',
    phrase: 'Boxing Day holiday of 2017',
    when: '2017-12-26',
  },
  {
    says: 'a Spanish holiday with "de" and its year',
    lang: 'es',
    text: 'La lancha salió en mayo de 2012. La Nochebuena de 2015 rescató a dos pescadores.',
    phrase: 'Nochebuena de 2015',
    when: '2015-12-24',
  },
];

describe('capture: the year written beside a holiday on a fixed day', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}`, () => {
      const { fact } = factAt(capture(row.text, { publishedOn: PUBLISHED, lang: row.lang }), row.phrase);
      expect(fact.when).to.equal(row.when);
    });
  }
});
