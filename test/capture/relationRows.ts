import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/** A relative phrase in a text of its own: its EDTF and its relation. */
export interface RelationRow {
  readonly says?: string;
  readonly lang?: 'en' | 'es';
  readonly text: string;
  readonly phrase: string;
  readonly when: string;
  /** [type, words of the anchor fact's summary, offset] */
  readonly relation: readonly [string, string, string | null];
}

/** One test per row: the phrase's fact relates to the fact saying the words, and is dated `when`. */
export function describeRelationRows(title: string, rows: readonly RelationRow[], publishedOn = '2023-10-18'): void {
  describe(title, () => {
    for (const row of rows) {
      it(`reads ${row.says ? `${row.says}: ` : ''}${JSON.stringify(row.phrase)} → ${row.when}`, () => {
        const draft = capture(row.text, { lang: row.lang ?? 'en', publishedOn });
        const { fact, span } = factAt(draft, row.phrase);
        const [type, words, offset] = row.relation;
        const anchor = factSaying(draft, words);
        expect(fact.relations, span.rule).to.deep.equal([{ type, fact: anchor.id, offset }]);
        expect(fact.when, span.rule).to.equal(row.when);
      });
    }
  });
}
