import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/** One phrase of a short story and the date it must get. */
export interface DateRow {
  readonly text: string;
  readonly publishedOn: string;
  /** The date phrase (its first occurrence) and the date it must get. */
  readonly phrase: string;
  readonly when: string;
  /** The story's language: English unless said. */
  readonly lang?: 'en' | 'es';
}

/** One `describe` per rule, one `it` per row: the row's phrase must be dated `when`. */
export function describeDateTables(tables: ReadonlyArray<readonly [string, readonly DateRow[]]>): void {
  for (const [rule, rows] of tables) {
    describe(rule, () => {
      for (const row of rows) {
        it(`dates "${row.phrase}" in "${row.text.slice(0, 70)}…" as ${row.when}`, () => {
          const draft = capture(row.text, { lang: row.lang ?? 'en', publishedOn: row.publishedOn });
          expect(factAt(draft, row.phrase).fact.when).to.equal(row.when);
        });
      }
    });
  }
}
