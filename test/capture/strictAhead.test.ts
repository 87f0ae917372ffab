import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * A phrase that must name an event the text tells ("since the closure", "the week before the
 * referendum") and names none told before it counts from the event told among the next three,
 * when that one's clause shares a word with it; with none, it stays no date ("since the pandemic").
 */
const ROWS: RelationRow[] = [
  {
    says: '"since" an event told in the next sentence',
    text: 'Shops on the quay have lost trade since the closure. The council closed the quay on 4 May 2022 after a landslip.',
    phrase: 'since the closure',
    when: '2022-05-04/..',
    relation: ['after', 'council closed', null],
  },
  {
    says: '"since" an event told after another date',
    text: 'Nobody has swum in the lido since the flood. It opened in 1936. The river flooded the park on 9 February 2021.',
    phrase: 'since the flood',
    when: '2021-02-09/..',
    relation: ['after', 'river flooded', null],
  },
  {
    says: '"the week before" an event told right after',
    text: 'The parish council met on 2 March 2023. Leaflets went out in the week before the referendum. The referendum, on Thursday 16 March 2023, was lost.',
    phrase: 'the week before the referendum',
    when: '2023-03-06/2023-03-15',
    relation: ['before', 'The referendum, on Thursday', null],
  },
  {
    says: '"desde" an event told in the next sentence',
    lang: 'es',
    text: 'Los comerciantes no venden desde la clausura. El municipio clausuró el mercado el 4 de mayo de 2022.',
    phrase: 'desde la clausura',
    when: '2022-05-04/..',
    relation: ['after', 'municipio clausuró', null],
  },
];

describeRelationRows('capture: a phrase that must name a told event, told after it', ROWS);

describe('capture: a phrase that must name a told event the text never tells', () => {
  it('is no date when no later fact shares its words: "since the pandemic"', () => {
    const draft = capture('Trade has fallen since the pandemic. The council closed the quay on 4 May 2022.', {
      lang: 'en',
      publishedOn: '2023-10-18',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on 4 May 2022']);
  });
});
