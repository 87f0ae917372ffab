import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Deadlines, dates set from a past telling, units named from the publication and hedged
 * alternatives (docs/design.md, How capture reads dates): the text, the publication date, the
 * phrase → the EDTF and the stated weekday.
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  readonly weekday?: string;
}

const ROWS: Row[] = [
  {
    says: 'a month alone in its clause after "would", in a sentence that opens on its telling, ahead of that telling',
    lang: 'en',
    text: 'In October 2025 the council promised the repairs would be finished by June.',
    published: '2026-01-20',
    phrase: 'by June',
    when: '../2026-06',
  },
  {
    says: 'a month after "would" told on a stated day, the first such month after that day',
    lang: 'en',
    text: 'On 12 November 2024 the airline said the route would reopen in March.',
    published: '2025-04-02',
    phrase: 'March',
    when: '2025-03',
  },
  {
    says: 'a month after a promise and its infinitive, told on a stated month, ahead of it',
    lang: 'en',
    text: 'In September 2025 the trust pledged to publish the review by February.',
    published: '2026-03-01',
    phrase: 'by February',
    when: '../2026-02',
  },
  {
    says: 'a deadline after a hope told now by many, ahead of the publication',
    lang: 'en',
    text: 'Officials hope to have the line running again by June.',
    published: '2026-01-20',
    phrase: 'by June',
    when: '../2026-06',
  },
  {
    says: 'a weekday deadline given in an instruction, ahead of the telling',
    lang: 'en',
    text: 'Tenants were asked to leave the flats by Thursday.',
    published: '2024-05-14',
    phrase: 'by Thursday',
    when: '../2024-05-16',
    weekday: 'Thursday',
  },
  {
    says: 'a weekday deadline told as past, the latest one before the publication',
    lang: 'en',
    text: 'The fine was paid by Friday.',
    published: '2026-02-11',
    phrase: 'by Friday',
    when: '../2026-02-06',
    weekday: 'Friday',
  },
  {
    says: 'a weekday that bounds a future event, with its weekday',
    lang: 'en',
    text: 'The union will picket the depot until Monday.',
    published: '2026-02-11',
    phrase: 'until Monday',
    when: '../2026-02-16',
    weekday: 'Monday',
  },
  {
    says: 'a month after an expectation, not before the narrative’s time',
    lang: 'en',
    text: 'The agency began its review in May 2023 and said it hoped to publish its findings by February.',
    published: '2023-11-30',
    phrase: 'by February',
    when: '../2024-02',
  },
  {
    says: 'a month after a promise, ahead of the telling’s year',
    lang: 'en',
    text: 'In June 2024 the regulator opened an inquiry. It said it expected to reach a provisional decision by the end of March.',
    published: '2025-01-22',
    phrase: 'by the end of March',
    when: '../2025-03',
  },
  {
    says: 'a deadline "before" a day as on or before that day',
    lang: 'en',
    text: 'The board must hold a new vote before 31 March 2027.',
    published: '2026-12-01',
    phrase: 'before 31 March 2027',
    when: '../2027-03-31',
  },
  {
    says: '"before" a month as strictly before it',
    lang: 'en',
    text: 'The works must be finished before July 2027.',
    published: '2026-12-01',
    phrase: 'before July 2027',
    when: '../2027-06-30',
  },
  {
    says: 'a deadline "antes del" a day as on or before that day',
    lang: 'es',
    text: 'La empresa deberá pagar la multa antes del 15 de junio.',
    published: '2023-05-01',
    phrase: 'antes del 15 de junio',
    when: '../2023-06-15',
  },
  {
    says: '"earlier this year" as the publication’s year',
    lang: 'en',
    text: 'The treasurer stepped down earlier this year.',
    published: '2025-09-05',
    phrase: 'earlier this year',
    when: '2025',
  },
  {
    says: '"later this month" as the publication’s month',
    lang: 'en',
    text: 'The planning committee will rule on the depot later this month.',
    published: '2023-04-11',
    phrase: 'later this month',
    when: '2023-04',
  },
  {
    says: '"más adelante este año" as the publication’s year',
    lang: 'es',
    text: 'El ayuntamiento abrirá la biblioteca más adelante este año.',
    published: '2024-03-02',
    phrase: 'más adelante este año',
    when: '2024',
  },
  {
    says: '"en lo que va del año" from the year’s start to the publication',
    lang: 'es',
    text: 'La clínica atendió 40 casos de dengue en lo que va del año.',
    published: '2024-03-02',
    phrase: 'en lo que va del año',
    when: '2024-01-01/2024-03-02',
  },
  {
    says: 'a hedged alternative of two years as both',
    lang: 'en',
    text: 'The tenants first complained in 2012, or maybe 2013, according to the minutes.',
    published: '2024-03-02',
    phrase: '2012, or maybe 2013',
    when: '2012/2013',
  },
  {
    says: 'a hedged Spanish alternative as both',
    lang: 'es',
    text: 'El club se fundó en 1931 o quizá en 1932.',
    published: '2024-03-02',
    phrase: '1931 o quizá en 1932',
    when: '1931/1932',
  },
  {
    says: 'a month after a verb of expectation told now, ahead of the publication',
    lang: 'en',
    text: 'The depot reopened on March 3, and the operator wants the night buses to be running again in May.',
    published: '2025-03-20',
    phrase: 'May',
    when: '2025-05',
  },
  {
    says: 'a month after "expects … to", not before the publication',
    lang: 'en',
    text: 'The library closed on 4 September and the council expects the new roof to be finished in August.',
    published: '2024-09-30',
    phrase: 'August',
    when: '2025-08',
  },
  {
    says: 'the end of a state told in the present perfect, not before the publication',
    lang: 'en',
    text: 'The ferry licence has been suspended until at least March 2, the harbour master said.',
    published: '2023-02-20',
    phrase: 'until at least March 2',
    when: '2023-03-02/..',
  },
  {
    says: 'the end of a state told in the past, before the publication',
    lang: 'en',
    text: 'The bridge was closed until March 2.',
    published: '2023-02-20',
    phrase: 'until March 2',
    when: '../2022-03-02',
  },
  {
    says: 'el fin de un estado en pretérito perfecto, no antes de la publicación',
    lang: 'es',
    text: 'La concesión ha quedado suspendida hasta el 2 de marzo.',
    published: '2023-02-20',
    phrase: 'hasta el 2 de marzo',
    when: '../2023-03-02',
  },
  {
    says: 'a weekday after "would", ahead of the publication',
    lang: 'en',
    text: 'The coroner told the families that she would visit the quarry on Tuesday.',
    published: '2024-05-16',
    phrase: 'on Tuesday',
    when: '2024-05-21',
    weekday: 'Tuesday',
  },
  {
    says: 'a weekday before a reported "would", the telling’s day',
    lang: 'en',
    text: 'The new director started on Tuesday and said he would publish every report.',
    published: '2024-05-16',
    phrase: 'on Tuesday',
    when: '2024-05-14',
    weekday: 'Tuesday',
  },
  {
    says: 'a month before a reported "would", in the past',
    lang: 'en',
    text: 'The union, which had filed a complaint in October, said the cuts would hurt patients.',
    published: '2025-02-21',
    phrase: 'October',
    when: '2024-10',
  },
  {
    says: '"since" after a count with "at least", an event',
    lang: 'en',
    text: 'The gang has hit at least nine schools since 2022.',
    published: '2025-02-21',
    phrase: 'since 2022',
    when: '2022/..',
  },
  {
    says: '"para" after a scheduling word as the date itself',
    lang: 'es',
    text: 'La empresa recibió el permiso para las obras, programadas para el primer trimestre de 2026.',
    published: '2025-06-01',
    phrase: 'el primer trimestre de 2026',
    when: '2026-33',
  },
  {
    says: 'a day "fijada para" as ahead of the publication',
    lang: 'es',
    text: 'La audiencia quedó fijada para el 3 de marzo.',
    published: '2025-06-01',
    phrase: '3 de marzo',
    when: '2026-03-03',
  },
  {
    says: '"para" alone as a deadline',
    lang: 'es',
    text: 'El informe estará listo para junio.',
    published: '2025-03-01',
    phrase: 'para junio',
    when: '../2025-06',
  },
  {
    says: '"before the end of" a month as on or before its end',
    lang: 'en',
    text: 'The auditors must file their report before the end of October.',
    published: '2024-09-02',
    phrase: 'before the end of October',
    when: '../2024-10',
  },
  {
    says: '"through the end of" a month as on or before its end',
    lang: 'en',
    text: 'The pool will stay shut through the end of August.',
    published: '2024-07-02',
    phrase: 'through the end of August',
    when: '../2024-08',
  },
  {
    says: '"in time for" a holiday as a deadline',
    lang: 'en',
    text: 'The bridge will reopen in time for Christmas.',
    published: '2024-07-02',
    phrase: 'in time for Christmas',
    when: '../2024-12-25',
  },
  {
    says: '"antes de que termine" un mes como un plazo',
    lang: 'es',
    text: 'La constructora entregará el hospital antes de que termine noviembre.',
    published: '2024-07-02',
    phrase: 'antes de que termine noviembre',
    when: '../2024-11',
  },
  {
    says: '"has until" a day as present, not before the publication',
    lang: 'en',
    text: 'The council has until September 9 to answer.',
    published: '2024-07-02',
    phrase: 'until September 9',
    when: '../2024-09-09',
  },
  {
    says: '"from" a day after a state as open from that day',
    lang: 'en',
    text: 'The hosepipe ban applies from 4 August.',
    published: '2024-07-02',
    phrase: 'from 4 August',
    when: '2024-08-04/..',
  },
  {
    says: '"starting" a day as the start itself',
    lang: 'en',
    text: 'Bus drivers will walk out for two days starting on Thursday, July 11.',
    published: '2024-07-02',
    phrase: 'Thursday, July 11',
    when: '2024-07-11',
    weekday: 'Thursday',
  },
  {
    says: '"since" after "mayor" in English, no comparison',
    lang: 'en',
    text: 'The mayor has led the council since 2017.',
    published: '2024-07-02',
    phrase: 'since 2017',
    when: '2017/..',
  },
];

describe('capture: deadlines, dates set from a past telling, units and alternatives', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: row.published });
      const { fact, span } = factAt(draft, row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
      expect(fact.citations[0]?.statedWeekday ?? undefined, span.rule).to.equal(row.weekday);
    });
  }
});
