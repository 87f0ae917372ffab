import { describeDateTables } from './dateTables.ts';

/**
 * National days on the same date every year ("Anzac Day", "Canada Day", "Remembrance Day", "el Día del
 * Trabajador", "el Día de Todos los Santos") are that day, and a count after them counts from it
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a national day on a fixed date is that day',
    [
      {
        text: 'Then on Anzac Day, a storm surge took out the camp toilet block. Contractors demolished what was left of it two days later.',
        publishedOn: '2026-05-15',
        phrase: 'Anzac Day',
        when: '2026-04-25',
      },
      {
        text: 'Then on Anzac Day, a storm surge took out the camp toilet block. Contractors demolished what was left of it two days later.',
        publishedOn: '2026-05-15',
        phrase: 'two days later',
        when: '2026-04-27',
      },
      {
        text: 'The new bridge opened to traffic on Canada Day.',
        publishedOn: '2025-08-20',
        phrase: 'Canada Day',
        when: '2025-07-01',
      },
      {
        text: 'The memorial was unveiled on Remembrance Day 2018.',
        publishedOn: '2025-08-20',
        phrase: 'Remembrance Day 2018',
        when: '2018-11-11',
      },
      {
        text: 'Los gremios marcharon hasta la plaza el Día del Trabajador.',
        publishedOn: '2025-06-15',
        phrase: 'Día del Trabajador',
        when: '2025-05-01',
        lang: 'es',
      },
      {
        text: 'El cementerio municipal reabrió el Día de Todos los Santos.',
        publishedOn: '2025-12-15',
        phrase: 'Todos los Santos',
        when: '2025-11-01',
        lang: 'es',
      },
    ],
  ],
]);
