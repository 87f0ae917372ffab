import { expect } from 'chai';
import { capture } from './captureHelpers.ts';

describe('capture: what is not an event', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'a law named by its year',
      'The charges fall under the 2010 Water Act, prosecutors said.',
      'the 2010 Water Act',
      /law or plan/,
    ],
    ['a plan named by its year', 'The city’s plan, Vision 2030, sets no deadline.', 'Vision 2030', /law or plan/],
    [
      'a convention named by its year, with "at" and "to" in its name',
      'The lifeboats meet the 1966 Rights to Safety at Work Convention, the inspector said.',
      'the 1966 Rights to Safety at Work Convention',
      /law or plan/,
    ],
    [
      'a Spanish law named by its year',
      'La Ley de Compras Públicas de 2014 obliga a retener los pagos.',
      'Ley de Compras Públicas de 2014',
      /law or plan/,
    ],
    ['an age', 'A 54-year-old man was admitted.', '54-year-old', /an age/],
    ['a Spanish age', 'La funcionaria, de 47 años, dijo que nadie le explicó la decisión.', 'de 47 años', /an age/],
    ['a 24-hour hotline', 'The department set up a 24-hour hotline.', '24-hour', /a duration/],
    ['a duration', 'The managers kept quiet for 20 months.', 'for 20 months', /a duration/],
    [
      'a duration with "within"',
      'The authority must notify households within 48 hours.',
      'within 48 hours',
      /a duration/,
    ],
    ['a time of day alone', 'The jury returned its verdict at 11 a.m.', '11 a.m.', /time of day/],
    ['a hypothetical', '“If I had known in 2021, I would have called the state,” he said.', 'in 2021', /hypothetical/],
    ['a comparison', 'Prices reached their highest level since 2015.', 'since 2015', /comparison/],
    [
      'the base of a comparison',
      'Quarterly revenue fell 6% from a year earlier, to $412 million.',
      'from a year earlier',
      /base of a comparison/,
    ],
    [
      'the base of a comparison after its figure',
      'Profit rose to $4.1 million from $3.2 million a year earlier.',
      'from $3.2 million a year earlier',
      /base of a comparison/,
    ],
    [
      'the base of a comparison after a figure with its unit',
      'Sales fell 3% to 1,200 units from 1,310 units a year ago.',
      'from 1,310 units a year ago',
      /base of a comparison/,
    ],
    [
      'the base of a comparison after a percentage',
      'Unemployment was 5.2%, compared with 4.8% a year earlier.',
      'compared with 4.8% a year earlier',
      /base of a comparison/,
    ],
    [
      'the base of a Spanish comparison',
      'Las ventas cayeron un 4% respecto al mismo mes del año pasado.',
      'respecto al mismo mes del año pasado',
      /base of a comparison/,
    ],
    ['a decade describing a thing', 'They restored a 1920s sailing barge.', '1920s', /decade describing a thing/],
    [
      'a plan named by its year after its name',
      'El Plan Nacional 2030 fija metas.',
      'Plan Nacional 2030',
      /law or plan/,
    ],
    [
      'a law named with its year after the name',
      '“We followed the Procurement Act 2015 to the letter,” he said.',
      'Procurement Act 2015',
      /law or plan/,
    ],
    [
      'an anniversary this year',
      'The association, which marks its 40th anniversary this year, collected signatures.',
      '40th anniversary this year',
      /anniversary/,
    ],
    [
      'a Spanish anniversary next year',
      'El club celebrará su 75 aniversario el próximo año.',
      '75 aniversario el próximo año',
      /anniversary/,
    ],
    [
      'years completed in a post',
      'Ibarra cumplirá en abril tres años al frente de la subsecretaría.',
      'cumplirá en abril tres años',
      /anniversary/,
    ],
    ['a role held now', 'Ochoa, hoy diputada local, criticó la respuesta del Gobierno.', 'hoy', /role held now/],
    ['a role held now, in English', 'Grant, today a consultant, disagrees.', 'today', /role held now/],
    ['a birthday', 'She turned 60 last year, friends said.', 'turned 60 last year', /anniversary/],
    ['a Spanish birthday', 'La alcaldesa cumple 60 años este mes.', 'cumple 60 años este mes', /anniversary/],
    ['a target named by its year', 'The firm’s 2030 target is net zero.', '2030 target', /target or report/],
    [
      'a report named by its year',
      'The company’s 2024 annual report shows losses.',
      '2024 annual report',
      /target or report/,
    ],
    [
      'a Spanish target named by its year',
      'La meta para 2030 es reducir emisiones.',
      'meta para 2030',
      /target or report/,
    ],
    ['a recurring day', 'The clinic is open every Monday.', 'every Monday', /recurring/],
    ['a Spanish recurring day', 'La clínica abre todos los lunes.', 'todos los lunes', /recurring/],
    [
      'a day recurring every other week',
      'She checks her pay stub every other Friday.',
      'every other Friday',
      /recurring/,
    ],
    [
      'a Spanish day recurring every other week',
      'Revisa su recibo de sueldo cada dos viernes.',
      'cada dos viernes',
      /recurring/,
    ],
    ['"24/7"', 'The line runs around the clock, 24/7.', '24/7', /recurring/],
    ['a photo credit', 'The port reopened.\n\nPhoto: Ana Ruiz, 2019', '2019', /photo credit/],
    [
      'a condition on who is concerned',
      'Anyone who visited the spa between July 10 and Aug. 10 should see a doctor.',
      'between July 10 and Aug. 10',
      /condition on who/,
    ],
    [
      'a Spanish condition on who is concerned',
      'Quienes visitaron el balneario entre el 10 de julio y el 10 de agosto deben ir al médico.',
      'entre el 10 de julio y el 10 de agosto',
      /condition on who/,
    ],
    [
      'a Spanish condition on who is concerned, after a verb',
      'La Secretaría recomendó vacunarse a quienes viajaron a Texas después del 15 de diciembre.',
      'después del 15 de diciembre',
      /condition on who/,
    ],
    ['a comparison with any superlative', 'Exports were the weakest since 2009.', 'since 2009', /comparison/],
    [
      'the base of a comparison with a year',
      'Las ventas cayeron un 4% en comparación con el mismo trimestre de 2022.',
      'el mismo trimestre de 2022',
      /base of a comparison/,
    ],
    ['a fiscal year', 'It expects a profit for fiscal 2023 of $90 million.', 'fiscal 2023', /fiscal year/],
    [
      'accounts named by their year',
      'The club filed its 2019 accounts eight months late.',
      'its 2019 accounts',
      /accounts/,
    ],
    [
      'Spanish accounts named by their year',
      'La auditoría revisó las cuentas anuales de 2017 del club.',
      'cuentas anuales de 2017',
      /accounts/,
    ],
    [
      'a public account named by its year',
      'El órgano fiscalizador observó la Cuenta Pública 2022 del municipio.',
      'Cuenta Pública 2022',
      /accounts/,
    ],
    [
      'a plan named by a span of years',
      'El Programa Regional de Agua Potable 2020-2026 no menciona la presa.',
      'Programa Regional de Agua Potable 2020-2026',
      /law or plan/,
    ],
    [
      'a strategy named by its year with "de" inside',
      'La Estrategia Estatal de Movilidad 2035 no fija plazos.',
      'Estrategia Estatal de Movilidad 2035',
      /law or plan/,
    ],
    [
      'an English plan named by a span of years',
      'The Coastal Defence Plan 2022–2030 names no contractor.',
      'Coastal Defence Plan 2022–2030',
      /law or plan/,
    ],
    [
      'a law whose year follows its name and a comma',
      'The firm was registered under the Chit Funds Act, 1982, the police said.',
      'Chit Funds Act, 1982',
      /law or plan/,
    ],
    [
      'regulations with a word in brackets in their name',
      'Under the Police (Conduct) Regulations 2020 he can still face a hearing.',
      'Police (Conduct) Regulations 2020',
      /law or plan/,
    ],
    [
      'an order named by its year',
      'The bolt was a breach of the Air Navigation Order 2016, the regulator said.',
      'Air Navigation Order 2016',
      /law or plan/,
    ],
    [
      'an ordinance with its year before its name',
      'The contract was renewed under an emergency clause of the 2011 Municipal Procurement Ordinance.',
      'the 2011 Municipal Procurement Ordinance',
      /law or plan/,
    ],
    [
      'a law named by its year and a word in lower case',
      'Under a 2003 state law, people who are wrongfully convicted can seek damages.',
      'a 2003 state law',
      /law or plan/,
    ],
    [
      'a code named by its year after a possessive',
      "The Guild's 2012 code of practice asks members to disclose any doubt.",
      "Guild's 2012 code",
      /law or plan/,
    ],
    [
      'a Spanish law named by its number and year',
      'La Ley 19.300 de 1994 permite a cualquier vecino reclamar.',
      'Ley 19.300 de 1994',
      /law or plan/,
    ],
    [
      'a Spanish decree named by its number and year',
      'El muro cumple con el Decreto Supremo 248 de 2007, dijo el gerente.',
      'Decreto Supremo 248 de 2007',
      /law or plan/,
    ],
    [
      'a Spanish law whose year follows a comma',
      'La Ley del Notariado, de 2015, castiga la falsificación con prisión.',
      'Ley del Notariado, de 2015',
      /law or plan/,
    ],
  ];
  for (const [what, text, phrase, reason] of cases) {
    it(`skips ${what} (${JSON.stringify(phrase)}) and records why`, () => {
      const draft = capture(text, { publishedOn: '2024-03-15' });
      expect(draft.facts, JSON.stringify(draft.capture.spans)).to.deep.equal([]);
      const skipped = draft.capture.skipped.find(
        (s) => s.phrase.includes(phrase.replace(/^the /, '')) || phrase.includes(s.phrase),
      );
      expect(skipped, JSON.stringify(draft.capture.skipped)).to.not.equal(undefined);
      expect(skipped?.reason).to.match(reason);
      expect(text.slice(skipped?.start, skipped?.end)).to.equal(skipped?.phrase);
    });
  }

  it('skips a comparison with an event the text told ("the largest since the fire") and keeps that event', () => {
    const rows: [string, string, 'en' | 'es'][] = [
      ['The fire started on 9 July 2023. The clip was the largest since the fire.', 'since the fire', 'en'],
      [
        'El incendio comenzó el 9 de julio de 2023. La cosecha fue la mayor desde el incendio.',
        'desde el incendio',
        'es',
      ],
    ];
    for (const [text, phrase, lang] of rows) {
      const draft = capture(text, { publishedOn: '2024-03-15', lang });
      expect(
        draft.facts.map((f) => f.when),
        text,
      ).to.deep.equal(['2023-07-09']);
      const skipped = draft.capture.skipped.find((s) => s.phrase === phrase);
      expect(skipped?.reason, JSON.stringify(draft.capture.skipped)).to.match(/comparison/);
    }
  });

  it('keeps the dates a law was passed or took effect on beside its name', () => {
    const en = capture('The council passed the Tea Act, 2020 in March 2020, and it took effect in 2021.', {
      publishedOn: '2024-03-15',
    });
    expect(en.capture.spans.map((s) => s.phrase)).to.deep.equal(['March 2020', '2021']);
    const es = capture('La Ley 19.300 de 1994, aprobada el 3 de marzo de 1994, entró en vigor en 1995.', {
      publishedOn: '2024-03-15',
    });
    expect(es.capture.spans.map((s) => s.phrase)).to.deep.equal(['3 de marzo de 1994', '1995']);
  });

  it('skips the byline date and takes it as the publication date when none is given', () => {
    const text =
      'Council votes to close the library\n\nBy Jane Doe | March 15, 2024\n\nThe council voted on Monday to close the library, ending a debate that began in 2019 and split the town.';
    const draft = capture(text);
    expect(draft.capture.skipped.map((s) => [s.phrase, s.reason])).to.deep.include([
      'March 15, 2024',
      'the byline date',
    ]);
    expect(draft.capture.publishedOnFrom).to.equal('byline');
    expect(draft.sources[0]?.publishedOn).to.equal('2024-03-15');
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2024-03-11', '2019']);
  });

  it('keeps events told in the future and inside a quoted person’s words', () => {
    const draft = capture(
      '“We will file the appeal on 2 April 2024,” she said. The hearing will be held on 5 May 2024.',
    );
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2024-04-02', '2024-05-05']);
  });

  it('does not read a month name before a name as a date ("April Jones said")', () => {
    const draft = capture('Her spokeswoman, April Jones, declined to comment on the vote of 3 May 2024.');
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2024-05-03']);
  });

  it('keeps what named or counted people did ("people who had attended … in mid-July")', () => {
    const draft = capture(
      'By Aug. 2, four more cases had been reported, all among people who had attended a conference at the hotel in mid-July.',
      { publishedOn: '2024-08-10' },
    );
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['../2024-08-02', '2024-07-11/2024-07-20']);
  });
});
