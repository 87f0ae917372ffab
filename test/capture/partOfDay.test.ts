import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * A part of a day ("that evening", "that night", "esa noche") names a day the text told: it is the
 * last day the text named, even when a later event dated only to a span has been told since (then
 * at confidence below one half), while "the same day" after such an event is its span.
 */
describe('capture: a part of a day after an event dated only to a span', () => {
  it('reads "that night" after a plan dated to a month as the day of the vote', () => {
    const draft = capture(
      'The council voted on Tuesday, 19 November 2024. They voted 7-4 to pay, and to launch in March. One member says she asked twice that night whether the tests had passed.',
      { lang: 'en', publishedOn: '2025-11-10' },
    );
    const { fact, span } = factAt(draft, 'that night');
    expect(fact.when, span.rule).to.equal('2024-11-19');
    expect(fact.relations).to.deep.equal([
      { type: 'same-day', fact: factSaying(draft, 'The council voted on').id, offset: null },
    ]);
    expect(span.rule).to.match(/a part of the last day the text named .*though the text has told an event dated only/);
    expect(span.confidence).to.be.below(0.5);
  });

  it('reads "that evening" after a telling dated to a season as the day the text named', () => {
    const draft = capture(
      'On the afternoon of Wednesday, 14 June 2023, Prasanna opened the atlas. "I counted three times," he told me last autumn. He wrote up what he had found that evening.',
      { lang: 'en', publishedOn: '2026-03-27' },
    );
    const { fact, span } = factAt(draft, 'that evening');
    expect(fact.when, span.rule).to.equal('2023-06-14');
    expect(fact.relations).to.deep.equal([
      { type: 'same-day', fact: factSaying(draft, 'Prasanna opened the atlas').id, offset: null },
    ]);
  });

  it('lee "esa noche" tras un hecho fechado solo por su mes como el último día nombrado', () => {
    const draft = capture(
      'El concejo votó el martes 19 de noviembre de 2024. Aprobó el pago y el lanzamiento en marzo. Una concejala dice que preguntó dos veces esa noche por las pruebas.',
      { lang: 'es', publishedOn: '2025-11-10' },
    );
    const { fact, span } = factAt(draft, 'esa noche');
    expect(fact.when, span.rule).to.equal('2024-11-19');
    expect(fact.relations).to.deep.equal([
      { type: 'same-day', fact: factSaying(draft, 'El concejo votó').id, offset: null },
    ]);
  });

  it('keeps "that evening" right after the day it belongs to at full confidence', () => {
    const draft = capture('The vote was held on 7 December 2023. That evening, the councillor resigned.', {
      lang: 'en',
      publishedOn: '2024-01-17',
    });
    const { fact, span } = factAt(draft, 'That evening');
    expect(fact.when, span.rule).to.equal('2023-12-07');
    expect(span.confidence).to.be.above(0.5);
  });
});
