import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Two years on, …", "a decade on from the flood": a count with "on" ending its phrase is that long
 * after the previous event; before a noun, "31 years on the bench", "forty years on this ground",
 * "on" is the preposition of the time spent somewhere, and the count is no date.
 */
const FLOOD = 'The river flooded Ashby on 3 May 2020.';

const ROWS: RelationRow[] = [
  {
    says: 'before a comma',
    text: `${FLOOD} Two years on, the mill reopened.`,
    phrase: 'Two years on',
    when: '2022-05-03',
    relation: ['after', 'river flooded Ashby', 'P2Y'],
  },
  {
    says: 'before "from"',
    text: `${FLOOD} The mill reopened two years on from the flood.`,
    phrase: 'two years on',
    when: '2022-05-03',
    relation: ['after', 'river flooded Ashby', 'P2Y'],
  },
];

describeRelationRows('a count with "on" after it', ROWS, '2024-04-10');

describe('a count of time spent on something', () => {
  for (const text of [
    `${FLOOD} Judge Ada Marr retires on Friday after 31 years on the bench.`,
    `${FLOOD} "Forty years on this ground, and nothing like it," she said.`,
  ]) {
    it(`keeps no fact for the count in "${text.slice(FLOOD.length + 1, FLOOD.length + 60)}…"`, () => {
      const draft = capture(text, { lang: 'en', publishedOn: '2024-04-10' });
      const phrases = draft.capture.spans.map((s) => s.phrase);
      expect(phrases.filter((p) => /years on/u.test(p))).to.deep.equal([]);
    });
  }
});
