import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Within the first week", "in the first year", "en la primera semana" closing their clause: at
 * most that long after the previous event; "the first week of April" is a date of its own, and a
 * sentence that tells a rule or a plan holds no event.
 */
const ROWS: RelationRow[] = [
  {
    says: 'opening its sentence',
    text: 'Classes began on June 19, 2023. Within the first week, she found that the batch had 180 students.',
    phrase: 'Within the first week',
    when: '2023-06-19/2023-06-26',
    relation: ['after', 'Classes began', '../P1W'],
  },
  {
    says: 'closing a clause told in the past, after an event dated to a month',
    text: 'Dyffryn Teg moved to three-weekly collections in June 2023. Its recycling rate climbed from 59 per cent to 67 per cent in the first year, according to figures it published.',
    phrase: 'in the first year',
    when: '2023-06/2024-06',
    relation: ['after', 'moved to three-weekly collections', '../P1Y'],
  },
  {
    says: 'with a count',
    text: 'The plant opened on 3 March 2022. Within the first two months, it had shipped 4,000 tonnes.',
    phrase: 'Within the first two months',
    when: '2022-03-03/2022-05-03',
    relation: ['after', 'plant opened', '../P2M'],
  },
  {
    says: 'in a sentence that names May as a month',
    text: 'The academy opened on 5 June 2023. Within the first week, she found that two teachers had left in May.',
    phrase: 'Within the first week',
    when: '2023-06-05/2023-06-12',
    relation: ['after', 'academy opened', '../P1W'],
  },
  {
    says: 'in Spanish, opening its sentence',
    lang: 'es',
    text: 'Las clases empezaron el 19 de junio de 2023. En la primera semana, ella descubrió que el grupo tenía 180 alumnos.',
    phrase: 'En la primera semana',
    when: '2023-06-19/2023-06-26',
    relation: ['after', 'Las clases empezaron', '../P1W'],
  },
  {
    says: 'in Spanish, with a count before "primeros"',
    lang: 'es',
    text: 'La planta abrió en marzo de 2022. En los tres primeros meses, produjo 2.000 toneladas.',
    phrase: 'En los tres primeros meses',
    when: '2022-03/2022-06',
    relation: ['after', 'La planta abrió', '../P3M'],
  },
];

describeRelationRows('"within the first week" after the previous event', ROWS, '2025-10-01');

describe('"within the first week" as no event', () => {
  for (const [text, lang] of [
    ['The plant opened on 3 March 2022. Customers who cancel within the first week will get a refund.', 'en'],
    ['La planta abrió el 3 de marzo de 2022. Si falla en el primer año, la empresa pagará.', 'es'],
  ] as const) {
    it(`keeps no date for the rule in ${JSON.stringify(text.slice(text.indexOf('. ') + 2))}`, () => {
      const draft = capture(text, { lang, publishedOn: '2025-10-01' });
      expect(draft.capture.spans.map((s) => s.phrase)).to.have.length(1);
    });
  }
  it('reads "in the first week of April" as a date of its own', () => {
    const draft = capture('The plant opened in March 2022. The crews arrived in the first week of April.', {
      lang: 'en',
      publishedOn: '2025-10-01',
    });
    const span = draft.capture.spans.find((s) => s.phrase.includes('first week'));
    const fact = draft.facts.find((f) => f.id === span?.fact);
    expect(fact?.when).to.equal('2022-04-01/2022-04-07');
    expect(fact?.relations).to.deep.equal([]);
  });
});
