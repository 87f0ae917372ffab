import { describeDateTables } from './dateTables.ts';

/**
 * "through" a month or a season (docs/design.md, How capture reads dates): told as past, the state
 * held across that period, which is its date; told ahead, or "through the end of" it, it stays a
 * bound. Short stories of our own.
 */
describeDateTables([
  [
    'told as past, "through" a month or season is that period',
    [
      {
        text: 'The gallery stayed open through January, and closed on 14 February.',
        publishedOn: '2025-11-05',
        phrase: 'through January',
        when: '2025-01',
      },
      {
        text: 'Ticket sales at the lido held up through the winter.',
        publishedOn: '2025-11-05',
        phrase: 'through the winter',
        when: '2024-24',
      },
      {
        text: 'The miners, most of them past 50, worked without pay through February, the union said.',
        publishedOn: '2025-11-05',
        phrase: 'through February',
        when: '2025-02',
      },
    ],
  ],
  [
    'told ahead, or "through the end of" a period, "through" stays a bound',
    [
      {
        text: 'The county will keep the road closed through March.',
        publishedOn: '2025-11-05',
        phrase: 'through March',
        when: '../2026-03',
      },
      {
        text: 'The strike lasted through the end of July.',
        publishedOn: '2025-11-05',
        phrase: 'through the end of July',
        when: '../2025-07',
      },
    ],
  ],
]);
