import { describeDateTables } from './dateTables.ts';

/**
 * A wait or an arrival in the past up to a date ("waited until December to buy the cable", "hayan esperado
 * hasta diciembre para comprar", "el pago llegó hasta el 22 de diciembre"), and what took until a date ("the
 * audit took until October 2022 to begin", "la obra tardó hasta marzo en arrancar"), places the event at that date, as
 * "not … until" does (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'waiting or arriving until a date places the event at it',
    [
      {
        text: 'The inspectors found broken wires in March 2025. The operator waited until December to buy a new cable.',
        publishedOn: '2026-05-24',
        phrase: 'until December',
        when: '2025-12',
      },
      {
        text: 'Los inspectores hallaron hilos rotos en marzo de 2025. Lo que sorprende es que hayan esperado hasta diciembre para comprar el cable.',
        publishedOn: '2026-05-24',
        phrase: 'hasta diciembre',
        when: '2025-12',
        lang: 'es',
      },
      {
        text: 'Los docentes dejaron de cobrar en diciembre de 2025. El último depósito les llegó hasta el 9 de enero, dijo la maestra.',
        publishedOn: '2026-04-23',
        phrase: 'hasta el 9 de enero',
        when: '2026-01-09',
        lang: 'es',
      },
      {
        text: 'Staff raised concerns in 2021. A senator asked why the audit took until October 2022 to begin.',
        publishedOn: '2026-06-17',
        phrase: 'until October 2022',
        when: '2022-10',
      },
      {
        text: 'El contrato se firmó en 2023, pero la obra tardó hasta marzo de 2024 en arrancar.',
        publishedOn: '2026-06-17',
        phrase: 'hasta marzo de 2024',
        when: '2024-03',
        lang: 'es',
      },
    ],
  ],
  [
    'a state held until a date stays a bound',
    [
      {
        text: 'Los docentes cobraron con normalidad hasta el 9 de enero de 2026, dijo la maestra.',
        publishedOn: '2026-04-23',
        phrase: 'hasta el 9 de enero',
        when: '../2026-01-09',
        lang: 'es',
      },
    ],
  ],
]);
