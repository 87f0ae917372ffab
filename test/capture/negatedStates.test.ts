import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * A negated clause with "since X" / "desde X" tells either a state that still holds from X on or the
 * last time something happened, at X. A "since" / "desde" that opens its clause frames the span the
 * negated clause describes: open from X. After the negated verb, a clause told in the present
 * perfect is a state that reaches the telling, open from X; told in the pluperfect, or with a "when"
 * clause that tells what happened at X, it is the last time. Short stories of our own.
 */
describeDateTables([
  [
    'a "since" that opens a negated clause is a state open from its date',
    [
      {
        text: '"Desde diciembre no nos llega el agua más de dos días seguidos", dijo el presidente de la junta.',
        publishedOn: '2026-03-09',
        phrase: 'Desde diciembre',
        when: '2025-12/..',
        lang: 'es',
      },
      {
        text: 'La grúa se instaló en 1987 y desde 2019 no recibe un mantenimiento completo por falta de piezas.',
        publishedOn: '2026-05-04',
        phrase: 'desde 2019',
        when: '2019/..',
        lang: 'es',
      },
      {
        text: 'Since December the water has not reached the upper streets for more than two days in a row.',
        publishedOn: '2026-03-09',
        phrase: 'Since December',
        when: '2025-12/..',
      },
      {
        text: 'The crane was installed in 1987, and since 2019 it has not had a full overhaul.',
        publishedOn: '2026-05-04',
        phrase: 'since 2019',
        when: '2019/..',
      },
    ],
  ],
  [
    'a negated clause told in the present perfect is a state open from its "since"',
    [
      {
        text: 'Workers blocked the highway on Sunday, demanding wages that have not been paid since July.',
        publishedOn: '2026-09-30',
        phrase: 'since July',
        when: '2026-07/..',
      },
      {
        text: 'Clinics in the county have not had a single vial of antivenom since January 28.',
        publishedOn: '2026-03-04',
        phrase: 'since January 28',
        when: '2026-01-28/..',
      },
      {
        text: 'Los maestros de la zona no han cobrado desde enero.',
        publishedOn: '2026-04-21',
        phrase: 'desde enero',
        when: '2026-01/..',
        lang: 'es',
      },
    ],
  ],
  [
    'a negated clause told in the pluperfect, or with a "when" clause after its date, is the last time it happened',
    [
      {
        text: 'Inspectors found that the written procedure had not been updated since 2019.',
        publishedOn: '2025-10-10',
        phrase: 'since 2019',
        when: '2019',
      },
      {
        text: 'The fields have received no water since 2 June, when the sluice gate jammed.',
        publishedOn: '2026-07-18',
        phrase: 'since 2 June',
        when: '2026-06-02',
      },
      {
        text: 'El informe señala que el registro no se había actualizado desde el 3 de octubre.',
        publishedOn: '2025-11-20',
        phrase: 'desde el 3 de octubre',
        when: '2025-10-03',
        lang: 'es',
      },
    ],
  ],
  [
    'a "since" after the negated verb is the last time it happened',
    [
      {
        text: 'El equipo no gana desde el 20 de agosto.',
        publishedOn: '2023-10-02',
        phrase: 'desde el 20 de agosto',
        when: '2023-08-20',
        lang: 'es',
      },
      {
        text: 'The club had not won a league game since February 17.',
        publishedOn: '2024-04-22',
        phrase: 'since February 17',
        when: '2024-02-17',
      },
    ],
  ],
]);

describe('a negated state read from its "since"', () => {
  it('says in its rule that the state still holds, not the last time it happened', () => {
    const draft = capture('"Desde diciembre no nos llega el agua", dijo Ramiro Ospino.', {
      lang: 'es',
      publishedOn: '2026-03-09',
    });
    expect(factAt(draft, 'Desde diciembre').span.rule).to.match(/state that still holds/u);
  });
});
