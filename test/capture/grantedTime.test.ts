import { describeDateTables } from './dateTables.ts';

/**
 * Time granted until a date ("has given the landlord until Monday to repair the roof") runs on from
 * the granting (docs/design.md, How capture reads dates): told in the present perfect its end is
 * ahead of the publication; told in the past, a weekday so set is the first after the publication,
 * as other deadlines set in a past telling are. Short stories of our own, published on Wednesday
 * 8 July 2026.
 */
describeDateTables([
  [
    'the end of time granted lies ahead of the granting',
    [
      {
        text: 'The tenants’ association has given the landlord until Monday to repair the roof.',
        publishedOn: '2026-07-08',
        phrase: 'until Monday',
        when: '../2026-07-13',
      },
      {
        text: 'The court has granted the builder until 30 June to file its accounts.',
        publishedOn: '2026-07-08',
        phrase: 'until 30 June',
        when: '../2027-06-30',
      },
      {
        text: 'The drivers’ union gave the bus company until Friday to answer its demands.',
        publishedOn: '2026-07-08',
        phrase: 'until Friday',
        when: '../2026-07-10',
      },
    ],
  ],
]);
