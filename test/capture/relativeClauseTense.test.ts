import { describeDateTables } from './dateTables.ts';

/**
 * The tense that places a date without a year is its own clause's (docs/design.md, How capture
 * reads dates): a relative clause whose verb comes before the date tells it ("the season that starts
 * on 1 September" is ahead of the publication), and a relative clause after the date ("a deal under
 * which the city will pay") does not. Short stories of our own, published on 10 November 2025.
 */
const PUBLISHED = '2025-11-10';
describeDateTables([
  [
    'a relative clause whose verb comes before the date tells that date in its own tense',
    [
      {
        text: 'The growers asked the court to reopen the beds for the season that starts on 1 September.',
        publishedOn: PUBLISHED,
        phrase: '1 September',
        when: '2026-09-01',
      },
      {
        text: 'The club hired a coach who begins work in August.',
        publishedOn: PUBLISHED,
        phrase: 'August',
        when: '2026-08',
      },
      {
        text: 'The union said the depot, which reopens in April, has already hired 40 drivers.',
        publishedOn: PUBLISHED,
        phrase: 'April',
        when: '2026-04',
      },
      {
        text: 'The judge who retired in May will hear one last case.',
        publishedOn: PUBLISHED,
        phrase: 'May',
        when: '2025-05',
      },
    ],
  ],
  [
    'a relative clause after the date is not the date’s tense',
    [
      {
        text: 'In September, a judge approved a deal under which the city will pay the workers.',
        publishedOn: PUBLISHED,
        phrase: 'September',
        when: '2025-09',
      },
      {
        text: 'In June the regulator fined the firm, which will appeal the decision.',
        publishedOn: PUBLISHED,
        phrase: 'June',
        when: '2025-06',
      },
      {
        text: 'In March the company, which employs 400 people, will close the plant.',
        publishedOn: PUBLISHED,
        phrase: 'March',
        when: '2026-03',
      },
    ],
  ],
]);
