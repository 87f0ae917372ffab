import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * "whether" opens an indirect question, which ends where its sentence's own verb follows it: a date
 * after that verb is an event ("A decision on whether the case can proceed is expected in July"), one
 * inside the question is not (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    "a date after the verb that ends a whether-clause is the sentence's event",
    [
      {
        text: 'A decision on whether the case can proceed is expected in July.',
        publishedOn: '2025-02-10',
        phrase: 'July',
        when: '2025-07',
      },
      {
        text: 'A decision on whether to keep the contractor or replace it is due by next summer.',
        publishedOn: '2025-11-10',
        phrase: 'by next summer',
        when: '../2026-22',
      },
      {
        text: 'Whether that reaches back far enough for the grain was the question put to staff at a meeting last Thursday.',
        publishedOn: '2026-02-12',
        phrase: 'last Thursday',
        when: '2026-02-05',
      },
    ],
  ],
]);

describe('a date inside a whether-clause', () => {
  for (const text of [
    'The curator asked whether the bronzes were stolen in 1978.',
    'He wrote to ask whether the licence could be issued before the summer.',
  ])
    it(`is no event in "${text}"`, () => {
      const draft = capture(text, { lang: 'en', publishedOn: '2025-02-10' });
      expect(() => factAt(draft, text.includes('1978') ? '1978' : 'summer')).to.throw();
    });
});
