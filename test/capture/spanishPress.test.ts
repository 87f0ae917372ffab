import { expect } from 'chai';
import { capture, expectPhraseRow, type PhraseRow } from './captureHelpers.ts';

/**
 * Spanish-language press (docs/design.md, How capture reads dates): deadlines at the end of the
 * current month or year, weekdays with a day and no month, dates a schedule sets, promises told in
 * the past, and the bounds "desde hace", "hasta … no se había", "no … antes de", "al menos hasta",
 * "por lo menos desde". Every phrase is written for the rule, none taken from an article: the text, the
 * publication date, the phrase → the EDTF and the stated weekday.
 */

const ROWS: PhraseRow[] = [
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
  {
    says: '"desde hace" a count of years as open from that year',
    text: 'Los vecinos denuncian la contaminación del arroyo desde hace tres años.',
    published: '2025-06-10',
    phrase: 'desde hace tres años',
    when: '2022/..',
  },
  {
    says: '"desde hace" a count of months as open from that month',
    text: 'La fábrica opera sin permiso desde hace seis meses.',
    published: '2025-06-10',
    phrase: 'desde hace seis meses',
    when: '2024-12/..',
  },
  {
    says: '"desde hace" a count of weeks as open from that week',
    text: 'El hospital espera el equipo desde hace dos semanas.',
    published: '2025-06-10',
    phrase: 'desde hace dos semanas',
    when: '2025-05-26/..',
  },
  {
    says: '"hasta" a month before a negated pluperfect as how things stood up to it',
    text: 'Hasta marzo no se había pagado ninguna factura a los proveedores.',
    published: '2025-06-10',
    phrase: 'Hasta marzo',
    when: '../2025-03',
  },
  {
    says: '"hasta" a weekday before a negated pluperfect, up to that day',
    text: 'Hasta el viernes la empresa no había respondido a la Fiscalía.',
    published: '2025-06-10',
    phrase: 'Hasta el viernes',
    when: '../2025-06-06',
    weekday: 'Friday',
  },
  {
    says: '"hasta" a year before a negated pluperfect, up to that year',
    text: 'Hasta 2023 no se habían construido las aulas prometidas.',
    published: '2025-06-10',
    phrase: 'Hasta 2023',
    when: '../2023',
  },
  {
    says: '"no … antes de" a month as from that month on',
    text: 'El puente no abrirá antes de marzo.',
    published: '2025-06-10',
    phrase: 'antes de marzo',
    when: '2026-03/..',
  },
  {
    says: '"no … antes del" a day as from that day on',
    text: 'La sentencia no se conocerá antes del 15 de mayo.',
    published: '2025-06-10',
    phrase: 'antes del 15 de mayo',
    when: '2026-05-15/..',
  },
  {
    says: '"no … antes de" a year as from that year on',
    text: 'La obra no estará lista antes de 2027.',
    published: '2025-06-10',
    phrase: 'antes de 2027',
    when: '2027/..',
  },
  {
    says: '"al menos hasta" a month as "hasta al menos" is',
    text: 'El mercado seguirá cerrado al menos hasta septiembre.',
    published: '2025-06-10',
    phrase: 'al menos hasta septiembre',
    when: '2025-09/..',
  },
  {
    says: '"por lo menos hasta" a day as at least up to it',
    text: 'La ruta permanecerá cortada por lo menos hasta el 20 de julio.',
    published: '2025-06-10',
    phrase: 'por lo menos hasta el 20 de julio',
    when: '2025-07-20/..',
  },
  {
    says: '"al menos hasta" a year',
    text: 'La veda se mantendrá al menos hasta 2026.',
    published: '2025-06-10',
    phrase: 'al menos hasta 2026',
    when: '2026/..',
  },
  {
    says: '"al menos desde" a month as begun by that month',
    text: 'La auditoría detectó que el tesorero desvió fondos al menos desde marzo.',
    published: '2025-06-10',
    phrase: 'al menos desde marzo',
    when: '../2025-03',
  },
  {
    says: '"desde por lo menos" a year as begun by that year',
    text: 'Los inspectores advirtieron el riesgo desde por lo menos 2021.',
    published: '2025-06-10',
    phrase: 'desde por lo menos 2021',
    when: '../2021',
  },
  {
    says: '"por lo menos desde" a day as begun by that day',
    text: 'La empresa ocultó las pérdidas por lo menos desde el 3 de febrero.',
    published: '2025-06-10',
    phrase: 'por lo menos desde el 3 de febrero',
    when: '../2025-02-03',
  },
  {
    says: '"no … hasta" a day with a verb of arriving as the day itself',
    text: 'El ministro no llegó hasta el lunes.',
    published: '2025-06-10',
    phrase: 'hasta el lunes',
    when: '2025-06-09',
    weekday: 'Monday',
  },
  {
    says: 'a half-year with "del próximo año" as that half of the next year',
    text: 'La nueva terminal abrirá en el segundo semestre del próximo año.',
    published: '2025-06-10',
    phrase: 'el segundo semestre del próximo año',
    when: '2026-41',
  },
  {
    says: 'a half-year with "del año pasado" as that half of the last year',
    text: 'Las exportaciones de café cayeron en el primer semestre del año pasado.',
    published: '2025-06-10',
    phrase: 'el primer semestre del año pasado',
    when: '2024-40',
  },
  {
    says: 'a half-year with "de este año" as that half of the publication’s year',
    text: 'El ministerio licitará la obra en el segundo semestre de este año.',
    published: '2025-06-10',
    phrase: 'el segundo semestre de este año',
    when: '2025-41',
  },
  {
    says: '"desde el jueves" as open from that Thursday, not an event named "el jueves"',
    text: 'Desde el jueves, la policía controla los accesos al puerto.',
    published: '2026-02-13',
    phrase: 'Desde el jueves',
    when: '2026-02-12/..',
    weekday: 'Thursday',
  },
  {
    says: '"desde el lunes" after its verb, open from that Monday',
    text: 'El tráfico de camiones está cortado desde el lunes.',
    published: '2026-02-13',
    phrase: 'desde el lunes',
    when: '2026-02-09/..',
    weekday: 'Monday',
  },
  {
    says: '"Desde el miércoles" opening a sentence, open from that Wednesday',
    text: 'Desde el miércoles el hospital atiende solo urgencias.',
    published: '2026-02-13',
    phrase: 'Desde el miércoles',
    when: '2026-02-11/..',
    weekday: 'Wednesday',
  },
  {
    says: '"ese mismo otoño" as the autumn of the year told',
    text: 'Las elecciones se celebraron en mayo de 2023 y el nuevo gobierno encargó ese mismo otoño una auditoría.',
    published: '2025-11-04',
    phrase: 'ese mismo otoño',
    when: '2023-23',
  },
  {
    says: '"ese mismo verano" as the summer of the year told',
    text: 'La mina cerró en marzo de 2021 y los despidos llegaron ese mismo verano.',
    published: '2025-11-04',
    phrase: 'ese mismo verano',
    when: '2021-22',
  },
  {
    says: '"aquella misma primavera" as the spring of the year told',
    text: 'El club descendió en 2019 y aquella misma primavera despidió al entrenador.',
    published: '2025-11-04',
    phrase: 'aquella misma primavera',
    when: '2019-21',
  },
  {
    says: '"del año pasado" after the noun of an event as the year before the publication',
    text: 'Nos dijeron en la asamblea del año pasado que todo estaba en orden.',
    published: '2025-11-04',
    phrase: 'del año pasado',
    when: '2024',
  },
  {
    says: '"del mes pasado" after the noun of an event as the month before the publication',
    text: 'En el congreso del mes pasado, la ministra anunció el recorte.',
    published: '2025-11-04',
    phrase: 'del mes pasado',
    when: '2025-10',
  },
  {
    says: '"a finales del año pasado" still as the late part of that year',
    text: 'La planta cerró a finales del año pasado.',
    published: '2025-11-04',
    phrase: 'a finales del año pasado',
    when: '2024-09/2024-12',
  },
];

describe('capture: Spanish-language press', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => expectPhraseRow(row, 'es'));
  }

  it('leaves "las fiestas de fin de año" undated: no deadline word places an event in it', () => {
    const draft = capture('Las fiestas de fin de año llenaron los hoteles de la costa.', {
      lang: 'es',
      publishedOn: '2025-01-10',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([]);
  });

  for (const [text, phrase, reason] of [
    ['El gobierno reportó un déficit récord durante el año fiscal 2023.', 'el año fiscal 2023', 'a fiscal year'],
    ['La cooperativa cerró con pérdidas el año fiscal de 2022.', 'el año fiscal de 2022', 'a fiscal year'],
    ['Los ingresos del año fiscal 2021 no alcanzaron la meta.', 'año fiscal 2021', 'a fiscal year'],
    [
      'Los profesores reclaman los salarios adeudados del año pasado.',
      'salarios adeudados del año pasado',
      'sums owed',
    ],
    ['La constructora no ha pagado las facturas de 2024.', 'facturas de 2024', 'sums owed'],
    ['Los socios exigen las deudas pendientes del año anterior.', 'deudas pendientes del año anterior', 'sums owed'],
  ] as const) {
    it(`skips ${JSON.stringify(phrase)} as ${reason} named by its year, not an event`, () => {
      const draft = capture(text, { lang: 'es', publishedOn: '2025-06-10' });
      expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([]);
      expect(draft.capture.skipped.map((s) => s.phrase)).to.include(phrase);
    });
  }
});
