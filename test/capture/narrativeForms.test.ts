import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * Relative phrases a story told in order uses to step on from the event before: "that Thursday",
 * "in the weeks that followed", "three months into her tenure".
 */
const MET = 'The board met on Tuesday, 1 March 2022.';
const INSPECTED = 'The plant was inspected on 3 March 2022.';

const ROWS: RelationRow[] = [
  {
    says: 'a weekday with "that" opening a sentence',
    text: `${MET} That Thursday, the chairman resigned.`,
    phrase: 'That Thursday',
    when: '2022-03-03',
    relation: ['after', 'board met', 'P2D'],
  },
  {
    says: 'a weekday with "that" after "on"',
    text: `${MET} The chairman resigned on that Friday.`,
    phrase: 'on that Friday',
    when: '2022-03-04',
    relation: ['after', 'board met', 'P3D'],
  },
  {
    says: 'a weekday with "that same" after a comma',
    text: `${MET} The auditors left, and that same Saturday the accounts vanished.`,
    phrase: 'that same Saturday',
    when: '2022-03-05',
    relation: ['after', 'board met', 'P4D'],
  },
  {
    says: 'a Spanish weekday with "ese"',
    lang: 'es',
    text: 'La junta se reunió el martes 1 de marzo de 2022. Ese jueves, el presidente renunció.',
    phrase: 'Ese jueves',
    when: '2022-03-03',
    relation: ['after', 'junta se reunió', 'P2D'],
  },
  {
    says: 'weeks that followed',
    text: `${INSPECTED} In the weeks that followed, the owners sold it.`,
    phrase: 'In the weeks that followed',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'plant was inspected', null],
  },
  {
    says: 'the ensuing months',
    text: `${INSPECTED} Over the ensuing months the owners quietly sold it.`,
    phrase: 'Over the ensuing months',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'plant was inspected', null],
  },
  {
    says: 'the following days',
    text: `${INSPECTED} During the following days, three managers resigned.`,
    phrase: 'During the following days',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'plant was inspected', null],
  },
  {
    says: 'the Spanish weeks that followed',
    lang: 'es',
    text: 'La planta fue inspeccionada el 3 de marzo de 2022. En las semanas siguientes, los dueños la vendieron.',
    phrase: 'En las semanas siguientes',
    when: '2022-03-03/2023-10-18',
    relation: ['after', 'planta fue inspeccionada', null],
  },
  {
    says: 'a count into a tenure',
    text: 'Ms Reyes took office on 3 March 2022. Three months into her tenure, she fired the auditor.',
    phrase: 'Three months into her tenure',
    when: '2022-06-03',
    relation: ['after', 'took office', 'P3M'],
  },
  {
    says: 'a count into the event it names',
    text: 'The strike began on 3 March 2022. The mayor resigned on 5 March 2022. Two weeks into the strike, the company gave in.',
    phrase: 'Two weeks into the strike',
    when: '2022-03-17',
    relation: ['after', 'strike began', 'P2W'],
  },
  {
    says: 'a count into a new job',
    text: 'Dr Amadi joined the hospital on 10 January 2022. Six weeks into his new job, he reported the fraud.',
    phrase: 'Six weeks into his new job',
    when: '2022-02-21',
    relation: ['after', 'joined the hospital', 'P6W'],
  },
];

describeRelationRows('capture: relative phrases of a story told in order', ROWS);

describe('capture: "that" before a weekday that is not a relative phrase', () => {
  it('reads "said that Monday\'s vote" as the weekday of its own, not one counted from the event before', () => {
    const draft = capture(`${MET} The minister said that Monday's vote was rigged.`, {
      lang: 'en',
      publishedOn: '2023-10-18',
    });
    const { fact, span } = factAt(draft, 'Monday');
    expect(span.phrase).to.equal('Monday');
    expect(fact.relations ?? []).to.deep.equal([]);
  });

  it('reads "over the next few weeks" in a present-tense story as no step from the event before', () => {
    const draft = capture(`${INSPECTED} The council will decide over the next few weeks.`, {
      lang: 'en',
      publishedOn: '2023-10-18',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.not.include('over the next few weeks');
  });
});
