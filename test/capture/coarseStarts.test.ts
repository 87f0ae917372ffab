import { describeDateTables } from './dateTables.ts';

/**
 * A start named no finer than a month ("deliveries starting in 2027", "beginning in May") is open
 * from then on, as "from May" is: the phrase says when something begins to hold, not a day it
 * happens on. A start on a day ("a three-day strike starting on Monday", "beginning on Tuesday 10
 * March") is the start itself. Short stories of our own.
 */
describeDateTables([
  [
    'a start named by a month, a year or a season is open from then on',
    [
      {
        text: 'The company signed a supply agreement with a utility for 3.2 million lb over seven years, with deliveries starting in 2027.',
        publishedOn: '2026-05-19',
        phrase: 'starting in 2027',
        when: '2027/..',
      },
      {
        text: 'The minister said the ministry would also review allocations made by three other land boards, starting in May.',
        publishedOn: '2026-03-12',
        phrase: 'starting in May',
        when: '2026-05/..',
      },
      {
        text: 'The council will inspect every bridge in the county, beginning in the spring of 2027.',
        publishedOn: '2026-03-12',
        phrase: 'beginning in the spring of 2027',
        when: '2027-21/..',
      },
    ],
  ],
  [
    'a start on a day is the start itself',
    [
      {
        text: 'Handling workers at the airport will stage a three-day strike starting on Monday, 16 March.',
        publishedOn: '2026-03-12',
        phrase: 'Monday, 16 March',
        when: '2026-03-16',
      },
      {
        text: 'Its hearing ran for nine days, beginning on Tuesday 10 March.',
        publishedOn: '2026-03-12',
        phrase: 'Tuesday 10 March',
        when: '2026-03-10',
      },
    ],
  ],
]);
