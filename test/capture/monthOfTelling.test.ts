import { describeDateTables } from './dateTables.ts';

/**
 * "the month" told as the future seen from a past telling is the month of that telling, as "the year"
 * so told is its year; a statement reported with "said" in a sentence with no date of its own is told
 * at the publication (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    '"the month" told as the future seen from a past telling is the month of that telling',
    [
      {
        text: 'We placed the order on January 9. We were told the vials would be delivered by the end of the month.',
        publishedOn: '2026-02-19',
        phrase: 'by the end of the month',
        when: '../2026-01-31',
      },
      {
        text: 'Hicimos el pedido el 9 de enero. Nos aseguraron que las dosis llegarían antes de fin de mes.',
        publishedOn: '2026-02-19',
        phrase: 'antes de fin de mes',
        when: '../2026-01-31',
        lang: 'es',
      },
    ],
  ],
  [
    '"the month" of a statement reported with "said" is the publication\'s',
    [
      {
        text: 'We placed the order on January 9. The supplier said the vials would be delivered by the end of the month.',
        publishedOn: '2026-02-19',
        phrase: 'by the end of the month',
        when: '../2026-02-28',
      },
      {
        text: 'Hicimos el pedido el 9 de enero. El proveedor aseguró que las dosis llegarían antes de fin de mes.',
        publishedOn: '2026-02-19',
        phrase: 'antes de fin de mes',
        when: '../2026-02-28',
        lang: 'es',
      },
    ],
  ],
]);
