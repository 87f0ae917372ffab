import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';
import { describeDateTables } from './dateTables.ts';

/**
 * A date inside the words that name a relative phrase's event ("before retiring last spring", "after the
 * story broke in the Courier on Oct. 19, 2023") dates that event: the phrase ends before it and the date is
 * read on its own; led by a preposition, it is an event of its own from which the phrase counts (docs/design.md,
 * How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a date inside a named event is read on its own',
    [
      {
        text: 'Marc Thibodeau, who worked at the plant for 22 years before retiring last spring, said the difference this time was wages.',
        publishedOn: '2025-11-20',
        phrase: 'last spring',
        when: '2025-21',
      },
      {
        text: 'Marta Ruiz, que trabajó en la planta durante 22 años antes de jubilarse la primavera pasada, dijo que la diferencia fueron los salarios.',
        publishedOn: '2025-11-20',
        phrase: 'la primavera pasada',
        when: '2025-21',
        lang: 'es',
      },
      {
        text: 'Membership, which had stood at 1,140 at the end of 2022, fell by a fifth in the months after the story broke in the Port Anselm Courier on Oct. 19, 2023. Two trustees stepped down.',
        publishedOn: '2026-03-27',
        phrase: 'Oct. 19, 2023',
        when: '2023-10-19',
      },
      {
        text: 'Membership, which had stood at 1,140 at the end of 2022, fell by a fifth in the months after the story broke in the Port Anselm Courier on Oct. 19, 2023. Two trustees stepped down.',
        publishedOn: '2026-03-27',
        phrase: 'in the months after the story broke',
        when: '2023-10-19/2026-03-27',
      },
    ],
  ],
]);

describe('a relative phrase whose named event a date follows', () => {
  it('counts from the event that date gives', () => {
    const draft = capture(
      'Membership fell by a fifth in the months after the story broke in the Port Anselm Courier on Oct. 19, 2023.',
      { lang: 'en', publishedOn: '2026-03-27' },
    );
    const story = factAt(draft, 'Oct. 19, 2023').fact;
    expect(factAt(draft, 'in the months after').fact.relations).to.deep.equal([
      { type: 'after', fact: story.id, offset: null },
    ]);
  });

  it('leaves a date that names the event by its month ("desde el paro de marzo") inside the phrase', () => {
    const draft = capture('Al menos 14 alumnos han dejado de asistir desde el paro de marzo, dijo el director.', {
      lang: 'es',
      publishedOn: '2026-04-21',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).not.to.include('marzo');
  });
});
