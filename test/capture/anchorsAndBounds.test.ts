import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * Relative phrases and their anchors, open bounds and the precision of arithmetic from a month
 * (docs/design.md, How capture reads dates): the text, the publication date, the phrase → the
 * EDTF and the relation ([type, words of the anchor fact's summary, offset]).
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  readonly relation?: readonly [string, string, string | null];
}

const ROWS: Row[] = [
  {
    says: 'a month after an event dated to a month, a whole month',
    lang: 'en',
    text: 'The first complaint arrived in February. A month later, the regulator opened a case.',
    published: '2023-10-18',
    phrase: 'A month later',
    when: '2023-03',
    relation: ['after', 'first complaint', 'P1M'],
  },
  {
    says: 'a month before an event dated to a thirty-day month, a whole month',
    lang: 'en',
    text: 'The depot closed in June 2021. A month before the closure, the drivers were warned.',
    published: '2023-10-18',
    phrase: 'A month before the closure',
    when: '2021-05',
    relation: ['before', 'depot closed', 'P1M'],
  },
  {
    says: 'a month after a day, still a day',
    lang: 'en',
    text: 'The survey ended on 30 January 2022. A month later, the report came out.',
    published: '2023-10-18',
    phrase: 'A month later',
    when: '2022-02-28',
    relation: ['after', 'survey ended', 'P1M'],
  },
  {
    says: 'un mes después de un mes, un mes entero',
    lang: 'es',
    text: 'La primera queja llegó en junio de 2022. Un mes después, la alcaldía abrió un expediente.',
    published: '2023-10-18',
    phrase: 'Un mes después',
    when: '2022-07',
    relation: ['after', 'primera queja', 'P1M'],
  },
  {
    says: '"since" a year with a negation only in a relative clause after it, open',
    lang: 'en',
    text: 'The clinic has lost nine nurses since 2019 to posts that were never refilled.',
    published: '2024-05-02',
    phrase: 'since 2019',
    when: '2019/..',
  },
  {
    says: '"desde" un año con una negación solo en una relativa, abierto',
    lang: 'es',
    text: 'La plantilla ha perdido 41 conductores desde 2020 por jubilaciones que no se han cubierto.',
    published: '2023-10-18',
    phrase: 'desde 2020',
    when: '2020/..',
  },
  {
    says: 'a deadline set in a request whose object holds a number, ahead of the telling',
    lang: 'en',
    text: 'The inspectors had asked the operator to test the pumps at its 14 other sites by March 3.',
    published: '2024-11-20',
    phrase: 'by March 3',
    when: '../2025-03-03',
  },
  {
    says: '"since" an event the text told, open from it',
    lang: 'en',
    text: 'The plant was raided on 3 May 2022. Two managers have left since the raid.',
    published: '2024-05-02',
    phrase: 'since the raid',
    when: '2022-05-03/..',
    relation: ['after', 'plant was raided', null],
  },
  {
    says: '"since then", open from the previous event',
    lang: 'en',
    text: 'The mill closed in April 2017. Since then, the site has stood empty.',
    published: '2024-05-02',
    phrase: 'Since then',
    when: '2017-04-01/..',
    relation: ['after', 'mill closed', null],
  },
  {
    says: '"within 48 hours of" an event the text told, at most two days after it',
    lang: 'en',
    text: 'The dam failed on 9 June 2023. The county opened a shelter within 48 hours of the failure.',
    published: '2024-05-02',
    phrase: 'within 48 hours of the failure',
    when: '2023-06-09/2023-06-11',
    relation: ['after', 'dam failed', '../P2D'],
  },
  {
    says: '"on the night of" an event the text told (its agents named), that day',
    lang: 'en',
    text: 'Auditors visited the depot on 12 March 2021. On the night of the audit, a lorry left.',
    published: '2024-05-02',
    phrase: 'On the night of the audit',
    when: '2021-03-12',
    relation: ['same-day', 'Auditors visited', null],
  },
  {
    says: 'a noun and a verb with the prefix a- as one word ("ran aground" / "the grounding")',
    lang: 'en',
    text: 'The ferry ran aground on 4 May 2023. Its owner was fined in June. Fuel leaked two days after the grounding.',
    published: '2024-05-02',
    phrase: 'two days after the grounding',
    when: '2023-05-06',
    relation: ['after', 'ran aground', 'P2D'],
  },
  {
    says: 'a noun and a verb with the prefix re- as one word ("re-elected" / "the election")',
    lang: 'en',
    text: 'Ms Moss was re-elected on 2 May 2024. The party met on 10 May. She resigned a month after the election.',
    published: '2024-09-02',
    phrase: 'a month after the election',
    when: '2024-06-02',
    relation: ['after', 're-elected', 'P1M'],
  },
  {
    says: '"desde" un hecho que el texto contó, abierto desde él',
    lang: 'es',
    text: 'La policía clausuró la mina el 3 de mayo de 2022. Los vecinos protestan desde la clausura.',
    published: '2024-05-02',
    phrase: 'desde la clausura',
    when: '2022-05-03/..',
    relation: ['after', 'clausuró la mina', null],
  },
  {
    says: '"desde entonces", abierto desde el hecho anterior',
    lang: 'es',
    text: 'El alcalde renunció el 20 de noviembre de 2023. Desde entonces, el cabildo no ha sesionado.',
    published: '2024-05-02',
    phrase: 'Desde entonces',
    when: '2023-11-20/..',
    relation: ['after', 'alcalde renunció', null],
  },
  {
    says: '"la noche del" hecho que el texto contó, ese día',
    lang: 'es',
    text: 'El incendio empezó el 2 de agosto de 2023. La noche del incendio, dos brigadas llegaron tarde.',
    published: '2024-05-02',
    phrase: 'La noche del incendio',
    when: '2023-08-02',
    relation: ['same-day', 'incendio empezó', null],
  },
  {
    says: 'a weekday told as past whose clause quotes a promise, the telling’s (the quote is not the tense)',
    lang: 'en',
    text: 'On Tuesday, the mayor’s office said the council "will publish every invoice."',
    published: '2024-05-16',
    phrase: 'Tuesday',
    when: '2024-05-14',
  },
  {
    says: 'a weekday told as future on the publication’s own weekday, that day',
    lang: 'en',
    text: 'The union will hold a ballot on Thursday evening.',
    published: '2024-05-16',
    phrase: 'Thursday',
    when: '2024-05-16',
  },
  {
    says: 'a weekday called "next" on the publication’s own weekday, the week after',
    lang: 'en',
    text: 'The union will hold a ballot next Thursday.',
    published: '2024-05-16',
    phrase: 'next Thursday',
    when: '2024-05-23',
  },
  {
    says: '"hace poco más de dos años" como al menos dos años antes de la publicación',
    lang: 'es',
    text: 'Hace poco más de dos años la empresa compró el terreno.',
    published: '2024-10-14',
    phrase: 'Hace poco más de dos años',
    when: '../2022-10-14',
  },
  {
    says: '"hace algo menos de tres meses" como a lo sumo tres meses antes, el mes entero',
    lang: 'es',
    text: 'La empresa compró el terreno hace algo menos de tres meses.',
    published: '2024-10-14',
    phrase: 'hace algo menos de tres meses',
    when: '2024-07/2024-10',
  },
];

/** Phrases that must name an event the text told, and name none: no fact. */
const NO_FACT: readonly {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly phrase: string;
}[] = [
  {
    says: '"since" a noun the text told no event of',
    lang: 'en',
    text: 'The depot opened on 3 May 2019. Prices have doubled since the pandemic.',
    phrase: 'since the pandemic',
  },
  {
    says: '"within 30 days of" an event not told (a rule)',
    lang: 'en',
    text: 'The fund was set up on 3 May 2019. It pays within 30 days of a claim.',
    phrase: 'within 30 days of a claim',
  },
  {
    says: '"desde" un lugar seguido de un tiempo, no un hecho',
    lang: 'es',
    text: 'El incendio se detectó el 14 de abril de 2024. El humo era visible desde la carretera hace dos semanas.',
    phrase: 'desde la carretera',
  },
];

describe('capture: anchors of relative phrases, open bounds, months counted from months', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: row.published });
      const { fact, span } = factAt(draft, row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
      if (row.relation === undefined) return;
      const [type, words, offset] = row.relation;
      const anchor = factSaying(draft, words);
      expect(fact.relations, span.rule).to.deep.equal([{ type, fact: anchor.id, offset }]);
    });
  }
});

describe('capture: a phrase that names no event the text told is no date', () => {
  for (const row of NO_FACT) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → no fact`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: '2024-05-02' });
      const spans = draft.capture.spans.filter((s) => s.phrase.toLowerCase().includes(row.phrase.toLowerCase()));
      expect(spans).to.deep.equal([]);
    });
  }
});
