import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "A los diez días de la rotura llegó desde Santiago de Cuba una brigada …": with no punctuation to end
 * them within reach, the words of the event a Spanish count names end before the sentence's verb in the
 * preterite, so the count relates to that event and not to the previous one.
 */
const ROWS: RelationRow[] = [
  {
    says: '"a los diez días de" un hecho, sin coma antes del verbo',
    lang: 'es',
    text: 'La conductora sufrió una rotura el 14 de octubre de 2025. El director habló con la prensa el 16 de octubre. A los diez días de la rotura llegó desde Santiago de Cuba una brigada especializada de la Empresa de Investigaciones y Proyectos Hidráulicos con una grúa.',
    phrase: 'A los diez días de la rotura',
    when: '2025-10-24',
    relation: ['after', 'sufrió una rotura', 'P10D'],
  },
  {
    says: '"diez días después de" un hecho, sin coma antes del verbo',
    lang: 'es',
    text: 'La conductora sufrió una rotura el 14 de octubre de 2025. El director habló con la prensa el 16 de octubre. Diez días después de la rotura llegaron desde Santiago de Cuba dos brigadas especializadas de la Empresa de Investigaciones y Proyectos Hidráulicos con una grúa.',
    phrase: 'Diez días después de la rotura',
    when: '2025-10-24',
    relation: ['after', 'sufrió una rotura', 'P10D'],
  },
  {
    says: '"a los diez días de" un hecho, con el verbo en pretérito dentro del alcance de un punto',
    lang: 'es',
    text: 'La conductora sufrió una rotura el 14 de octubre de 2025. El director habló con la prensa el 16 de octubre. A los diez días de la rotura llegó desde Santiago una brigada con una grúa.',
    phrase: 'A los diez días de la rotura',
    when: '2025-10-24',
    relation: ['after', 'sufrió una rotura', 'P10D'],
  },
  {
    says: '"a los diez días de" un hecho, con un pronombre átono antes del verbo',
    lang: 'es',
    text: 'La conductora sufrió una rotura el 14 de octubre de 2025. El director habló con la prensa el 16 de octubre. A los diez días de la rotura se reparó la tubería con una grúa.',
    phrase: 'A los diez días de la rotura',
    when: '2025-10-24',
    relation: ['after', 'sufrió una rotura', 'P10D'],
  },
  {
    says: 'una cláusula con "de que" conserva su verbo',
    lang: 'es',
    text: 'La empresa anunció el cierre el 3 de marzo de 2025. El sindicato marchó el 5 de marzo. Dos días después de que la empresa anunció el cierre, los obreros bloquearon la planta.',
    phrase: 'Dos días después de que la empresa anunció el cierre',
    when: '2025-03-05',
    relation: ['after', 'empresa anunció', 'P2D'],
  },
];

describeRelationRows('capture: a Spanish count whose event ends before the verb', ROWS, '2025-11-30');

describe("capture: a Spanish count's phrase ends with its event's words, before the sentence's preterite", () => {
  for (const row of ROWS.filter((r) => r.phrase.endsWith('de la rotura')))
    it(`holds "${row.phrase}" and no more in: ${row.says}`, () => {
      const draft = capture(row.text, { publishedOn: '2025-11-30', lang: row.lang });
      expect(draft.capture.spans.map((s) => s.phrase)).to.include(row.phrase);
    });
});
