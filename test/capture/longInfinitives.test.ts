import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * A verb of expectation or plan told now ("expects to", "plans to", "hopes to") puts the date of its
 * infinitive ahead of the publication however many words the infinitive's own clause holds before the
 * date, numbers and places among them (docs/capture.md, dates on unseen text, fourteenth round).
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
    says: 'a quarter after an infinitive with a number in it is the coming one',
    text: 'The channel was closed in October 2025. The port expects to accept its first vessel at the full 10.5 m draught in the third quarter.',
    published: '2026-02-12',
    phrase: 'the third quarter',
    when: '2026-35',
  },
  {
    says: 'a deadline after an infinitive of fourteen words is not before the publication',
    text: 'The mine stopped leaching in July 2025. The company expects to put acid back on the heaps at its Okombahe uranium mine in the Erongo Region by the end of June.',
    published: '2026-05-19',
    phrase: 'by the end of June',
    when: '../2026-06',
  },
  {
    says: 'a month after "hopes to" and a long object is the coming one',
    text: 'The clinic lost its roof in a storm in March 2025. The trust hopes to reopen the maternity ward and the two outpatient rooms on the ground floor in September.',
    published: '2026-01-20',
    phrase: 'September',
    when: '2026-09',
  },
  {
    says: 'a month after a long infinitive told in the past stays in the past',
    text: 'The clinic lost its roof in a storm in March 2025. The trust planned to reopen the maternity ward and the two outpatient rooms on the ground floor in September.',
    published: '2026-01-20',
    phrase: 'September',
    when: '2025-09',
  },
];

describe('capture: the long infinitive of a verb of expectation told now', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}`, () => {
      const { fact } = factAt(capture(row.text, { publishedOn: row.published, lang: 'en' }), row.phrase);
      expect(fact.when).to.equal(row.when);
    });
  }
});
