import { describeDateTables } from './dateTables.ts';

/**
 * "un crédito que vence el 15 de diciembre": a Spanish relative clause whose verb comes before the date tells that
 * date in its own tense, as an English one does ("the season that starts on 1 September") (docs/design.md, How
 * capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a relative clause in the present before the date is a schedule, not before the publication',
    [
      {
        text: 'La cooperativa suspendió el anticipo del 30 de octubre. También solicitó una prórroga de 90 días al banco para un crédito de Q3 millones que vence el 15 de diciembre.',
        publishedOn: '2026-11-03',
        phrase: '15 de diciembre',
        when: '2026-12-15',
        lang: 'es',
      },
    ],
  ],
  [
    'a relative clause in the past before the date is past',
    [
      {
        text: 'La cooperativa pidió el 30 de octubre una prórroga para el crédito que venció el 15 de diciembre.',
        publishedOn: '2026-11-03',
        phrase: '15 de diciembre',
        when: '2025-12-15',
        lang: 'es',
      },
    ],
  ],
]);
