import { describeDateTables } from './dateTables.ts';

/**
 * "este 30 de septiembre" is in the year of the publication, as "this September 30" is; "pensaba
 * terminar en agosto", "pensaban reabrir en marzo" are an intent told in the past, whose date lies ahead of
 * the telling, as "planeaba" is (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    '"este" before a day and month names the publication\'s year',
    [
      {
        text: 'Los trabajos comenzaron a finales de mayo para que el retablo luciera en la fiesta patronal de este 30 de septiembre.',
        publishedOn: '2026-07-16',
        phrase: 'este 30 de septiembre',
        when: '2026-09-30',
        lang: 'es',
      },
      {
        text: 'La comisión sesionó el 12 de noviembre de 2024. El informe final se entregó este 3 de febrero.',
        publishedOn: '2025-02-10',
        phrase: 'este 3 de febrero',
        when: '2025-02-03',
        lang: 'es',
      },
    ],
  ],
  [
    'an intent told in the past ("pensaba", "pensaban") dates its infinitive ahead of the telling',
    [
      {
        text: 'La obra se detuvo el 30 de septiembre de 2025. El pintor explicó que cobró 150 mil pesos y que pensaba terminar en agosto.',
        publishedOn: '2026-07-16',
        phrase: 'agosto',
        when: '2026-08',
        lang: 'es',
      },
      {
        text: 'El local cerró el 30 de septiembre de 2025. Los dueños pensaban reabrir en marzo, según los vecinos.',
        publishedOn: '2026-02-01',
        phrase: 'marzo',
        when: '2026-03',
        lang: 'es',
      },
    ],
  ],
]);
