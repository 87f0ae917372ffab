import { describeDateTables } from './dateTables.ts';

/**
 * A time of day states no date ("6 a.m. yesterday" is yesterday, counted from the publication), and
 * a hearing adjourned or a vote postponed "till" a day is set for that day, ahead of its telling
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a time of day beside a word counted from the publication states no date of its own',
    [
      {
        text: 'The tanker docked before 6 a.m. yesterday, the port said.',
        publishedOn: '2025-08-21',
        phrase: 'yesterday',
        when: '2025-08-20',
      },
      {
        text: 'Power returned at 11:30 p.m. today, the utility said.',
        publishedOn: '2025-08-21',
        phrase: 'today',
        when: '2025-08-21',
      },
      {
        text: 'The new ferry leaves at 7.15am tomorrow.',
        publishedOn: '2025-08-21',
        phrase: 'tomorrow',
        when: '2025-08-22',
      },
    ],
  ],
  [
    'a case adjourned or a vote postponed till a day is set for that day, ahead of its telling',
    [
      {
        text: 'The judge adjourned the case till June 29 for a full hearing.',
        publishedOn: '2025-06-15',
        phrase: 'June 29',
        when: '2025-06-29',
      },
      {
        text: 'The council postponed the vote until 2 July after a tied debate.',
        publishedOn: '2025-06-15',
        phrase: '2 July',
        when: '2025-07-02',
      },
      {
        text: 'Magistrates adjourned the trial until 30 June.',
        publishedOn: '2025-06-15',
        phrase: '30 June',
        when: '2025-06-30',
      },
    ],
  ],
]);
