import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * The time something took up to a date ("the audit took until October 2022 to begin", "la grúa tardó hasta marzo
 * de 2024 en llegar") places the event at that date, as "waited until" and "not … until" do, and a count back from
 * it ("the previous year") counts from that date (docs/capture.md, dates on unseen text, fourteenth round).
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly phrase: string;
  readonly when: string;
}

const PUBLISHED = '2026-06-17';

const ROWS: Row[] = [
  {
    says: 'what an audit took until a month to do, at that month',
    lang: 'en',
    text: 'The committee met on Thursday, June 25. A senator asked why the audit took until October 2022 to begin.',
    phrase: 'until October 2022',
    when: '2022-10',
  },
  {
    says: '"the previous year" after it, the year before that month',
    lang: 'en',
    text: 'The committee met on Thursday, June 25. A senator asked why the audit took until October 2022 to begin, when staff had raised concerns the previous year.',
    phrase: 'the previous year',
    when: '2021',
  },
  {
    says: 'lo que una grúa tardó hasta un mes en hacer, en ese mes',
    lang: 'es',
    text: 'El proyecto se aprobó el 3 de mayo de 2023. La grúa tardó hasta marzo de 2024 en llegar al puerto.',
    phrase: 'hasta marzo de 2024',
    when: '2024-03',
  },
  {
    says: 'talks that took place until a month, a bound',
    lang: 'en',
    text: 'Talks took place until October 2022.',
    phrase: 'until October 2022',
    when: '../2022-10',
  },
];

describe('capture: the time something took up to a date', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}`, () => {
      const { fact } = factAt(capture(row.text, { publishedOn: PUBLISHED, lang: row.lang }), row.phrase);
      expect(fact.when).to.equal(row.when);
    });
  }
});
