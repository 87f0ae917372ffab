import { describeDateTables } from './dateTables.ts';

/**
 * "detuvo", "propuso", "redujeron": the irregular Spanish preterites, with their prefixes, tell the simple past, so
 * a date without a year after them goes forward from the reference time as a story told in the past does
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'an irregular preterite tells the simple past',
    [
      {
        text: 'El primer picazo se dio el sábado 9 de marzo de 2024. Seis meses después del picazo, la obra tenía un avance de 30%. La empresa contratista detuvo los trabajos el 14 de julio alegando una deuda.',
        publishedOn: '2025-09-16',
        phrase: '14 de julio',
        when: '2025-07-14',
        lang: 'es',
      },
      {
        text: 'El primer picazo se dio el sábado 9 de marzo de 2024. Seis meses después del picazo, la obra tenía un avance de 30%. El regidor propuso el 20 de marzo una nueva revisión de las cuentas.',
        publishedOn: '2025-09-16',
        phrase: '20 de marzo',
        when: '2025-03-20',
        lang: 'es',
      },
    ],
  ],
]);
