import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "It fell on 14 August. … Observers logged reports of the fireball": the sentences without a date
 * after a sentence that dates one event, in its paragraph, go on telling that event, so "the
 * fireball" a later phrase names is the fall. Their words count less than a word of a clause, and
 * only as themselves, not through a word of their group.
 */
const FELL = 'The roof of the Corrin Street depot collapsed on 4 March 2024. Nobody was inside.';
const VISIT = 'On 5 March 2024 the mayor visited the site.';

const ROWS: RelationRow[] = [
  {
    says: 'a noun the sentences after the event use',
    text: `${FELL} Engineers blamed the snow for the failure. ${VISIT} Two days after the failure, the council closed the street.`,
    phrase: 'Two days after the failure',
    when: '2024-03-06',
    relation: ['after', 'roof of the Corrin Street depot collapsed', 'P2D'],
  },
  {
    says: 'a count within days of it',
    text: `${FELL} Engineers blamed the snow for the failure. ${VISIT} Within two days of the failure, the council closed the street.`,
    phrase: 'Within two days of the failure',
    when: '2024-03-04/2024-03-06',
    relation: ['after', 'roof of the Corrin Street depot collapsed', '../P2D'],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'El techo del depósito de la calle Corrin se desplomó el 4 de marzo de 2024. Nadie estaba dentro. Los ingenieros atribuyeron la falla a la nieve. El 5 de marzo de 2024 el alcalde visitó el lugar. Dos días después de la falla, el ayuntamiento cerró la calle.',
    phrase: 'Dos días después de la falla',
    when: '2024-03-06',
    relation: ['after', 'techo del depósito de la calle Corrin se desplomó', 'P2D'],
  },
  {
    says: 'a word of the clause outranks one of the sentences told on',
    text: `On 2 March 2024 a pump failure flooded the tunnel. ${FELL} Engineers blamed the snow for the failure. Two days after the failure, the council closed the street.`,
    phrase: 'Two days after the failure',
    when: '2024-03-04',
    relation: ['after', 'pump failure flooded', 'P2D'],
  },
];

describeRelationRows('sentences without a date that go on telling an event', ROWS, '2024-04-10');

describe('sentences without a date told on, only in their paragraph', () => {
  it('reads "Two days after the failure" from the last event told with its day when the failure is named in the next paragraph', () => {
    const text = `${FELL}\n\nEngineers blamed the snow for the failure. ${VISIT} Two days after the failure, the council closed the street.`;
    const draft = capture(text, { lang: 'en', publishedOn: '2024-04-10' });
    const { fact, span } = factAt(draft, 'Two days after the failure');
    expect(fact.when, span.rule).to.equal('2024-03-07');
  });
});
