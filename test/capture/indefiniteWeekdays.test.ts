import { expect } from 'chai';
import { capture } from './captureHelpers.ts';

/**
 * A weekday with an indefinite article in the clause of a date coarser than a day is that date's stated weekday: one
 * fact, dated by the coarser date, never a second one for the weekday (src/capture/indefiniteWeekdays.ts).
 */

const PUBLISHED = '2025-05-14';

const ROWS: ReadonlyArray<readonly [string, 'en' | 'es', string, string, string]> = [
  ['In 1997 Leila Haddad drove to Calder Falls on a Sunday to see the east wing.', 'en', '1997', '1997', 'Sunday'],
  ['One Sunday in March 1997, Haddad drove to Calder Falls.', 'en', 'March 1997', '1997-03', 'Sunday'],
  ['Haddad drove to Calder Falls on a Sunday in June 2001.', 'en', 'June 2001', '2001-06', 'Sunday'],
  ['In 2003, on a Tuesday, the board met.', 'en', '2003', '2003', 'Tuesday'],
  ['En 1997, un domingo, Haddad viajó a Calder Falls.', 'es', '1997', '1997', 'Sunday'],
  ['Haddad viajó a Calder Falls un domingo de marzo de 1997.', 'es', 'marzo de 1997', '1997-03', 'Sunday'],
];

describe('a weekday with an indefinite article beside a date coarser than a day', () => {
  for (const [text, lang, phrase, when, weekday] of ROWS) {
    it(`records ${weekday} as the stated weekday of "${phrase}" (${when})`, () => {
      const draft = capture(text, { lang, publishedOn: PUBLISHED });
      expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([phrase]);
      const fact = draft.facts[0];
      expect([fact?.when, fact?.citations[0]?.statedWeekday]).to.deep.equal([when, weekday]);
      expect(draft.capture.spans[0]?.rule).to.include('in its clause is its stated weekday');
    });
  }

  it('leaves a weekday of another sentence to itself', () => {
    const draft = capture('In 2003 the board met. On a Tuesday the shop is shut.', {
      lang: 'en',
      publishedOn: PUBLISHED,
    });
    expect(draft.facts[0]?.citations[0]?.statedWeekday).to.equal(null);
  });

  it('leaves a date that names its day with the weekday it states', () => {
    const draft = capture('On 3 March 2003, on a Tuesday, the board met.', { lang: 'en', publishedOn: PUBLISHED });
    expect(draft.facts[0]?.when).to.equal('2003-03-03');
  });
});
