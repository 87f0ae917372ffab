import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Bounds and their dates (docs/design.md, How capture reads dates): "in or after 1978" is from
 * 1978 on, "in or before 2019" up to its end; "as early as May 2021" told as past is that month,
 * told ahead from it on; a record "from 1972" is of 1972; "not … before June" is from June on.
 * Short stories of our own.
 */
const ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['The jar left the valley in or after 1978, the curator wrote.', '2024-05-01', 'in or after 1978', '1978/..'],
  ['The painting was sold in or after March 1952.', '2024-05-01', 'in or after March 1952', '1952-03/..'],
  ['The coins were struck in or before 1950.', '2024-05-01', 'in or before 1950', '../1950'],
  ['The bell was cast in or before the spring of 1972.', '2024-05-01', 'in or before the spring of 1972', '../1972-21'],
  ['Auditors flagged the gap as early as May 2021.', '2024-05-01', 'as early as May 2021', '2021-05'],
  [
    'The tenants complained about the damp as early as 2015, the report says.',
    '2024-05-01',
    'as early as 2015',
    '2015',
  ],
  ['The bridge could reopen as early as March 2026.', '2025-10-01', 'as early as March 2026', '2026-03/..'],
  ['Photographs of the quay from 1972 show the old crane.', '2024-05-01', '1972', '1972'],
  ['Council minutes from the first half of 2023 mention the leak.', '2024-05-01', 'first half of 2023', '2023-40'],
  ['Emails from March 2024 show that the manager knew.', '2024-09-01', 'March 2024', '2024-03'],
  ['The ban on night flights applies from 4 August 2024.', '2024-05-01', '4 August 2024', '2024-08-04/..'],
  ['The pool is not expected to reopen before June.', '2025-01-10', 'before June', '2025-06/..'],
  [
    'The line will not be restored before March 2026, the operator said.',
    '2025-10-01',
    'before March 2026',
    '2026-03/..',
  ],
  ['Officials do not expect a ruling before October.', '2025-06-01', 'before October', '2025-10/..'],
];

describe('capture: bounds and the dates they hold', () => {
  for (const [text, publishedOn, phrase, when] of ROWS) {
    it(`dates "${phrase}" as ${when}`, () => {
      const draft = capture(text, { lang: 'en', publishedOn });
      expect(factAt(draft, phrase).fact.when).to.equal(when);
    });
  }
});
