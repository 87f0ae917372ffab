import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * A bound word before a reference back to a date the text told ("since that day", "desde ese día",
 * "until that night", "desde ese año") bounds that date as it bounds a written one, and as "since
 * then" bounds the previous event: open from it, or up to it, never the date itself; a negated
 * "since" stays open, a negated "until" places the event on the day. "Since Christmas", "desde
 * Navidad" start at the holiday's day, as "by Christmas" ends there. Short stories of our own.
 */
describeDateTables([
  [
    'since a day, month or year the text told is open from it',
    [
      {
        text: 'The pumps failed on 9 September. Nobody has fished in the bay since that day.',
        publishedOn: '2026-03-12',
        phrase: 'since that day',
        when: '2025-09-09/..',
      },
      {
        text: 'The pumps failed on 9 September. Ever since that night the shop has been shut.',
        publishedOn: '2026-03-12',
        phrase: 'since that night',
        when: '2025-09-09/..',
      },
      {
        text: 'The quay wall cracked in September 2025. Boats have moored at the pier since that month.',
        publishedOn: '2026-03-12',
        phrase: 'since that month',
        when: '2025-09/..',
      },
      {
        text: 'El 9 de septiembre el laboratorio detectó la toxina. Las bateas no han podido sacar un solo kilo desde ese día.',
        publishedOn: '2025-10-22',
        phrase: 'desde ese día',
        when: '2025-09-09/..',
        lang: 'es',
      },
      {
        text: 'La presa se agrietó en 2024. Los regantes riegan con cisternas desde ese año.',
        publishedOn: '2026-03-12',
        phrase: 'desde ese año',
        when: '2024/..',
        lang: 'es',
      },
    ],
  ],
  [
    'until a day the text told is up to it, and "not … until" it is the day',
    [
      {
        text: 'The storm reached the coast on 9 September. The ferry kept sailing until that night.',
        publishedOn: '2026-03-12',
        phrase: 'until that night',
        when: '../2025-09-09',
      },
      {
        text: 'La tormenta llegó a la costa el 9 de septiembre. El ferri siguió navegando hasta esa noche.',
        publishedOn: '2026-03-12',
        phrase: 'hasta esa noche',
        when: '../2025-09-09',
        lang: 'es',
      },
      {
        text: 'The storm reached the coast on 9 September. The ferry did not sail until that day.',
        publishedOn: '2026-03-12',
        phrase: 'that day',
        when: '2025-09-09',
      },
    ],
  ],
  [
    'since Christmas starts at its day',
    [
      {
        text: 'Members have planted a small crop of sweet potatoes in the wet months since Christmas.',
        publishedOn: '2026-02-10',
        phrase: 'since Christmas',
        when: '2025-12-25/..',
      },
      {
        text: 'Los pescadores venden el mejillón en el muelle desde Navidad.',
        publishedOn: '2026-02-10',
        phrase: 'desde Navidad',
        when: '2025-12-25/..',
        lang: 'es',
      },
      {
        text: 'Families from the town came back to the camp over Christmas.',
        publishedOn: '2026-02-10',
        phrase: 'Christmas',
        when: '2025-12',
      },
    ],
  ],
]);

describe('a bound of a reference back relates to the event it refers back to', () => {
  it('relates "desde ese día" after the event of the day it names', () => {
    const draft = capture(
      'El 9 de septiembre el laboratorio detectó la toxina. Las bateas no han podido sacar un solo kilo desde ese día.',
      { lang: 'es', publishedOn: '2025-10-22' },
    );
    const detected = factAt(draft, '9 de septiembre').fact;
    const { fact } = factAt(draft, 'desde ese día');
    expect(fact.relations).to.deep.equal([{ type: 'after', fact: detected.id, offset: null }]);
  });
});
