import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * "after 31 years on the bench", "Forty-seven years on this ground": "on" followed by where the time was spent is
 * no count of time later; "Twelve days on, the Gazette …", with "on" ending its phrase, is one (docs/design.md,
 * How capture reads dates). Short stories of our own.
 */
describe('a count of years before "on" and where it was spent is time spent, not a date', () => {
  it('reads no date in "after 31 years on the bench"', () => {
    const draft = capture('The judge retires on Friday, after 31 years on the bench.', { publishedOn: '2021-06-30' });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on Friday']);
  });
  it('keeps the fact of a day told after the time spent', () => {
    const draft = capture('After 31 years on the bench, she sat for the last time on Monday.', {
      publishedOn: '2021-06-30',
    });
    expect(factAt(draft, 'on Monday').fact.when).to.equal('2021-06-28');
  });
});

describeDateTables([
  [
    'a count after the time spent counts from the event told before it',
    [
      {
        text: 'The hearing was on October 6. "Forty-seven years on this ground, and the best thing we grew fell out of the sky," she said. The following Tuesday, Greer filed a motion.',
        publishedOn: '2026-11-30',
        phrase: 'following Tuesday',
        when: '2026-10-13',
      },
    ],
  ],
  [
    '"on" ending its phrase counts time later',
    [
      {
        text: 'The leak began on Sept. 1. Twelve days on, the Gazette has pieced together what happened.',
        publishedOn: '2024-09-20',
        phrase: 'Twelve days on',
        when: '2024-09-13',
      },
    ],
  ],
]);
