import { expect } from 'chai';
import { capture } from './captureHelpers.ts';

/**
 * The day or month a fiscal year ends or begins, told in the present without a year, is the firm's
 * calendar, which comes back every year: a non-event. Told in the past, or with its year, it is one
 * date. Short sentences of our own.
 */
describe("capture: a fiscal year's yearly end or start is no event", () => {
  const skipped: [string, 'en' | 'es', string][] = [
    ['Harwick Foods, whose fiscal year ends June 30, reported sales on 12 August 2025.', 'en', 'June 30'],
    ['The trust said on 3 March 2024 that its financial year begins in April.', 'en', 'April'],
    ['Its fiscal year runs through 31 January, the retailer said on 2 May 2023.', 'en', '31 January'],
    ['La cooperativa, cuyo ejercicio fiscal cierra en junio, pagó el 4 de agosto de 2025.', 'es', 'junio'],
    [
      'El año fiscal que comienza el 1 de octubre obliga a declarar antes, dijo el 9 de mayo de 2024.',
      'es',
      '1 de octubre',
    ],
  ];
  for (const [text, lang, phrase] of skipped) {
    it(`skips "${phrase}" in "${text.slice(0, 60)}…" and keeps the one dated event`, () => {
      const draft = capture(text, { lang, publishedOn: '2025-11-01' });
      expect(draft.capture.spans.map((s) => s.phrase).filter((p) => p.includes(phrase))).to.deep.equal([]);
      expect(draft.capture.skipped.map((s) => s.phrase)).to.include(phrase);
      expect(draft.facts).to.have.length(1);
    });
  }

  it('keeps a fiscal year end told in the past as one date', () => {
    const draft = capture('The fiscal year that ended in June brought a loss, the company said.', {
      lang: 'en',
      publishedOn: '2025-11-01',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['June']);
  });

  it('keeps a fiscal year end written with its year as one date', () => {
    const draft = capture('Its fiscal year ends June 30, 2026, when the new plan starts.', {
      lang: 'en',
      publishedOn: '2025-11-01',
    });
    expect(draft.capture.spans.map((s) => s.phrase).join(' | ')).to.match(/June 30, 2026/);
  });
});
