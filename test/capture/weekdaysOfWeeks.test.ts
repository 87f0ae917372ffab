import { expect } from 'chai';
import { capture } from './captureHelpers.ts';

/**
 * A weekday told beside a week counted from the publication is that weekday of that week: one fact, dated to the day,
 * with the weekday recorded (src/capture/weekdaysOfWeeks.ts). Published on Friday 12 June 2026.
 */

const PUBLISHED = '2026-06-12';

const ROWS: ReadonlyArray<readonly [string, 'en' | 'es', string, string, string]> = [
  [
    'The camp was shut last week Wednesday after the caterer left.',
    'en',
    'last week Wednesday',
    '2026-06-03',
    'Wednesday',
  ],
  [
    'The camp was shut Wednesday last week after the caterer left.',
    'en',
    'Wednesday last week',
    '2026-06-03',
    'Wednesday',
  ],
  ['The depot was sealed on Friday of last week.', 'en', 'on Friday of last week', '2026-06-05', 'Friday'],
  ['Last week, on Tuesday, the board met.', 'en', 'Last week, on Tuesday', '2026-06-02', 'Tuesday'],
  ['The camp reopened this week Tuesday.', 'en', 'this week Tuesday', '2026-06-09', 'Tuesday'],
  ['He will table a motion on Tuesday next week.', 'en', 'on Tuesday next week', '2026-06-16', 'Tuesday'],
  ['The board will vote next week Monday, the clerk said.', 'en', 'next week Monday', '2026-06-15', 'Monday'],
  [
    'El campamento cerró el miércoles de la semana pasada.',
    'es',
    'el miércoles de la semana pasada',
    '2026-06-03',
    'Wednesday',
  ],
  [
    'El campamento cerró la semana pasada, el miércoles.',
    'es',
    'la semana pasada, el miércoles',
    '2026-06-03',
    'Wednesday',
  ],
  ['El pleno votará el lunes de la próxima semana.', 'es', 'el lunes de la próxima semana', '2026-06-15', 'Monday'],
  ['La planta cerró el lunes de esta semana.', 'es', 'el lunes de esta semana', '2026-06-08', 'Monday'],
];

describe('a weekday of a week counted from the publication', () => {
  for (const [text, lang, phrase, when, weekday] of ROWS) {
    it(`reads "${phrase}" as one day, ${when}, a ${weekday}`, () => {
      const draft = capture(text, { lang, publishedOn: PUBLISHED });
      expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([phrase]);
      const fact = draft.facts[0];
      expect([fact?.when, fact?.citations[0]?.statedWeekday]).to.deep.equal([when, weekday]);
    });
  }

  it('leaves a weekday and a week of different sentences apart', () => {
    const draft = capture('The camp shut on Tuesday. Last week the board met.', { lang: 'en', publishedOn: PUBLISHED });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on Tuesday', 'Last week']);
  });
});
