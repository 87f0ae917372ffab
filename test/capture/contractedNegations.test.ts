import { describeDateTables } from './dateTables.ts';

/**
 * A negation contracted onto its verb ("won't", "didn't", "hasn't") negates a bound as "not" does: "won't
 * finish before the second quarter" is from that quarter on, "didn't pay until 12 May" is on that day,
 * "hadn't reopened since June" last happened then (docs/design.md, How capture reads dates). Short
 * stories of our own; Spanish has no contracted negation.
 */
describeDateTables([
  [
    'a contracted negation negates a bound as "not" does',
    [
      {
        text: "That work started in August and won't finish before the second quarter of next year.",
        publishedOn: '2025-10-09',
        phrase: 'before the second quarter of next year',
        when: '2026-34/..',
      },
      {
        text: "The firm didn't pay the workers until 12 May.",
        publishedOn: '2025-10-09',
        phrase: 'until 12 May',
        when: '2025-05-12',
      },
      {
        text: "The inspectors found that the mill hadn't reopened since June.",
        publishedOn: '2025-10-09',
        phrase: 'since June',
        when: '2025-06',
      },
    ],
  ],
]);
