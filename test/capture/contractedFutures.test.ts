import { describeDateTables } from './dateTables.ts';

/**
 * "I'm going to her grave on Sunday", "we're due to meet on Sunday": "am" and the contracted "’m" and
 * "’re" tell the future with "going to", "due to" as "is" and "are" do (docs/design.md, How capture reads
 * dates). Short stories of our own.
 */
describeDateTables([
  [
    '"am", "’m" and "’re" before "going to" or "due to" tell the future',
    [
      {
        text: 'Tillery was freed on Thursday. "I\'m going to her grave on Sunday," he said.',
        publishedOn: '2026-03-12',
        phrase: 'on Sunday',
        when: '2026-03-15',
      },
      {
        text: 'Tillery was freed on Thursday. "I am going to her grave on Sunday," he said.',
        publishedOn: '2026-03-12',
        phrase: 'on Sunday',
        when: '2026-03-15',
      },
      {
        text: 'The strike began on Thursday. "We’re due to meet the board on Sunday," the steward said.',
        publishedOn: '2026-03-12',
        phrase: 'on Sunday',
        when: '2026-03-15',
      },
    ],
  ],
  [
    'what was done on a weekday is past',
    [
      {
        text: 'Tillery was freed on Thursday. "I went to her grave on Sunday," he said.',
        publishedOn: '2026-03-12',
        phrase: 'on Sunday',
        when: '2026-03-08',
      },
    ],
  ],
]);
