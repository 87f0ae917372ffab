import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Rivals matched the rise within a week", "the plan fell apart within a week": after a verb in the
 * past, regular or irregular, a count from the previous event.
 */
const ROWS: RelationRow[] = [
  {
    says: 'after a verb in the past, mid-sentence',
    text: 'The refinery raised its prices on 3 May 2022. A rival matched the rise within a week, traders said.',
    phrase: 'within a week',
    when: '2022-05-03/2022-05-10',
    relation: ['after', 'raised its prices', '../P1W'],
  },
  {
    says: 'a fortnight after a verb in the past',
    text: 'She filed a grievance on 8 July 2021. The board dismissed it within a fortnight, without a hearing.',
    phrase: 'within a fortnight',
    when: '2021-07-08/2021-07-22',
    relation: ['after', 'filed a grievance', '../P2W'],
  },
  {
    says: 'months, after a verb in the past',
    text: 'The clinic opened on 2 February 2019. It treated its thousandth patient within six months, its director said.',
    phrase: 'within six months',
    when: '2019-02-02/2019-08-02',
    relation: ['after', 'clinic opened', '../P6M'],
  },
  {
    says: 'after an irregular past ("fell apart")',
    text: 'A payment plan was agreed on 30 October 2025. It fell apart within a week, when the bank declined to extend its credit.',
    phrase: 'within a week',
    when: '2025-10-30/2025-11-06',
    relation: ['after', 'payment plan was agreed', '../P1W'],
  },
  {
    says: 'after an irregular past ("paid")',
    text: 'The insurer accepted the claim on 3 March 2024. It paid the family in full within two months, its letters show.',
    phrase: 'within two months',
    when: '2024-03-03/2024-05-03',
    relation: ['after', 'insurer accepted the claim', '../P2M'],
  },
];

describeRelationRows('capture: "within a week" after a verb in the past', ROWS);

describe('capture: "within a week" as a rule', () => {
  for (const text of [
    'The firm was fined on 2 March 2020. It must repay the money within a month.',
    'The council voted on 4 May 2021. It said it would publish the plan within a month.',
    'The agency approved the drug on 9 June 2022, and patients were expected to receive it within weeks.',
    'The plan was agreed on 30 October 2025. The bank said it would be paid within a week.',
  ]) {
    it(`keeps no date for the rule in ${JSON.stringify(text.slice(text.indexOf('. ') + 2))}`, () => {
      const draft = capture(text, { lang: 'en', publishedOn: '2023-10-18' });
      expect(draft.capture.spans.map((s) => s.phrase)).to.have.length(1);
    });
  }
});
