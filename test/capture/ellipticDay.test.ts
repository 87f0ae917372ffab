import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/** "arrested that day and released on bail the next.": "the next" closing a clause after a day named is the day after. */
const ROWS: RelationRow[] = [
  {
    says: 'after "that day" in its sentence',
    text: 'Officers searched the shop on the morning of Monday 17 March 2025. Cray was arrested that day and released on bail the next.',
    phrase: 'the next',
    when: '2025-03-18',
    relation: ['after', 'Cray was arrested that day', 'P1D'],
  },
  {
    says: '"the following", after "that night"',
    text: 'The storm reached the coast on 2 October 2023. The harbour flooded that night and the road closed the following.',
    phrase: 'the following',
    when: '2023-10-03',
    relation: ['after', 'harbour flooded that night', 'P1D'],
  },
];

describeRelationRows('capture: "the next" for the next day', ROWS);

describe('capture: "the next" with no day named in its sentence', () => {
  it('is no date in "She won the first round on 3 May 2024 and lost the next."', () => {
    const draft = capture('She won the first round on 3 May 2024 and lost the next.', {
      lang: 'en',
      publishedOn: '2024-06-01',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on 3 May 2024']);
  });
});
