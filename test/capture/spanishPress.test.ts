import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Spanish-language press (docs/design.md, How capture reads dates): deadlines at the end of the
 * current month or year, weekdays with a day and no month, dates a schedule sets, promises told in
 * the past. Every phrase is written for the rule, none taken from an article: the text, the
 * publication date, the phrase → the EDTF and the stated weekday.
 */
interface Row {
  readonly says: string;
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  readonly weekday?: string;
}

const ROWS: Row[] = [
  {
    says: '"antes de fin de mes" as a deadline at the end of the publication’s month',
    text: 'La constructora entregará el puente antes de fin de mes.',
    published: '2025-05-14',
    phrase: 'antes de fin de mes',
    when: '../2025-05-31',
  },
  {
    says: '"antes de fin de año" as a deadline at the end of the publication’s year',
    text: 'El ayuntamiento publicará las bases del concurso antes de fin de año.',
    published: '2025-05-14',
    phrase: 'antes de fin de año',
    when: '../2025-12',
  },
  {
    says: '"para fin de año" after a state of being ready as a deadline',
    text: 'La auditoría externa estará lista para fin de año.',
    published: '2025-05-14',
    phrase: 'fin de año',
    when: '../2025-12',
  },
  {
    says: '"antes del fin de año" with its article, the same deadline',
    text: 'El gobierno regional espera cerrar la mina antes del fin de año.',
    published: '2025-05-14',
    phrase: 'fin de año',
    when: '../2025-12',
  },
  {
    says: '"a finales de año" without "este" as the late part of the publication’s year',
    text: 'La planta desaladora empezará a operar a finales de año.',
    published: '2025-05-14',
    phrase: 'a finales de año',
    when: '2025-09/2025-12',
  },
  {
    says: '"antes de fin de año" after a past promise and its infinitive, the year of that telling',
    text: 'En marzo de 2023, el alcalde prometió terminar la obra antes de fin de año. No lo hizo.',
    published: '2025-01-10',
    phrase: 'antes de fin de año',
    when: '../2023-12',
  },
  {
    says: '"antes de fin de año" after "se comprometió a", the year of that telling',
    text: 'En octubre de 2022, la empresa se comprometió a pagar las deudas antes de fin de año.',
    published: '2025-01-10',
    phrase: 'antes de fin de año',
    when: '../2022-12',
  },
  {
    says: '"antes de fin de año" after an order told in the past, the year of that telling',
    text: 'En junio de 2021, el tribunal ordenó cerrar los pozos "antes de fin de año".',
    published: '2025-01-10',
    phrase: 'antes de fin de año',
    when: '../2021-12',
  },
  {
    says: 'a weekday with its day and no month, told as future, as the first such day ahead',
    text: 'La comisión se reunirá el martes 14 en la sede del Senado.',
    published: '2025-10-09',
    phrase: 'el martes 14',
    when: '2025-10-14',
    weekday: 'Tuesday',
  },
  {
    says: 'a weekday with its day and no month, told as past, as the latest such day',
    text: 'El juez dictó sentencia el viernes 3, tras cuatro semanas de juicio.',
    published: '2025-10-09',
    phrase: 'el viernes 3',
    when: '2025-10-03',
    weekday: 'Friday',
  },
  {
    says: 'a weekday with its day and no article ("la sesión del jueves 16")',
    text: 'La ministra fue invitada a la sesión del jueves 16, cuando se votará el presupuesto.',
    published: '2025-10-09',
    phrase: 'jueves 16',
    when: '2025-10-16',
    weekday: 'Thursday',
  },
  {
    says: '"el próximo lunes 20" as the next Monday on day 20',
    text: 'Los trabajadores volverán a las aulas el próximo lunes 20.',
    published: '2025-10-09',
    phrase: 'el próximo lunes 20',
    when: '2025-10-20',
    weekday: 'Monday',
  },
  {
    says: 'a weekday that opens a full date after "la madrugada del" as that date',
    text: 'El incendio empezó en la madrugada del sábado 8 de marzo, cuando el almacén estaba vacío.',
    published: '2025-03-12',
    phrase: '8 de marzo',
    when: '2025-03-08',
    weekday: 'Saturday',
  },
  {
    says: 'a weekday before a count ("el lunes 18 meses de prisión") as the weekday alone',
    text: 'El tribunal dictó el lunes 18 meses de prisión preventiva contra el exalcalde.',
    published: '2025-10-09',
    phrase: 'el lunes',
    when: '2025-10-06',
    weekday: 'Monday',
  },
  {
    says: '"para" after the noun of a gathering as the day it is set for',
    text: 'Los vecinos de Arroyo Seco anunciaron una marcha para el 22 de noviembre.',
    published: '2025-11-10',
    phrase: '22 de noviembre',
    when: '2025-11-22',
  },
  {
    says: '"para" after a verb of calling as the day set, ahead of its telling',
    text: 'El sindicato convocó a sus afiliados a un paro para el próximo martes.',
    published: '2025-11-10',
    phrase: 'el próximo martes',
    when: '2025-11-11',
    weekday: 'Tuesday',
  },
  {
    says: '"pactada para" a month as the month itself',
    text: 'La compra de los vagones nuevos quedó pactada para marzo.',
    published: '2025-11-10',
    phrase: 'marzo',
    when: '2026-03',
  },
  {
    says: 'a gathering called to with a weekday and its day as the day set',
    text: 'El fiscal citó al exalcalde a una audiencia el jueves 27 en los juzgados de Pachuca.',
    published: '2025-11-10',
    phrase: 'el jueves 27',
    when: '2025-11-27',
    weekday: 'Thursday',
  },
  {
    says: '"un plazo para" a day as a deadline all the same',
    text: 'La junta vecinal fijó un plazo para el 30 de noviembre.',
    published: '2025-11-10',
    phrase: '30 de noviembre',
    when: '../2025-11-30',
  },
];

describe('capture: Spanish-language press', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: 'es', publishedOn: row.published });
      const { fact, span } = factAt(draft, row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
      expect(fact.citations[0]?.statedWeekday ?? undefined, span.rule).to.equal(row.weekday);
    });
  }

  it('leaves "las fiestas de fin de año" undated: no deadline word places an event in it', () => {
    const draft = capture('Las fiestas de fin de año llenaron los hoteles de la costa.', {
      lang: 'es',
      publishedOn: '2025-01-10',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([]);
  });
});
