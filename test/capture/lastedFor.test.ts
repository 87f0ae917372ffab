import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * "for two decades before selling", "durante 22 años antes de jubilarse": how long a state lasted up
 * to an event is a duration, not a date counted back from it, and the event keeps its words.
 */
describe('capture: how long a state lasted before or after an event', () => {
  it('skips "for two decades before selling" as a duration', () => {
    const draft = capture('Their son ran the firm for two decades before selling it to a private-equity fund.', {
      lang: 'en',
      publishedOn: '2026-03-01',
    });
    expect(draft.facts).to.deep.equal([]);
    const skipped = draft.capture.skipped.find((s) => s.phrase === 'two decades');
    expect(skipped?.reason, JSON.stringify(draft.capture.skipped)).to.match(/how long a state lasted/);
  });

  it('omite "durante 22 años antes de jubilarse" como una duración', () => {
    const draft = capture('Trabajó en la planta durante 22 años antes de jubilarse.', {
      lang: 'es',
      publishedOn: '2026-03-01',
    });
    expect(draft.facts).to.deep.equal([]);
    const skipped = draft.capture.skipped.find((s) => s.phrase === '22 años');
    expect(skipped?.reason, JSON.stringify(draft.capture.skipped)).to.match(/how long a state lasted/);
  });

  it('lets "Within a year of the sale" find the sale the duration sat beside', () => {
    const draft = capture(
      'Through the fall the company kept selling grain to exporters. Their son ran it for two decades before selling to Bowmont Capital, an Alberta fund, in the spring of 2023. Within a year of the sale, two managers had quit.',
      { lang: 'en', publishedOn: '2026-03-01' },
    );
    const { fact, span } = factAt(draft, 'Within a year of the sale');
    expect(fact.relations, span.rule).to.deep.equal([
      { type: 'after', fact: factSaying(draft, 'selling to Bowmont').id, offset: '../P1Y' },
    ]);
  });

  it('keeps "two decades before the sale" without "for" as a date', () => {
    const draft = capture(
      'The firm was sold in the spring of 2023. Two decades before the sale, it had built a mill.',
      {
        lang: 'en',
        publishedOn: '2026-03-01',
      },
    );
    expect(factAt(draft, 'Two decades before the sale').fact.when).to.equal('2003-03/2003-05');
  });
});
