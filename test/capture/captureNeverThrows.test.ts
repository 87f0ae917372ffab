import { expect } from 'chai';
import fc from 'fast-check';
import { parseFuzzyDate } from '../../src/dates/parseFuzzyDate.ts';
import { capture } from './captureHelpers.ts';

const MONTHS = ['January', 'March', 'June', 'September', 'December'];
const MESES = ['enero', 'marzo', 'junio', 'septiembre', 'diciembre'];

/** Sentences as news stories write them, past and future, with dates, weekdays and relative phrases. */
const english = fc.oneof(
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2015, max: 2030 }))
    .map(([m, d, y]) => `The audit began on ${m} ${d}, ${y}.`),
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `The hearing is scheduled for ${m} ${d}.`),
  fc.constantFrom(...MONTHS).map((m) => `The board will meet in ${m}.`),
  fc.integer({ min: 2015, max: 2030 }).map((y) => `Late ${y}, the regulator opened an inquiry.`),
  fc.constantFrom(
    'Weeks later, the minister resigned.',
    'Weeks later, the board will decide on the appeal.',
    'Soon after, the company will appeal.',
    'Days after the audit, regulators published the findings.',
    'Within weeks of the hearing, the firm will close.',
    'Three days later, police raided the offices.',
    'A week earlier, the contract had been signed.',
    'The next day, the mayor apologised.',
    'Earlier that month, the auditors had warned the council.',
    'The following Monday, staff walked out.',
    'Less than a year after the audit, the firm collapsed.',
    'Two months after the contract was signed, the money ran out.',
    'Since 2019, the firm has paid no tax.',
    'By June, the plant must close.',
    'On Tuesday, the court will rule.',
  ),
);

const spanish = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MESES), fc.integer({ min: 2015, max: 2030 }))
    .map(([d, m, y]) => `La auditoría comenzó el ${d} de ${m} de ${y}.`),
  fc.constantFrom(...MESES).map((m) => `La junta se reunirá en ${m}.`),
  fc.constantFrom(
    'Días después, el ministro renunciará.',
    'Diez días después de la alerta, la empresa cerró.',
    'Al día siguiente, la policía detuvo al director.',
    'A finales de 2022 se firmó el contrato.',
    'En el primer trimestre de 2023 la planta cerró.',
    'Una semana antes, el contrato había sido firmado.',
    'Desde 2019 la empresa no paga impuestos.',
  ),
);

const publishedOn = fc
  .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

function capturesEveryStory(sentence: fc.Arbitrary<string>, lang: string) {
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), publishedOn, (sentences, published) => {
      const draft = capture(sentences.join(' '), { publishedOn: published, lang });
      for (const fact of draft.facts) expect(() => parseFuzzyDate(fact.when), fact.when).to.not.throw();
    }),
    { numRuns: 300 },
  );
}

describe('capture of any story told in dated sentences', () => {
  it('drafts every English story, past or future, with a valid date for each fact', () => {
    capturesEveryStory(english, 'en');
  });

  it('drafts every Spanish story, past or future, with a valid date for each fact', () => {
    capturesEveryStory(spanish, 'es');
  });

  it('leaves "weeks later" after a scheduled event open-ended, not closed at the publication before it', () => {
    const draft = capture('The hearing is scheduled for June 10, 2025. Weeks later, the board will decide.', {
      publishedOn: '2025-03-01',
      lang: 'en',
    });
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2025-06-10', '2025-06-10/..']);
  });
});
