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
  {
    says: '"la madrugada del domingo" como el último domingo antes de la publicación',
    lang: 'es',
    text: 'La madrugada del domingo, el viento cambió de dirección.',
    published: '2024-04-23',
    phrase: 'La madrugada del domingo',
    when: '2024-04-21',
  },
  {
    says: '"a principios del próximo año" como enero–abril del año siguiente a la publicación',
    lang: 'es',
    text: 'El gobierno anunció que a principios del próximo año pondrá en marcha un programa.',
    published: '2024-04-23',
    phrase: 'a principios del próximo año',
    when: '2025-01/2025-04',
  },
  {
    says: '"a finales del año pasado" como septiembre–diciembre del año anterior a la publicación',
    lang: 'es',
    text: 'La obra comenzó a finales del año pasado.',
    published: '2024-04-23',
    phrase: 'a finales del año pasado',
    when: '2023-09/2023-12',
  },
  {
    says: 'a date after the figure compared with, from the story’s time, not from that figure’s date',
    lang: 'es',
    text: 'La dependencia registró 1.240 casos en septiembre, frente a 410 en septiembre de 2023. El primer caso grave se detectó a principios de julio.',
    published: '2024-10-07',
    phrase: 'a principios de julio',
    when: '2024-07-01/2024-07-10',
  },
  {
    says: 'a month after the figure compared with, from the story’s time',
    lang: 'en',
    text: 'The council counted 1,204 votes on 7 December, against 1,180 in May 2022. The library closure was announced in November.',
    published: '2024-01-17',
    phrase: 'November',
    when: '2023-11',
  },
  {
    says: '"the same day" after a later event dated only to a month as that month, not an older day',
    lang: 'en',
    text: 'The inquiry opened on 3 March 2023. In June, the report was published. The minister resigned the same day.',
    published: '2024-06-01',
    phrase: 'the same day',
    when: '2023-06',
    relation: ['same-day', 'the report was published', null],
    rule: /whole span is given, not a day/,
  },
  {
    says: '"ese mismo día" tras un hecho posterior fechado solo por su mes como ese mes',
    lang: 'es',
    text: 'La investigación se abrió el 3 de marzo de 2023. En junio se publicó el informe. Ese mismo día renunció el ministro.',
    published: '2024-06-01',
    phrase: 'Ese mismo día',
    when: '2023-06',
  },
  {
    says: '"that evening" after a flashback as the last day named',
    lang: 'en',
    text: 'The vote was held on 7 December 2023, after the councillor resigned the previous autumn. The count that evening gave her one more vote.',
    published: '2024-01-17',
    phrase: 'that evening',
    when: '2023-12-07',
  },
  {
    says: '"the following week" after an event dated only to a month as the weeks it may be',
    lang: 'en',
    text: 'The firm was founded in March 2019. The following week, it hired its first staff.',
    published: '2024-06-12',
    phrase: 'The following week',
    when: '2019-03-04/2019-04-07',
    relation: ['after', 'The firm was founded', null],
  },
  {
    says: '"al mes siguiente" tras un hecho fechado solo por su año como los meses que puede ser',
    lang: 'es',
    text: 'La empresa se fundó en 2019. Al mes siguiente contrató a su primer empleado.',
    published: '2024-06-12',
    phrase: 'mes siguiente',
    when: '2019-02/2020-01',
  },
  {
    says: '"around 2015" as an approximate year (±1 year), not the year',
    lang: 'en',
    text: 'The mine opened around 2015.',
    published: '2024-06-12',
    phrase: 'around 2015',
    when: '2015~',
  },
  {
    says: '"on or about 3 May" as an approximate day (±3 days)',
    lang: 'en',
    text: 'The shipment arrived on or about 3 May.',
    published: '2024-06-12',
    phrase: 'on or about 3 May',
    when: '2024-05-03~',
  },
  {
    says: '"alrededor del 3 de mayo de 2019" como un día aproximado',
    lang: 'es',
    text: 'La mina cerró alrededor del 3 de mayo de 2019.',
    published: '2024-06-12',
    phrase: 'alrededor del 3 de mayo de 2019',
    when: '2019-05-03~',
  },
  {
    says: 'a month joined to the one before by "and" in the tense of that one',
    lang: 'en',
    text: 'The board met twice in March and April.',
    published: '2024-06-12',
    phrase: 'April',
    when: '2024-04',
  },
  {
    says: '"start from 1 July" as the start itself, with its written day (chrono-node marks it implied)',
    lang: 'en',
    text: 'The programme will start from 1 July.',
    published: '2024-06-12',
    phrase: '1 July',
    when: '2024-07-01',
  },
  {
    says: '"a partir del 1 de julio" en futuro como un comienzo por venir',
    lang: 'es',
    text: 'El programa arrancará a partir del 1 de julio.',
    published: '2024-06-12',
    phrase: 'a partir del 1 de julio',
    when: '2024-07-01/..',
  },
  {
    says: '"hace un par de semanas" como unas dos semanas atrás, las semanas que puede ser',
    lang: 'es',
    text: 'El gobernador visitó la zona hace un par de semanas.',
    published: '2024-06-12',
    phrase: 'hace un par de semanas',
    when: '2024-05-20/2024-06-02',
  },
  {
    says: '"the second week of December" as days 8–14 of the month, not the month',
    lang: 'en',
    text: 'The regulator opened its inquiry in the second week of December.',
    published: '2026-01-20',
    phrase: 'the second week of December',
    when: '2025-12-08/2025-12-14',
  },
  {
    says: '"by the first week of May" as on or before its seventh day',
    lang: 'en',
    text: 'By the first week of May, every depot had closed.',
    published: '2025-07-02',
    phrase: 'By the first week of May',
    when: '../2025-05-07',
  },
  {
    says: '"the last week of September" as its last seven days',
    lang: 'en',
    text: 'The harvest failed in the last week of September 2023.',
    published: '2025-07-02',
    phrase: 'the last week of September 2023',
    when: '2023-09-24/2023-09-30',
  },
  {
    says: '"the last week of February" as late February, its last day depending on the year',
    lang: 'en',
    text: 'The pipes burst in the final week of February 2024.',
    published: '2025-07-02',
    phrase: 'the final week of February 2024',
    when: '2024-02-21/2024-02-29',
  },
  {
    says: '"la tercera semana de marzo" como los días 15 a 21',
    lang: 'es',
    text: 'La comisión sesionó la tercera semana de marzo.',
    published: '2025-07-02',
    phrase: 'la tercera semana de marzo',
    when: '2025-03-15/2025-03-21',
  },
  {
    says: 'a season in a story told in New Zealand as the Southern one',
    lang: 'en',
    text: 'AUCKLAND - The harbour board closed the eastern wharf in the winter of 2024.',
    published: '2025-03-02',
    phrase: 'the winter of 2024',
    when: '2024-32',
    rule: /June–August, Southern Hemisphere/,
  },
  {
    says: '"last summer" in a South African story as the Southern summer that ended before the publication',
    lang: 'en',
    text: 'Johannesburg water engineers say the pipes that burst last summer were never replaced.',
    published: '2025-05-20',
    phrase: 'last summer',
    when: '2024-30',
  },
  {
    says: 'una estación en una nota de Buenos Aires como la del hemisferio sur',
    lang: 'es',
    text: 'BUENOS AIRES.- La cooperativa cerró la planta en el otoño de 2023 por falta de gas.',
    published: '2024-02-11',
    phrase: 'el otoño de 2023',
    when: '2023-31',
  },
  {
    says: 'una estación en una nota chilena de región, sin nombrar el país',
    lang: 'es',
    text: 'La seremi de la Región de Los Lagos suspendió las faenas la primavera pasada.',
    published: '2025-01-15',
    phrase: 'la primavera pasada',
    when: '2024-29',
  },
  {
    says: 'a season as the Northern one where the text names a Northern country beside a Southern city',
    lang: 'en',
    text: 'The band, formed in Sydney, toured England in the summer of 2023.',
    published: '2024-02-11',
    phrase: 'the summer of 2023',
    when: '2023-22',
  },
  {
    says: 'una estación como la del norte aunque la nota nombre a un entrenador argentino',
    lang: 'es',
    text: 'El club fichó al argentino Ramiro Paz en el invierno de 2022.',
    published: '2024-02-11',
    phrase: 'el invierno de 2022',
    when: '2022-24',
  },
];

/** [what, language, text, phrase, reason]: mentions of time the words around them make no event. */
const NOT_EVENTS: [string, 'en' | 'es', string, string, RegExp][] = [
  [
    'the length of a wait',
    'en',
    'The agency waited almost three weeks before ordering the plant to stop.',
    'almost three weeks',
    /length of a wait/,
  ],
  [
    'la duración de una espera',
    'es',
    'Las brigadas tardaron tres semanas antes de llegar al primer foco.',
    'tres semanas',
    /length of a wait/,
  ],
  [
    'a season that recurs every year',
    'en',
    'Every year between March and June, the brigades patrol the hills.',
    'between March and June',
    /recurring time/,
  ],
  [
    'una temporada que se repite cada año',
    'es',
    'La dependencia informó que cada año, entre marzo y junio, concentra a sus brigadas.',
    'entre marzo y junio',
    /recurring time/,
  ],
  [
    'un fondo nombrado por su año',
    'es',
    'El programa se financia con recursos del Fondo Estatal Ambiental 2024.',
    'Fondo Estatal Ambiental 2024',
    /fund named by its year/,
  ],
  [
    'the outcome of a condition told with "would"',
    'en',
    'If the judge voids the result, a new poll would have to be held by the end of May.',
    'by the end of May',
    /hypothetical/,
  ],
  [
    'el resultado de una condición en condicional',
    'es',
    'Si el juez anula la elección, habría una nueva votación a finales de mayo.',
    'finales de mayo',
    /hypothetical/,
  ],
  [
    'a rule ("must … within 21 days of")',
    'en',
    'Under the law, a petition must be lodged within 21 days of the result.',
    'within 21 days of the result',
    /general rule/,
  ],
  [
    'a possibility ("can appear two to 14 days after")',
    'en',
    'Doctors asked guests to watch for symptoms, which can appear two to 14 days after exposure.',
    'two to 14 days after exposure',
    /general rule/,
  ],
  [
    'una regla ("deberá … diez días después de")',
    'es',
    'La empresa deberá pagar la multa diez días después de la notificación.',
    'diez días después de la notificación',
    /general rule/,
  ],
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

  for (const [what, lang, text, phrase, reason] of NOT_EVENTS) {
    it(`skips ${what} (${JSON.stringify(phrase)}) and records why`, () => {
      const draft = capture(text, { lang, publishedOn: '2024-04-23' });
      expect(draft.facts, JSON.stringify(draft.capture.spans)).to.deep.equal([]);
      const skipped = draft.capture.skipped.find((s) => s.phrase.includes(phrase) || phrase.includes(s.phrase));
      expect(skipped, JSON.stringify(draft.capture.skipped)).to.not.equal(undefined);
      expect(skipped?.reason).to.match(reason);
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
