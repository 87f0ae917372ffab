import { describeDateTables } from './dateTables.ts';

/**
 * A participle phrase set off by commas after its noun ("a new transformer, purchased in August, is
 * installed") dates the participle's event, which is past, whatever the tense of the clause's own verb
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date in a participle aside is past',
    [
      {
        text: 'According to her, power would be restored to the cold room "within days" once a new transformer, purchased in August, is installed.',
        publishedOn: '2025-10-09',
        phrase: 'August',
        when: '2025-08',
      },
      {
        text: 'The board said the line would reopen once the spare parts, ordered in November, were delivered.',
        publishedOn: '2025-10-09',
        phrase: 'November',
        when: '2024-11',
      },
    ],
  ],
]);
