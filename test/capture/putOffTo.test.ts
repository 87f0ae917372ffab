import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * The date a thing is put off to ("postponed to July", "postponed to "no earlier than July"") is ahead of that
 * telling, with "to" before the date phrase and a quotation mark between them; a start so put off ("no earlier
 * than") lies ahead too, while what has held "since" a date stays past (docs/capture.md, dates on unseen
 * text, fourteenth round).
 */
interface Row {
  readonly says: string;
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
}

const ROWS: Row[] = [
  {
    says: 'a month a ceremony was postponed to, ahead of the telling',
    text: 'Residents were due to receive plots on 27 March 2025. The board said the ceremony had been postponed to July.',
    published: '2025-03-12',
    phrase: 'July',
    when: '2025-07',
  },
  {
    says: 'a quoted "no earlier than" after "postponed to", a start ahead of the telling',
    text: 'Residents were due to receive plots on 27 March 2025. The board said the ceremony had been postponed to "no earlier than July".',
    published: '2025-03-12',
    phrase: 'no earlier than July',
    when: '2025-07/..',
  },
  {
    says: 'a hearing adjourned to a day, ahead of the adjournment',
    text: 'The court sat on 14 November 2024. The magistrate adjourned the hearing to 9 January.',
    published: '2024-11-20',
    phrase: '9 January',
    when: '2025-01-09',
  },
  {
    says: 'what has held "since" a date in a sentence with "would" stays in the past',
    text: 'Residents were told on 2 May 2024 that the road would reopen soon; it has been shut since April 22.',
    published: '2024-06-10',
    phrase: 'since April 22',
    when: '2024-04-22/..',
  },
];

describe('capture: a date a thing is put off to', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}`, () => {
      const { fact } = factAt(capture(row.text, { publishedOn: row.published, lang: 'en' }), row.phrase);
      expect(fact.when).to.equal(row.when);
    });
  }
});
