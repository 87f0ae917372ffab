import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

describe("capture: a word of a firm's or a body's kind makes a name an organisation's, never a person's", () => {
  describe('the name is proposed with its kind', () => {
    const rows: readonly (readonly [text: string, actor: string])[] = [
      [
        'She had written to the broker, Karoo Fibre Brokers of Gqeberha, early in 2023. Karoo Fibre Brokers replied in May.',
        'Karoo Fibre Brokers (company)',
      ],
      ['Police from the Fraud Squad arrested her at her home on February 8, 2023.', 'Fraud Squad (government-body)'],
      ['Lakeland Limited bought the line in August 2025.', 'Lakeland Limited (company)'],
      ['The Southern Tribune reported the sale on November 21.', 'Southern Tribune (organization)'],
    ];
    for (const [text, actor] of rows)
      it(`"${text}" proposes ${actor}`, () => expect(proposed(text, 'en')).to.include(actor));
  });

  describe('"she" passes over such a name to the person named before it', () => {
    checkLinked([
      [
        'Sharon Bowen admitted the thefts in court. Police from the Fraud Squad arrested her at her home on February 8, 2023, and she changed her plea on March 31.',
        'March 31',
        'en',
        ['Sharon Bowen'],
        [],
      ],
    ]);
  });
});
