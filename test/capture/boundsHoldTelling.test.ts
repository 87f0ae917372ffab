import { describeDateTables } from './dateTables.ts';

/**
 * "must be repaved by December", "before October 15", told in the spring: a bound whose date states no year
 * takes the nearest year in which what it states holds the time of its telling (never after the publication),
 * not a deadline already past; the date alone decides among the years that do, and a bound told in the
 * pluperfect looks back (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a bound without a year holds the time of its telling',
    [
      {
        text: 'In June, the council said every street must be repaved by December.',
        publishedOn: '2025-08-14',
        phrase: 'by December',
        when: '../2025-12',
      },
      {
        text: 'Work began in March. The twelve stations must be renovated by October, the company says.',
        publishedOn: '2025-05-20',
        phrase: 'by October',
        when: '../2025-10',
      },
      {
        text: 'In May, the regulator said the plant may operate until November.',
        publishedOn: '2025-07-10',
        phrase: 'until November',
        when: '../2025-11',
      },
      {
        text: 'La Gobernación anunció en junio un plan para rehabilitar las nueve unidades de diálisis públicas del estado para diciembre, con una inversión de 1,2 millones de dólares.',
        publishedOn: '2025-08-14',
        phrase: 'para diciembre',
        when: '../2025-12',
        lang: 'es',
      },
      {
        text: 'Las obras comenzaron en marzo. Según la empresa, las doce estaciones deben estar listas para octubre.',
        publishedOn: '2025-05-20',
        phrase: 'para octubre',
        when: '../2025-10',
        lang: 'es',
      },
      {
        text: 'Las obras comenzaron en marzo. Las doce estaciones deben estar listas antes de que termine octubre.',
        publishedOn: '2025-05-20',
        phrase: 'antes de que termine octubre',
        when: '../2025-10',
        lang: 'es',
      },
      {
        text: 'Work began in March. The twelve stations must be renovated before October 15, the company says.',
        publishedOn: '2025-05-20',
        phrase: 'before October 15',
        when: '../2025-10-15',
      },
      {
        text: 'Las obras comenzaron en marzo. Las doce estaciones deben estar listas antes del 15 de octubre.',
        publishedOn: '2025-05-20',
        phrase: 'antes del 15 de octubre',
        when: '../2025-10-15',
        lang: 'es',
      },
    ],
  ],
  [
    'a bound that already holds the telling keeps its nearest year',
    [
      {
        text: 'In June the mayor said the bridge will be finished by March.',
        publishedOn: '2025-08-14',
        phrase: 'by March',
        when: '../2026-03',
      },
      {
        text: 'The count is set for 20 January. The company argued that the workers were temporary employees who would be gone by November.',
        publishedOn: '2025-11-17',
        phrase: 'by November',
        when: '../2025-11',
      },
    ],
  ],
]);
