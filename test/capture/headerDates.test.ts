import { expect } from 'chai';
import { capture } from './captureHelpers.ts';

const STANDFIRST =
  'For two years a young chess player was banned on the word of an algorithm that nobody at her federation could explain, until a statistician started counting.';
const ENTRADILLA =
  'Los camioneros exigen que la estatal garantice el combustible; el Gobierno atribuye la escasez a retrasos en las importaciones y promete normalizar la entrega.';

/** The date phrases capture reads as facts, and those it skips as the header's. */
function read(text: string, lang: 'en' | 'es'): { facts: string[]; header: string[] } {
  const draft = capture(text, { lang, publishedOn: '2026-03-24' });
  return {
    facts: draft.capture.spans.map((s) => s.phrase),
    header: draft.capture.skipped.filter((s) => s.reason === 'the byline date').map((s) => s.phrase),
  };
}

describe('capture: the dates of the header a byline opens are the publication’s, not events', () => {
  const rows: readonly [
    what: string,
    text: string,
    lang: 'en' | 'es',
    header: readonly string[],
    facts: readonly string[],
  ][] = [
    [
      'the line after the byline, below a long standfirst',
      `The Machine Said She Cheated\n\n${STANDFIRST}\n\nBy Corinne Waite\nMarch 24, 2026\n\nThe federation banned her on January 14, 2024.`,
      'en',
      ['March 24, 2026'],
      ['January 14, 2024'],
    ],
    [
      'every date of a "Published … | Updated …" line',
      `Audit finds laptops never left the warehouse\n\n${STANDFIRST}\n\nBy Marcus Oyelowo\nPublished Sept. 5, 2025 | Updated Sept. 8, 2025, 9:14 a.m.\n\nThe audit was delivered on Aug. 12, 2025.`,
      'en',
      ['Sept. 5, 2025', 'Sept. 8, 2025'],
      ['Aug. 12, 2025'],
    ],
    [
      'the byline, the publication’s name and its date on three short lines',
      `THE WARM ROOM\n\n${STANDFIRST}\n\nBy Tamsin Okafor-Reid\nThe Long Field Review\n18 November 2026\n\nThe freezer failed on Monday 5 February 2024.`,
      'en',
      ['18 November 2026'],
      ['5 February 2024'],
    ],
    [
      "the line after a byline whose writer bears a month's name",
      `THE WARM ROOM\n\n${STANDFIRST}\n\nBy June Okafor\n18 November 2026\n\nThe freezer failed on Monday 5 February 2024.`,
      'en',
      ['18 November 2026'],
      ['5 February 2024'],
    ],
    [
      'a Spanish dateline opening the line after the byline',
      `Comuneros frenan a minera\n\n${ENTRADILLA}\n\nPor Mariana Solís Ortega\nOaxaca de Juárez, 18 de julio de 2024.– La comunidad mantiene un bloqueo desde el 2 de mayo de 2024 en el único camino a la mina, y el juez suspendió las obras.`,
      'es',
      ['18 de julio de 2024'],
      ['2 de mayo de 2024'],
    ],
    [
      'a Spanish dateline in capitals with its weekday in brackets',
      `Contraloría detecta planilleros\n\n${ENTRADILLA}\n\nPor Liz Carolina Benítez | Corresponsal\n\nSAN ROQUE DEL TEBICUARY (viernes 18 de julio de 2025). La Fiscalía imputó a la directora, que había sido nombrada el 3 de marzo de 2022.`,
      'es',
      ['18 de julio de 2025'],
      ['3 de marzo de 2022'],
    ],
    [
      'a Spanish dateline opening the first paragraph, with no byline',
      `Transporte pesado bloquea accesos\n\nLos camioneros exigen que la estatal garantice el combustible.\n\nCandelaria, 14 de mayo de 2025 (Redacción Central).- Al menos seis puntos de bloqueo siguen cerrados, y el paro empezó el 12 de mayo de 2025 en la ruta al norte.`,
      'es',
      ['14 de mayo de 2025'],
      ['12 de mayo de 2025'],
    ],
  ];
  for (const [what, text, lang, header, facts] of rows)
    it(`skips ${what}`, () => {
      const got = read(text, lang);
      for (const h of header) expect(got.header.some((p) => p.includes(h))).to.equal(true, JSON.stringify(got));
      for (const f of facts) expect(got.facts.some((p) => p.includes(f))).to.equal(true, JSON.stringify(got));
      for (const h of header) expect(got.facts.some((p) => p.includes(h))).to.equal(false, JSON.stringify(got));
    });

  it('keeps a date that opens the first paragraph after a word of time ("Ayer, 3 de mayo …", "On 3 May 2024, …")', () => {
    const es = read(
      `Título\n\n${ENTRADILLA}\n\nPor Ana Ruiz\n\nAyer, 3 de mayo de 2026, el comité votó la huelga.`,
      'es',
    );
    expect(es.facts.some((p) => p.includes('3 de mayo de 2026'))).to.equal(true, JSON.stringify(es));
    const en = read(`Title\n\n${STANDFIRST}\n\nBy Ana Ruiz\n\nOn 3 May 2026, the committee voted to strike.`, 'en');
    expect(en.facts.some((p) => p.includes('3 May 2026'))).to.equal(true, JSON.stringify(en));
  });

  it('keeps the date of a short paragraph opening with "By" and no writer\'s name ("By March 3, 2024, …", "By then …")', () => {
    for (const opening of [
      'By March 3, 2024, the plant had closed.',
      'By then, on March 3, 2024, the plant had closed.',
    ]) {
      const en = read(`Title\n\n${STANDFIRST}\n\n${opening}\n\nThe union met on 5 May 2024.`, 'en');
      expect(en.header, opening).to.deep.equal([]);
      expect(
        en.facts.some((p) => p.includes('March 3, 2024')),
        JSON.stringify(en),
      ).to.equal(true);
    }
    const es = read(
      `Título\n\n${ENTRADILLA}\n\nPor entonces, el 3 de marzo de 2024, la planta había cerrado.\n\nEl sindicato se reunió el 5 de mayo de 2024.`,
      'es',
    );
    expect(es.header).to.deep.equal([]);
    expect(
      es.facts.some((p) => p.includes('3 de marzo de 2024')),
      JSON.stringify(es),
    ).to.equal(true);
  });
});
