import { expect } from 'chai';
import { isoOf } from '../../src/capture/calendarDays.ts';
import { easterSunday } from '../../src/capture/ruleDays.ts';
import { capture, factAt } from './captureHelpers.ts';

/** Holidays fixed by a calendar rule (docs/design.md, How capture reads dates): the phrase → the EDTF. */
const ROWS: [string, 'en' | 'es', string, string, string, string][] = [
  [
    'Easter Monday with its year',
    'en',
    'The new boat came on Easter Monday 2009, a 16-metre lifeboat.',
    '2026-01-10',
    'Easter Monday 2009',
    '2009-04-13',
  ],
  [
    'Easter Sunday in the year of the event told before',
    'en',
    'The storm wrecked the harbour in February 2019. He locked the shed on Easter Sunday that year.',
    '2026-01-10',
    'Easter Sunday that year',
    '2019-04-21',
  ],
  [
    'Good Friday in the narrative’s year',
    'en',
    'The bakery burned down on Good Friday.',
    '2024-06-10',
    'Good Friday',
    '2024-03-29',
  ],
  [
    'Easter alone as a deadline: Easter Sunday',
    'en',
    'The pier must reopen by Easter 2027.',
    '2026-06-10',
    'by Easter',
    '../2027-03-28',
  ],
  [
    'Easter alone as the Easter weekend, Good Friday to Easter Monday',
    'en',
    'Over Easter 2024, four boats sank in the bay.',
    '2024-06-10',
    'Easter 2024',
    '2024-03-29/2024-04-01',
  ],
  ['Ash Wednesday', 'en', 'The fast began on Ash Wednesday 2024.', '2024-06-10', 'Ash Wednesday 2024', '2024-02-14'],
  ['Whit Monday', 'en', 'The fair opened on Whit Monday 2023.', '2024-06-10', 'Whit Monday 2023', '2023-05-29'],
  [
    'the Friday after Thanksgiving, in the year of the event told before',
    'en',
    'The suit was filed in November 2025. On the Friday after Thanksgiving that year, she found two men on her land.',
    '2026-02-10',
    'the Friday after Thanksgiving',
    '2025-11-28',
  ],
  [
    'the week after Thanksgiving: the Monday–Sunday week after it',
    'en',
    'The committee was appointed on November 27, 2024, and met for the first time the week after Thanksgiving.',
    '2025-03-10',
    'the week after Thanksgiving',
    '2024-12-02/2024-12-08',
  ],
  [
    'Labor Day as a deadline',
    'en',
    'The union wants a meeting before Labor Day 2025.',
    '2025-08-27',
    'before Labor Day 2025',
    '../2025-09-01',
  ],
  ['Memorial Day', 'en', 'The pool reopened on Memorial Day 2024.', '2024-08-27', 'Memorial Day 2024', '2024-05-27'],
  [
    'Thanksgiving in a story told in Canada',
    'en',
    'The Ottawa market closed on Thanksgiving 2024, the city of Ottawa said.',
    '2025-02-10',
    'Thanksgiving 2024',
    '2024-10-14',
  ],
  [
    'Labour Day in a story told in New Zealand',
    'en',
    'The Wellington ferry stopped on Labour Day 2024.',
    '2025-02-10',
    'Labour Day 2024',
    '2024-10-28',
  ],
  [
    'Eid al-Fitr by the Umm al-Qura calendar, a day either side',
    'en',
    'The mill shut over Eid al-Fitr 2025.',
    '2025-06-10',
    'Eid al-Fitr 2025',
    '2025-03-29/2025-03-31',
  ],
  [
    'the Lunar New Year by the Chinese calendar',
    'en',
    'The market burned on Lunar New Year 2025.',
    '2025-06-10',
    'Lunar New Year 2025',
    '2025-01-29',
  ],
  ['Diwali as October–November', 'en', 'Sales fell over Diwali 2024.', '2025-06-10', 'Diwali 2024', '2024-10/2024-11'],
  [
    'la Semana Santa: del Domingo de Ramos al Domingo de Resurrección',
    'es',
    'El puente se cerró durante la Semana Santa de 2023.',
    '2024-06-10',
    'Semana Santa de 2023',
    '2023-04-02/2023-04-09',
  ],
  [
    'el Jueves Santo',
    'es',
    'El templo reabrió el Jueves Santo de 2024.',
    '2024-06-10',
    'Jueves Santo de 2024',
    '2024-03-28',
  ],
  [
    'el martes de Carnaval, en el año del relato',
    'es',
    'La comparsa desfiló el martes de Carnaval.',
    '2024-06-10',
    'martes de Carnaval',
    '2024-02-13',
  ],
  [
    'la semana posterior a la Semana Santa',
    'es',
    'Las clases volvieron la semana posterior a la Semana Santa de 2024.',
    '2024-06-10',
    'la semana posterior a la Semana Santa',
    '2024-04-01/2024-04-07',
  ],
  [
    'el Día de Acción de Gracias',
    'es',
    'La tienda cerró el Día de Acción de Gracias de 2024.',
    '2025-06-10',
    'Acción de Gracias de 2024',
    '2024-11-28',
  ],
  [
    'el Viernes Santo',
    'es',
    'La procesión salió el Viernes Santo de 2025.',
    '2025-06-10',
    'Viernes Santo de 2025',
    '2025-04-18',
  ],
];

describe('capture: holidays fixed by a calendar rule', () => {
  for (const [says, lang, text, published, phrase, when] of ROWS) {
    it(`reads ${says}: ${JSON.stringify(phrase)} → ${when}`, () => {
      const { fact, span } = factAt(capture(text, { lang, publishedOn: published }), phrase);
      expect(fact.when, span.rule).to.equal(when);
    });
  }

  it('finds Western Easter Sunday by the Gregorian computus', () => {
    const days = [1943, 2000, 2019, 2025, 2038].map((y) => isoOf(easterSunday(y)));
    expect(days).to.deep.equal(['1943-04-25', '2000-04-23', '2019-04-21', '2025-04-20', '2038-04-25']);
  });
});
