import { describeDateTables } from './dateTables.ts';

/**
 * A plan told in the past — a past auxiliary before the plan's infinitive ("was due to begin", "were expected to
 * vote", "was to sail") or "wanted" before what is wanted — is ahead of that telling, not of the publication
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a plan told in the past is dated after its telling, not after the publication',
    [
      {
        text: 'Tenders were opened in the first quarter of this year and construction was due to begin in September. It has not begun.',
        publishedOn: '2026-11-14',
        phrase: 'September',
        when: '2026-09',
      },
      {
        text: 'Tenders were opened in the first quarter of this year and the contractors were expected to start work in October.',
        publishedOn: '2026-11-14',
        phrase: 'October',
        when: '2026-10',
      },
      {
        text: 'Its managing partner told reporters that the fund wanted the meeting held in March.',
        publishedOn: '2025-02-21',
        phrase: 'March',
        when: '2025-03',
      },
    ],
  ],
  [
    'a past verb before "to" that names no plan keeps the past',
    [
      {
        text: 'The ferry operator was sentenced to a fine in March after the inspection.',
        publishedOn: '2026-11-14',
        phrase: 'March',
        when: '2026-03',
      },
    ],
  ],
]);
