import { describeDateTables } from './dateTables.ts';

/**
 * Parts of a decade and bound words kept across a modifier (docs/design.md, How capture reads
 * dates): "the late 1980s" is 1987–1989, as "late in the decade" is years 7–9; a bound word holds
 * across "at least" and "calendar" ("since at least 2019" is from 2019 on, "by the end of calendar
 * 2026" up to that year's end). Short stories of our own.
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
]);
