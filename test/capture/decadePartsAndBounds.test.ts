import { describeDateTables } from './dateTables.ts';

/**
 * Parts of a decade and bound words kept across a modifier (docs/design.md, How capture reads
 * dates): "the late 1980s" is 1987–1989, as "late in the decade" is years 7–9; a bound word holds
 * across "at least" and "calendar" ("since at least 2019" is from 2019 on, "by the end of calendar
 * 2026" up to that year's end); "the end of March" is late March; "so far this year" runs to the
 * publication. Short stories of our own.
 */
describeDateTables([
  [
    'early, mid and late before a decade name its years 0–3, 4–6 and 7–9',
    [
      {
        text: 'The mill closed in the early 1990s.',
        publishedOn: '2024-05-01',
        phrase: 'early 1990s',
        when: '1990/1993',
      },
      {
        text: 'Prices rose sharply in the mid-1970s.',
        publishedOn: '2024-05-01',
        phrase: 'mid-1970s',
        when: '1974/1976',
      },
      {
        text: 'Late in the 1960s the firm moved its offices to the harbour.',
        publishedOn: '2024-05-01',
        phrase: 'Late in the 1960s',
        when: '1967/1969',
      },
      {
        text: 'By the late 2000s, only one engineer still understood the billing code.',
        publishedOn: '2024-05-01',
        phrase: 'By the late 2000s',
        when: '../2009',
      },
    ],
  ],
  [
    'a bound word holds across "at least" and "calendar"',
    [
      {
        text: 'She had complained about the noise since at least March 2021.',
        publishedOn: '2024-05-01',
        phrase: 'since at least March 2021',
        when: '2021-03/..',
      },
      {
        text: 'The clinic has been short of nurses since at least the winter of 2019.',
        publishedOn: '2024-05-01',
        phrase: 'since at least the winter of 2019',
        when: '2019-24/..',
      },
      {
        text: 'The retailer said the stores will close by the end of calendar 2027.',
        publishedOn: '2025-08-01',
        phrase: 'by the end of calendar 2027',
        when: '../2027',
      },
      {
        text: 'Tenants must leave the tower before the end of calendar 2026, the council said.',
        publishedOn: '2025-08-01',
        phrase: 'before the end of calendar 2026',
        when: '../2026',
      },
    ],
  ],
  [
    '"the end of", "the beginning of", "the middle of" a month or a year name its part, as late, early and mid do',
    [
      {
        text: 'The bakery on Quay Street shut at the end of March.',
        publishedOn: '2025-06-15',
        phrase: 'the end of March',
        when: '2025-03-21/2025-03-31',
      },
      {
        text: 'The ferry timetable changed at the beginning of March 2021.',
        publishedOn: '2025-06-15',
        phrase: 'the beginning of March 2021',
        when: '2021-03-01/2021-03-10',
      },
      {
        text: 'The inspectors first visited the site in the middle of last year.',
        publishedOn: '2025-06-15',
        phrase: 'the middle of last year',
        when: '2024-05/2024-08',
      },
      {
        text: 'Drivers received the back pay at the end of last month.',
        publishedOn: '2025-06-15',
        phrase: 'the end of last month',
        when: '2025-05-21/2025-05-31',
      },
      {
        text: 'The clinic must move out by the end of March, the landlord said.',
        publishedOn: '2025-01-15',
        phrase: 'by the end of March',
        when: '../2025-03',
      },
    ],
  ],
  [
    '"so far this year" runs from the start of the year (month, day) to the publication',
    [
      {
        text: 'The agency has recorded 41 landslides so far this year.',
        publishedOn: '2025-06-15',
        phrase: 'so far this year',
        when: '2025-01-01/2025-06-15',
      },
      {
        text: 'Twelve trams have broken down so far this month, the union said.',
        publishedOn: '2025-06-15',
        phrase: 'so far this month',
        when: '2025-06-01/2025-06-15',
      },
      {
        text: 'The index is up 7% so far this year after a weak 2024.',
        publishedOn: '2025-09-03',
        phrase: 'so far this year',
        when: '2025-01-01/2025-09-03',
      },
    ],
  ],
]);
