import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * Relative phrases in forms news writing uses beside "three days later": a count opening its
 * sentence with "within", hours that make days, "afterwards", "the day prior", "the morning after",
 * counts written as "twenty-four". Each counts from the event before it.
 */
const FIRST = 'The plant was inspected on 3 March 2022.';

const ROWS: RelationRow[] = [
  {
    text: `${FIRST} Within a week, the licence had been suspended.`,
    phrase: 'Within a week',
    when: '2022-03-03/2022-03-10',
    relation: ['after', 'plant was inspected', '../P1W'],
  },
  {
    text: `${FIRST} Within two months the owners had sold it.`,
    phrase: 'Within two months',
    when: '2022-03-03/2022-05-03',
    relation: ['after', 'plant was inspected', '../P2M'],
  },
  {
    text: `${FIRST} Within days, the owners had sold it.`,
    phrase: 'Within days',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'plant was inspected', null],
  },
  {
    text: `${FIRST} 48 hours later, the licence was suspended.`,
    phrase: '48 hours later',
    when: '2022-03-05',
    relation: ['after', 'plant was inspected', 'P2D'],
  },
  {
    text: `${FIRST} Less than 24 hours later, the licence was suspended.`,
    phrase: 'Less than 24 hours later',
    when: '2022-03-03/2022-03-04',
    relation: ['after', 'plant was inspected', '../P1D'],
  },
  {
    text: `${FIRST} Seventy-two hours later, the licence was suspended.`,
    phrase: 'Seventy-two hours later',
    when: '2022-03-06',
    relation: ['after', 'plant was inspected', 'P3D'],
  },
  {
    text: `${FIRST} Twenty-four days later, the licence was suspended.`,
    phrase: 'Twenty-four days later',
    when: '2022-03-27',
    relation: ['after', 'plant was inspected', 'P24D'],
  },
  {
    text: `${FIRST} Weeks afterwards, the owners sold it.`,
    phrase: 'Weeks afterwards',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'plant was inspected', null],
  },
  {
    text: `${FIRST} The day prior, the manager had resigned.`,
    phrase: 'The day prior',
    when: '2022-03-02',
    relation: ['before', 'plant was inspected', 'P1D'],
  },
  {
    text: `${FIRST} The owners appealed on 9 March. The morning after the inspection, the staff were sent home.`,
    phrase: 'The morning after the inspection',
    when: '2022-03-04',
    relation: ['after', 'plant was inspected', 'P1D'],
  },
];

describeRelationRows('capture: relative phrases in the forms news writing uses', ROWS);

describe('capture: "within" inside a sentence', () => {
  it('reads "within a week" inside a sentence as a rule, not a date: "must reply within a week" → no fact', () => {
    const draft = capture(`${FIRST} The owners must reply within a week.`, { lang: 'en', publishedOn: '2023-10-18' });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on 3 March 2022']);
  });
});
