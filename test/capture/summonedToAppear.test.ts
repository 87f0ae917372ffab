import { describeDateTables } from './dateTables.ts';

/**
 * "has summoned her to appear on March 3", "invited him to speak on 12 May": a summons or an invitation
 * is an instruction whose infinitive's date lies ahead of its telling (docs/design.md, How capture reads
 * dates). Short stories of our own.
 */
describeDateTables([
  [
    'a summons or an invitation told in the present perfect lies ahead of the publication',
    [
      {
        text: 'The director took office on January 5. The health committee has summoned her to appear on March 3.',
        publishedOn: '2026-02-19',
        phrase: 'March 3',
        when: '2026-03-03',
      },
      {
        text: 'The director took office on January 5. The council has invited her to speak on March 3.',
        publishedOn: '2026-02-19',
        phrase: 'March 3',
        when: '2026-03-03',
      },
    ],
  ],
  [
    'a summons told in the simple past lies ahead of its telling',
    [
      {
        text: 'The director took office on January 5. The health committee summoned her to appear on March 3.',
        publishedOn: '2026-02-19',
        phrase: 'March 3',
        when: '2026-03-03',
      },
    ],
  ],
  [
    'what the committee did is past',
    [
      {
        text: 'The director took office on January 5. The health committee heard her on March 3.',
        publishedOn: '2026-02-19',
        phrase: 'March 3',
        when: '2025-03-03',
      },
    ],
  ],
]);
