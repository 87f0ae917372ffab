import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * "on the first Sunday in October", "the last Saturday of August 2025", "el primer domingo de octubre": the nth (or
 * last) such weekday of the month, its day the year's (docs/design.md, How capture reads dates). Short stories of
 * our own.
 */
describeDateTables([
  [
    'the nth weekday of a month is that day of the year chosen',
    [
      {
        text: 'The fireball lit the sky on August 14. Then, on the first Sunday in October, Honeycutt found the stone.',
        publishedOn: '2025-11-30',
        phrase: 'first Sunday in October',
        when: '2025-10-05',
      },
      {
        text: 'The fair was held on the last Saturday of August 2025.',
        publishedOn: '2026-11-30',
        phrase: 'last Saturday of August 2025',
        when: '2025-08-30',
      },
      {
        text: 'El primer domingo de octubre, Honeycutt encontró la piedra.',
        publishedOn: '2025-11-30',
        phrase: 'primer domingo de octubre',
        when: '2025-10-05',
        lang: 'es',
      },
      {
        text: 'The council will meet on the second Tuesday of March.',
        publishedOn: '2026-01-30',
        phrase: 'second Tuesday of March',
        when: '2026-03-10',
      },
    ],
  ],
  [
    'a count of days goes on from that day',
    [
      {
        text: 'Then, on the first Sunday in October, Honeycutt found the stone. Two days later, he sold it.',
        publishedOn: '2025-11-30',
        phrase: 'Two days later',
        when: '2025-10-07',
      },
    ],
  ],
]);

describe('the weekday of the nth weekday of a month', () => {
  it('is stated on the fact', () => {
    const draft = capture('Then, on the first Sunday in October, Honeycutt found the stone.', {
      publishedOn: '2025-11-30',
    });
    expect(factAt(draft, 'first Sunday in October').fact.citations[0]?.statedWeekday).to.equal('Sunday');
  });
});
