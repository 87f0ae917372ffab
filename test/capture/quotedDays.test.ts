import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * Day words inside quoted words count from the day the paragraph last named, and a possessive
 * names the same event as its noun (docs/design.md, How capture reads dates).
 */
describe('capture: quoted day words and possessive anchors', () => {
  it('counts a quoted "yesterday" from the day the paragraph last named, before it by a day', () => {
    const draft = capture(
      'On 4 March 2024 the inspector visited the dairy. Two days later, the owner wrote to the council. "We learned of the fault yesterday," she wrote.',
      { lang: 'en', publishedOn: '2024-06-01' },
    );
    const { fact, span } = factAt(draft, 'yesterday');
    expect(fact.when, span.rule).to.equal('2024-03-05');
    expect(span.rule).to.match(/quoted words/);
    expect(fact.relations).to.deep.equal([
      { type: 'before', fact: factSaying(draft, 'the owner wrote').id, offset: 'P1D' },
    ]);
  });

  it('counts a quoted "hoy" from the day the paragraph last named, the same day', () => {
    const draft = capture(
      'El alcalde inauguró el puente el 2 de febrero de 2024. «Hoy cumplimos una promesa», dijo ante los vecinos.',
      { lang: 'es', publishedOn: '2024-03-10' },
    );
    const { fact } = factAt(draft, 'Hoy');
    expect(fact.when).to.equal('2024-02-02');
    expect(fact.relations).to.deep.equal([
      { type: 'same-day', fact: factSaying(draft, 'inauguró el puente').id, offset: null },
    ]);
  });

  it('counts a quoted "yesterday" from the day the attribution after the quotation names', () => {
    const draft = capture(
      'The cable car will stay shut. "We walked the whole line yesterday with the engineers," Moncada said on Friday at a press conference.',
      { lang: 'en', publishedOn: '2026-05-24' },
    );
    const { fact, span } = factAt(draft, 'yesterday');
    expect(fact.when, span.rule).to.equal('2026-05-21');
    expect(span.rule).to.match(/the day the attribution after them names/);
    expect(fact.relations).to.deep.equal([{ type: 'before', fact: factAt(draft, 'on Friday').fact.id, offset: 'P1D' }]);
  });

  it('cuenta un "ayer" citado desde el día que nombra la atribución tras la cita', () => {
    const draft = capture(
      '"Lo de ayer fue distinto a lo que veníamos viendo", explicó la vulcanóloga María Solís, del observatorio, en conferencia de prensa este jueves.',
      { lang: 'es', publishedOn: '2026-06-19' },
    );
    const { fact, span } = factAt(draft, 'ayer');
    expect(fact.when, span.rule).to.equal('2026-06-17');
    expect(fact.relations).to.deep.equal([
      { type: 'before', fact: factAt(draft, 'este jueves').fact.id, offset: 'P1D' },
    ]);
  });

  it('counts a quoted "yesterday" from the publication when the words after the quotation say nothing', () => {
    const draft = capture('"We walked the whole line yesterday." The line reopens on Friday.', {
      lang: 'en',
      publishedOn: '2026-05-24',
    });
    const { fact, span } = factAt(draft, 'yesterday');
    expect(fact.when, span.rule).to.equal('2026-05-23');
    expect(fact.relations).to.deep.equal([]);
  });

  it('counts "yesterday" outside quotation marks from the publication', () => {
    const draft = capture('On 4 March 2024 the inspector visited the dairy. The owner resigned yesterday.', {
      lang: 'en',
      publishedOn: '2024-06-01',
    });
    expect(factAt(draft, 'yesterday').fact.when).to.equal('2024-05-31');
  });

  it('counts a quoted "today" from the publication when the paragraph named no day before it', () => {
    const draft = capture('The mine closed in 2019.\n\n"Today the valley is quiet," the mayor said.', {
      lang: 'en',
      publishedOn: '2024-06-01',
    });
    expect(factAt(draft, 'Today').fact.when).to.equal('2024-06-01');
  });

  it('anchors "a week before its auditor’s report" to the event whose clause names the auditor and the report', () => {
    const draft = capture(
      'On 10 May 2024 an auditor at Marlow & Co. sent the board a report on the pension fund. The next day the chair forwarded the report to the regulator. The fund had first noticed the gap a week before its auditor’s report.',
      { lang: 'en', publishedOn: '2024-08-01' },
    );
    const { fact } = factAt(draft, 'a week before');
    expect(fact.when).to.equal('2024-05-03');
    expect(fact.relations).to.deep.equal([
      { type: 'before', fact: factSaying(draft, 'an auditor at Marlow').id, offset: 'P1W' },
    ]);
  });
});
