import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "the Friday before the meeting", "the Monday after the first payday", "the Friday before": the
 * last such weekday before the event named (or the previous event), or the first after it.
 */
const ROWS: RelationRow[] = [
  {
    says: 'before the event named',
    text: 'The cabinet approved the plan at a meeting on Tuesday 14 October 2025. The report was published only the Friday before the meeting, opposition members said.',
    phrase: 'the Friday before the meeting',
    when: '2025-10-10',
    relation: ['before', 'approved the plan at a meeting', 'P4D'],
  },
  {
    says: 'after the event named',
    text: 'The first payday fell on Friday 14 March 2025. On the Monday after the first payday, she took out a loan from a storefront lender.',
    phrase: 'the Monday after the first payday',
    when: '2025-03-17',
    relation: ['after', 'first payday fell', 'P3D'],
  },
  {
    says: 'before the previous event',
    text: 'The last train left the depot on Sunday 22 March 2026. She had spent the Friday before on the phone with a buyer.',
    phrase: 'the Friday before',
    when: '2026-03-20',
    relation: ['before', 'last train left', 'P2D'],
  },
  {
    says: 'Spanish, before the event named',
    lang: 'es',
    text: 'La asamblea se celebró el martes 14 de octubre de 2025. El informe se publicó el viernes anterior a la asamblea.',
    phrase: 'el viernes anterior a la asamblea',
    when: '2025-10-10',
    relation: ['before', 'asamblea se celebró', 'P4D'],
  },
  {
    says: 'Spanish, after the event named',
    lang: 'es',
    text: 'El cierre de la planta fue el viernes 14 de marzo de 2025. El lunes después del cierre, los trabajadores protestaron.',
    phrase: 'El lunes después del cierre',
    when: '2025-03-17',
    relation: ['after', 'cierre de la planta', 'P3D'],
  },
];

describeRelationRows('capture: a weekday before or after an event', ROWS, '2026-06-09');

describe('capture: a weekday before or after an event, when it is not one', () => {
  it('keeps "22 August, the Friday before the bank holiday" as the weekday of the date it follows', () => {
    const draft = capture('The engineer was booked for 22 August 2025, the Friday before the bank holiday.', {
      lang: 'en',
      publishedOn: '2025-12-01',
    });
    expect(draft.capture.spans).to.have.length(1);
    expect(factAt(draft, '22 August').fact.when).to.equal('2025-08-22');
  });

  it('reads the weekday alone when the event named is dated no finer than a year', () => {
    const draft = capture(
      'The union held its vote in 2024. The report came out the Friday before the vote, members said.',
      {
        lang: 'en',
        publishedOn: '2025-10-16',
      },
    );
    const { fact, span } = factAt(draft, 'the Friday before the vote');
    expect(fact.when, span.rule).to.equal('2025-10-10');
    expect(fact.relations, span.rule).to.deep.equal([]);
  });
});
