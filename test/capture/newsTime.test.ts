import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * Dates whose bounds depend on the words around them: weeks, ranges whose first end is bare, and
 * dates without a year told after background paragraphs (docs/design.md, How capture reads dates).
 */
interface Row {
  readonly says: string;
  readonly lang: string;
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  readonly rule?: RegExp;
}

const ROWS: Row[] = [
  {
    says: 'a week, not a day, for "the week of"',
    lang: 'en',
    text: 'The specification was rewritten in the week of 3 May.',
    published: '2021-06-11',
    phrase: 'week of 3 May',
    when: '2021-05-03/2021-05-09',
    rule: /a week, not a day/,
  },
  {
    says: 'the Monday–Sunday week around a day that is not a Monday',
    lang: 'en',
    text: 'Inspectors visited the plant during the week of 12 May.',
    published: '2021-06-11',
    phrase: 'week of 12 May',
    when: '2021-05-10/2021-05-16',
  },
  {
    says: 'seven days from the day for "the week beginning"',
    lang: 'en',
    text: 'The hearings were held in the week beginning 12 May.',
    published: '2021-06-11',
    phrase: 'week beginning 12 May',
    when: '2021-05-12/2021-05-18',
  },
  {
    says: '"la semana del" como una semana',
    lang: 'es',
    text: 'El niño viajó a Texas en la semana del 1 de enero.',
    published: '2024-03-08',
    phrase: 'semana del 1 de enero',
    when: '2024-01-01/2024-01-07',
  },
  {
    says: 'both months of "between May and July 2020"',
    lang: 'en',
    text: 'The association collected 2,300 signatures between May and July 2020.',
    published: '2021-06-11',
    phrase: 'between May and July 2020',
    when: '2020-05/2020-07',
  },
  {
    says: 'both days of "between 10 and 24 July"',
    lang: 'en',
    text: 'His clients voted to accept it between 10 and 24 July.',
    published: '2023-09-15',
    phrase: 'between 10 and 24 July',
    when: '2023-07-10/2023-07-24',
  },
  {
    says: 'the time of the news for a date without a year that opens a paragraph after background told with its years',
    lang: 'en',
    text: 'The council bought the site in March 2019.\n\nThe tender opened on 12 April and closed on 21 May.',
    published: '2021-06-11',
    phrase: '12 April',
    when: '2021-04-12',
    rule: /opens a paragraph after dates told more than six months before the publication/,
  },
  {
    says: 'the time of the news after background told with its years nine months before the publication',
    lang: 'en',
    text: 'The firm moved its plant to Leeds in April 2023.\n\nIts landlord said on 12 January that the lease would end.',
    published: '2024-02-01',
    phrase: '12 January',
    when: '2024-01-12',
  },
  {
    says: 'the month of "paid late in November" (late as overdue, not the month’s end)',
    lang: 'en',
    text: 'The contractors were paid late in November, the union said.',
    published: '2025-02-06',
    phrase: 'November',
    when: '2024-11',
  },
  {
    says: 'the future of a quoted first person ("presentaré") told by a past "declaró"',
    lang: 'es',
    text: '"El 3 de marzo presentaré mi recurso", declaró la concejala.',
    published: '2022-02-09',
    phrase: '3 de marzo',
    when: '2022-03-03',
  },
  {
    says: 'the following date of that paragraph near the one before it',
    lang: 'en',
    text: 'The council bought the site in March 2019.\n\nThe tender opened on 12 April and closed on 21 May.',
    published: '2021-06-11',
    phrase: '21 May',
    when: '2021-05-21',
  },
  {
    says: 'the narrative’s year in the same paragraph as the background',
    lang: 'en',
    text: 'The council bought the site in March 2019. The tender opened on 12 April.',
    published: '2021-06-11',
    phrase: '12 April',
    when: '2019-04-12',
  },
  {
    says: 'the narrative’s year after a paragraph told in relative dates, as a chronology goes on',
    lang: 'en',
    text: 'Kovacs wrote to Lang on Oct. 4, 2021. Lang replied the following Monday.\n\nKovacs resampled 40 homes in October.',
    published: '2024-02-01',
    phrase: 'October',
    when: '2021-10',
  },
  {
    says: '"before the end of the year" as on or before that end',
    lang: 'en',
    text: 'The FDA said it would inspect the plant again before the end of the year.',
    published: '2023-09-15',
    phrase: 'before the end of the year',
    when: '../2023-12',
  },
  {
    says: 'the past of a relative clause the date opens, not the future of the main clause',
    lang: 'es',
    text: 'Herrera, que ya el miércoles había calificado la auditoría de «persecución», recurrirá el cese.',
    published: '2022-10-07',
    phrase: 'el miércoles',
    when: '2022-10-05',
  },
];

describe('capture: weeks, bare range ends and the time of the news', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: row.published });
      const { fact, span } = factAt(draft, row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
      if (row.rule) expect(span.rule).to.match(row.rule);
    });
  }
});

describe('capture: a year named before a date without one in its sentence', () => {
  const rows: [string, string, string, string, string, string][] = [
    [
      '"Este año" gives the date its year and is no fact of its own',
      'es',
      'El brote de 2019 fue grave.\n\nEste año, el gobernador ordenó el 26 de febrero cerrar dos escuelas.',
      '2024-03-08',
      '26 de febrero',
      '2024-02-26',
    ],
    [
      '"Aquel año" gives the date the previous event’s year',
      'es',
      'El último brote ocurrió en 2019. Aquel año, la secretaria declaró la emergencia el 4 de abril.',
      '2024-03-08',
      '4 de abril',
      '2019-04-04',
    ],
    [
      'a year stated in a sentence frames its other dates without one',
      'es',
      'El último brote ocurrió en 2019, cuando se registraron 112 casos entre febrero y junio.',
      '2024-03-08',
      'entre febrero y junio',
      '2019-02/2019-06',
    ],
    [
      'a year in an aside frames nothing',
      'es',
      'El club juega el 1 de marzo de 2023.\n\nEl Sotavento, fundado en 1923, celebró su centenario en abril.',
      '2023-10-09',
      'abril',
      '2023-04',
    ],
  ];
  for (const [says, lang, text, published, phrase, when] of rows) {
    it(`reads ${says}: ${JSON.stringify(phrase)} → ${when}`, () => {
      const draft = capture(text, { lang, publishedOn: published });
      const { fact, span } = factAt(draft, phrase);
      expect(fact.when, span.rule).to.equal(when);
      expect(draft.capture.spans.map((s) => s.phrase.toLowerCase())).to.not.include.members(['este año', 'aquel año']);
    });
  }
});
