import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * "a media mañana", "la mañana", "esta mañana": "mañana" after a word that makes it a noun is the
 * morning, not tomorrow; alone, it is the day after the publication. Short stories of our own.
 */
describe('capture: "mañana" as the morning', () => {
  const morning = [
    'La sesión, que comenzó el 12 de enero a media mañana, se extendió hasta la noche.',
    'La sesión comenzó el 12 de enero por la mañana y terminó de noche.',
  ];
  for (const text of morning) {
    it(`keeps no fact for "mañana" in "${text.slice(0, 60)}…"`, () => {
      const draft = capture(text, { lang: 'es', publishedOn: '2023-01-12' });
      expect(draft.capture.spans.map((s) => s.phrase.toLowerCase())).not.to.include('mañana');
    });
  }
  it('reads "mañana" alone as the day after the publication', () => {
    const draft = capture('El consejo votará mañana la propuesta.', { lang: 'es', publishedOn: '2023-01-12' });
    expect(factAt(draft, 'mañana').fact.when).to.equal('2023-01-13');
  });
});
