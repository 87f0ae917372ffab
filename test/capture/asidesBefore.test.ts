import { describeDateTables } from './dateTables.ts';

/**
 * A relative clause set off by commas before the date phrase (", who will be sentenced after the
 * trial,") is an aside: its tense is not the date's (docs/design.md, How capture reads dates). Short
 * stories of our own, published on Friday 9 February 2024.
 */
describeDateTables([
  [
    'an aside before the date does not tell its tense',
    [
      {
        text: 'The engineer, who will be sentenced after the trial, gave evidence on Wednesday.',
        publishedOn: '2024-02-09',
        phrase: 'on Wednesday',
        when: '2024-02-07',
      },
      {
        text: 'The mayor, who will stand for a third term, opened the bridge on Tuesday.',
        publishedOn: '2024-02-09',
        phrase: 'on Tuesday',
        when: '2024-02-06',
      },
      {
        text: 'The ferry, which is due to be scrapped, made its last crossing on Monday.',
        publishedOn: '2024-02-09',
        phrase: 'on Monday',
        when: '2024-02-05',
      },
    ],
  ],
  [
    'the clause’s own future still tells its tense',
    [
      {
        text: 'The council, which met in private, will vote on Wednesday.',
        publishedOn: '2024-02-09',
        phrase: 'on Wednesday',
        when: '2024-02-14',
      },
    ],
  ],
]);
