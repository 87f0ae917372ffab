import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeDateTables, type DateRow } from './dateTables.ts';

/**
 * Weekdays and days told inside the story (docs/design.md, How capture reads dates): "the Monday"
 * is the first Monday after the last day named; "nobody … until X" places the event at X; "about"
 * before an hour leaves the day exact; a stated weekday finds its year within three years of the
 * reference time; the outcome of a condition told with "will" is no event. Short stories of our own.
 */
const TABLES: ReadonlyArray<readonly [string, readonly DateRow[]]> = [
  [
    '"the Monday" is the first Monday after the last day the text named',
    [
      {
        text: 'The pumps failed on Saturday 3 May. The engineers arrived on the Monday.',
        publishedOn: '2025-11-01',
        phrase: 'the Monday',
        when: '2025-05-05',
      },
      {
        text: 'The alarm rang on Friday 9 May, and by the Monday it was too late.',
        publishedOn: '2025-11-01',
        phrase: 'the Monday',
        when: '../2025-05-12',
      },
      {
        text: 'The ferry was last checked on Thursday 21 August, and a visit on the Tuesday was missed.',
        publishedOn: '2026-03-12',
        phrase: 'the Tuesday',
        when: '2025-08-26',
      },
    ],
  ],
  [
    '"nobody … until X", like "not … until X", places the event at X',
    [
      {
        text: 'The tank warmed on 3 May 2025. Nobody noticed until 6 May.',
        publishedOn: '2025-11-01',
        phrase: 'until 6 May',
        when: '2025-05-06',
      },
      {
        text: 'The files vanished in March 2024. Nobody answered the letters until June.',
        publishedOn: '2025-11-01',
        phrase: 'until June',
        when: '2024-06',
      },
      {
        text: 'The roof leaked for weeks in 2023. Nothing was done until October 2023.',
        publishedOn: '2025-11-01',
        phrase: 'until October 2023',
        when: '2023-10',
      },
    ],
  ],
  [
    '"about" before an hour qualifies the hour: the day stays exact',
    [
      {
        text: 'At about 2am on 3 May 2025 the compressor seized.',
        publishedOn: '2025-11-01',
        phrase: '3 May 2025',
        when: '2025-05-03',
      },
      {
        text: 'The levee broke at around 11.30pm on 14 March 2024.',
        publishedOn: '2025-11-01',
        phrase: '14 March 2024',
        when: '2024-03-14',
      },
      {
        text: 'Police were called at about 9 p.m. on 2 June 2023.',
        publishedOn: '2025-11-01',
        phrase: '2 June 2023',
        when: '2023-06-02',
      },
    ],
  ],
  [
    'a stated weekday finds its year within three of the reference time',
    [
      {
        text: 'The vault was dug in 1979. Its compressor seized on Saturday 3 February.',
        publishedOn: '2026-11-18',
        phrase: 'Saturday 3 February',
        when: '2024-02-03',
      },
      {
        text: 'The quay was rebuilt in 1988. The crane fell on Thursday 9 March.',
        publishedOn: '2026-11-18',
        phrase: 'Thursday 9 March',
        when: '2023-03-09',
      },
      {
        text: 'The mill closed in 1994. Its last shift ended on Tuesday 4 April.',
        publishedOn: '2026-11-18',
        phrase: 'Tuesday 4 April',
        when: '2023-04-04',
      },
    ],
  ],
];

/** The outcome of a condition told with "will": no event. */
const CONDITIONS: readonly (readonly [string, string])[] = [
  ['"If the pumps fail over a weekend," she wrote, "we will not know until Monday 12 May."', '12 May'],
  ['If the court voids the count, the council will hold a new vote on 3 July.', '3 July'],
  ["If the loan falls through, the club won't pay its players in March.", 'March'],
];

describe('capture: weekdays and days told inside the story', () => {
  describeDateTables(TABLES);
  describe('the outcome of a condition told with "will" is no event', () => {
    for (const [text, phrase] of CONDITIONS) {
      it(`keeps no fact for "${phrase}" in "${text.slice(0, 60)}…"`, () => {
        const draft = capture(text, { lang: 'en', publishedOn: '2025-02-01' });
        expect(draft.capture.spans.map((s) => s.phrase).join(' | ')).not.to.include(phrase);
      });
    }
  });
});
