import { describeDateTables } from './dateTables.ts';

/**
 * "was expected in", "were due by", "was planned in": what a past telling expected is ahead of that
 * telling, the future seen from the past, and may lie after the publication (docs/design.md, How capture
 * reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'what was expected, due or planned lies ahead of its telling',
    [
      {
        text: 'The airline met the pilots on 21 January. The regulator said a decision was expected in May.',
        publishedOn: '2025-03-13',
        phrase: 'May',
        when: '2025-05',
      },
      {
        text: 'The new turbines were due by the end of April, the supplier said.',
        publishedOn: '2026-03-02',
        phrase: 'by the end of April',
        when: '../2026-04',
      },
      {
        text: 'The hearing was planned in July, a court clerk said.',
        publishedOn: '2025-05-20',
        phrase: 'July',
        when: '2025-07',
      },
    ],
  ],
  [
    'what was done is past',
    [
      {
        text: 'The report was published in July, a court clerk said.',
        publishedOn: '2025-05-20',
        phrase: 'July',
        when: '2024-07',
      },
    ],
  ],
]);
