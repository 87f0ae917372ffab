import { describeDateTables } from './dateTables.ts';

/**
 * A date that a court list, a due date or a called meeting sets lies ahead of its telling: "is listed
 * for hearing on March 9", "due by March 31", "has called a meeting of creditors for March 4"
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a hearing listed for a date is ahead of the publication',
    [
      {
        text: 'The tenants filed their complaint in August 2022. A second complaint against the landlord is listed for hearing on March 9.',
        publishedOn: '2026-02-21',
        phrase: 'March 9',
        when: '2026-03-09',
      },
      {
        text: 'The tribunal ruled on 9 October that the dismissal was unfair. A hearing to decide her compensation is listed for January.',
        publishedOn: '2026-11-18',
        phrase: 'January',
        when: '2027-01',
      },
      {
        text: 'The band filed for an injunction on November 17, and the matter has been listed for hearing before Justice Persad on December 8.',
        publishedOn: '2026-11-20',
        phrase: 'December 8',
        when: '2026-12-08',
      },
    ],
  ],
  [
    'a meeting called or convened for a date is ahead of its calling',
    [
      {
        text: 'The court will hear the motion on Feb. 26, and the monitor has called a meeting of creditors for March 4.',
        publishedOn: '2026-02-12',
        phrase: 'March 4',
        when: '2026-03-04',
      },
      {
        text: 'The union convened a meeting of members for 12 April, the secretary said on Monday.',
        publishedOn: '2025-03-20',
        phrase: '12 April',
        when: '2025-04-12',
      },
    ],
  ],
  [
    'what is due by a date, with no verb of being before "due", is ahead of its telling',
    [
      {
        text: 'The collector ordered a survey of every school in November last year. The survey, due by March 31, has so far covered 64 schools.',
        publishedOn: '2026-02-21',
        phrase: 'by March 31',
        when: '../2026-03-31',
      },
      {
        text: 'The pipe network was completed in August, with a gas boiler due to be installed over the winter.',
        publishedOn: '2025-10-07',
        phrase: 'the winter',
        when: '2025-24',
      },
    ],
  ],
  [
    'a cause after "due to" sets no date ahead',
    [
      {
        text: 'The ferry sailed on 2 May. Two crossings were cancelled due to storms in April, the operator said.',
        publishedOn: '2025-06-10',
        phrase: 'April',
        when: '2025-04',
      },
    ],
  ],
]);
