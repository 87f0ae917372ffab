import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * Date phrases reporters use that count from the story's own time or from the publication:
 * fortnights, seasons before and after the narrative's date, parts of the decade, "overnight",
 * the future seen from a past telling (docs/design.md, How capture reads dates).
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly published: string;
  readonly phrase: string;
  readonly when: string;
  /** [type, words of the anchor fact's summary, offset]. */
  readonly relation?: readonly [string, string, string | null];
  readonly rule?: RegExp;
}

const ROWS: Row[] = [
  {
    says: '"a fortnight later" as two weeks after the previous event',
    lang: 'en',
    text: 'Officers visited the site on 30 October. A fortnight later, a walker found dead trout.',
    published: '2025-02-11',
    phrase: 'A fortnight later',
    when: '2024-11-13',
    relation: ['after', 'Officers visited', 'P2W'],
  },
  {
    says: '"the previous autumn" as the autumn that ended before the narrative’s date',
    lang: 'en',
    text: 'The by-election was held on Thursday, 7 December, after the councillor resigned the previous autumn.',
    published: '2024-01-17',
    phrase: 'the previous autumn',
    when: '2023-23',
    rule: /latest one that ended before the last date the text established \(7 December 2023\)/,
  },
  {
    says: '"the following spring" as the first spring after the narrative’s date',
    lang: 'en',
    text: 'The union led a strike in late 1981. The port authority settled the following spring.',
    published: '2024-01-17',
    phrase: 'the following spring',
    when: '1982-21',
  },
  {
    says: '"la primavera siguiente" como la primera primavera después de la fecha del relato',
    lang: 'es',
    text: 'El incendio ocurrió en agosto de 2021. La reforestación comenzó la primavera siguiente.',
    published: '2024-01-17',
    phrase: 'la primavera siguiente',
    when: '2022-21',
  },
  {
    says: '"el otoño anterior" como el último otoño antes de la fecha del relato',
    lang: 'es',
    text: 'La elección se celebró el 3 de marzo de 2024; el alcalde había renunciado el otoño anterior.',
    published: '2024-05-17',
    phrase: 'el otoño anterior',
    when: '2023-23',
  },
  {
    says: '"at the start of the decade" as the first four years of the publication’s decade',
    lang: 'en',
    text: 'The company was fined twice at the start of the decade.',
    published: '2025-02-11',
    phrase: 'the start of the decade',
    when: '2020/2023',
  },
  {
    says: '"a finales de la década" como los tres últimos años de la década de la publicación',
    lang: 'es',
    text: 'La empresa cerrará la planta a finales de la década.',
    published: '2025-02-11',
    phrase: 'finales de la década',
    when: '2027/2029',
  },
  {
    says: '"Overnight" as the night before the publication',
    lang: 'en',
    text: 'Overnight, the agency published the terms of its review.',
    published: '2025-02-11',
    phrase: 'Overnight',
    when: '2025-02-10/2025-02-11',
  },
  {
    says: '"overnight" after a day the paragraph named as the night after that day',
    lang: 'en',
    text: 'The storm reached the coast on 3 March 2024. The river rose overnight.',
    published: '2025-02-11',
    phrase: 'overnight',
    when: '2024-03-03/2024-03-04',
  },
  {
    says: '"would" after a season as the future seen from that time, not before it',
    lang: 'en',
    text: 'The agency said its review, begun over the summer of 2024, would report by the end of March.',
    published: '2025-02-11',
    phrase: 'by the end of March',
    when: '../2025-03',
  },
  {
    says: 'un condicional después de una fecha como un futuro visto desde ella',
    lang: 'es',
    text: 'La revisión, iniciada en el verano de 2024, concluiría en marzo, según la dependencia.',
    published: '2025-02-11',
    phrase: 'marzo',
    when: '2025-03',
  },
];

describe('capture: dates told from the story’s time', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: row.published });
      const { fact, span } = factAt(draft, row.phrase);
      expect(fact.when, span.rule).to.equal(row.when);
      if (row.rule) expect(span.rule).to.match(row.rule);
      if (row.relation) {
        const [type, anchorWords, offset] = row.relation;
        expect(fact.relations).to.deep.equal([{ type, fact: factSaying(draft, anchorWords).id, offset }]);
      }
    });
  }

  it('keeps "an overnight stay" and "for a fortnight" out of the facts', () => {
    const draft = capture('They booked an overnight stay on 3 March 2024 and stayed for a fortnight.', {
      lang: 'en',
      publishedOn: '2025-02-11',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on 3 March 2024']);
    expect(draft.capture.skipped.map((s) => s.reason)).to.include('a duration');
  });
});
