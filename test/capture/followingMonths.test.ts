import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * A month named without its year, with a word that orders it against the story ("the following
 * January", "el diciembre anterior"), is read from the last date the text established, as "the
 * following spring" is; "next January" without "the" counts from the publication.
 */
const ROWS: { lang: 'en' | 'es'; text: string; phrase: string; when: string }[] = [
  {
    lang: 'en',
    text: 'The plant closed in March 2022. The following January, the owners sold it.',
    phrase: 'The following January',
    when: '2023-01',
  },
  {
    lang: 'en',
    text: 'The plant closed in March 2022. The following March, the owners sold it.',
    phrase: 'The following March',
    when: '2023-03',
  },
  {
    lang: 'en',
    text: 'The dam failed on 4 May 2019. The previous December, engineers had warned of cracks.',
    phrase: 'The previous December',
    when: '2018-12',
  },
  {
    lang: 'en',
    text: 'Ms Okafor was elected on 2 November 2020, and in the subsequent April she resigned.',
    phrase: 'the subsequent April',
    when: '2021-04',
  },
  {
    lang: 'es',
    text: 'La planta cerró en marzo de 2022. En el enero siguiente, los dueños la vendieron.',
    phrase: 'enero siguiente',
    when: '2023-01',
  },
  {
    lang: 'es',
    text: 'La presa falló el 4 de mayo de 2019. En el diciembre anterior, los ingenieros habían advertido grietas.',
    phrase: 'diciembre anterior',
    when: '2018-12',
  },
];

describe('capture: a month ordered against the story', () => {
  for (const row of ROWS) {
    it(`reads ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: '2023-10-18' });
      const { fact, span } = factAt(draft, row.phrase);
      expect(span.phrase).to.equal(row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
    });
  }

  it('reads "Next January" without "the" from the publication, not from the story', () => {
    const draft = capture('The plant closed in March 2022. Next January the owners will sell it.', {
      lang: 'en',
      publishedOn: '2023-10-18',
    });
    expect(factAt(draft, 'Next January').fact.when).to.equal('2024-01');
  });
});
