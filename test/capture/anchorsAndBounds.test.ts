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
      expect(fact.relations, span.rule).to.deep.equal([{ type, fact: anchor.id, ...(offset ? { offset } : {}) }]);
    });
  }
});
