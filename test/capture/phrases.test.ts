import { expect } from 'chai';
import { capture, factAt, factSaying } from './captureHelpers.ts';

/**
 * How capture reads each kind of date phrase (docs/design.md, How capture reads dates): the text,
 * the publication date, the phrase → the EDTF, the relation, the stated weekday, the rule.
 */
interface Row {
  readonly says: string;
  readonly text: string;
  readonly published?: string;
  readonly phrase: string;
  readonly when: string;
  /** [type, words of the anchor fact's summary, offset]. */
  readonly relation?: readonly [string, string, string | null];
  readonly weekday?: string;
  readonly rule?: RegExp;
}

const ENGLISH: Row[] = [
  {
    says: 'a full date as written',
    text: 'The council met on 10 March 2019.',
    phrase: '10 March 2019',
    when: '2019-03-10',
    rule: /states the full date/,
  },
  {
    says: 'a day without a year in the publication’s year',
    text: 'The board met on March 4.',
    published: '2024-03-15',
    phrase: 'March 4',
    when: '2024-03-04',
    rule: /nearest to the publication date/,
  },
  {
    says: 'a past event never after the publication',
    text: 'The board met on April 2.',
    published: '2024-03-15',
    phrase: 'April 2',
    when: '2023-04-02',
    rule: /not after the publication/,
  },
  {
    says: 'a future event never before the publication',
    text: 'The board will meet on March 2.',
    published: '2024-03-15',
    phrase: 'March 2',
    when: '2025-03-02',
  },
  {
    says: 'a date without a year from the narrative’s last date',
    text: 'In October 2021 the audit began. The auditors reported on 12 November.',
    published: '2024-03-15',
    phrase: '12 November',
    when: '2021-11-12',
    rule: /last date the text established \(October 2021\)/,
  },
  {
    says: 'a stated weekday choosing the year',
    text: 'The firm was charged in March 2021. The trial opened on Monday, March 4, with testimony.',
    published: '2024-03-15',
    phrase: 'Monday, March 4',
    when: '2024-03-04',
    weekday: 'Monday',
    rule: /on the Monday the text names/,
  },
  {
    says: 'the year as uncertain as the publication date',
    text: 'A report was sent on April 22.',
    published: '2022-10?',
    phrase: 'April 22',
    when: '?2022-04-22',
    rule: /as uncertain as the publication/,
  },
  { says: 'a month', text: 'Prices rose in March 2020.', phrase: 'March 2020', when: '2020-03' },
  { says: 'a year', text: 'The rules changed in 2019.', phrase: '2019', when: '2019' },
  {
    says: 'a season (Northern, meteorological)',
    text: 'The bridge opened in the summer of 2020.',
    phrase: 'summer of 2020',
    when: '2020-22',
  },
  {
    says: '"last summer": the latest summer that ended before the publication',
    text: 'The plant closed last summer.',
    published: '2024-03-15',
    phrase: 'last summer',
    when: '2023-22',
  },
  {
    says: '"this summer": the publication’s summer',
    text: 'The plant will reopen this summer.',
    published: '2024-03-15',
    phrase: 'this summer',
    when: '2024-22',
  },
  {
    says: 'a quarter',
    text: 'Sales fell in the second quarter of 2023.',
    phrase: 'second quarter of 2023',
    when: '2023-34',
  },
  {
    says: 'the last quarter of a year, its fourth',
    text: 'Arrivals slumped in the final quarter of 2019.',
    phrase: 'final quarter of 2019',
    when: '2019-36',
  },
  {
    says: 'a half-year',
    text: 'Exports grew in the first half of 2021.',
    phrase: 'first half of 2021',
    when: '2021-40',
  },
  {
    says: '"late 2022" as September–December',
    text: 'The work stopped in late 2022.',
    phrase: 'late 2022',
    when: '2022-09/2022-12',
    rule: /late = September–December/,
  },
  {
    says: '"mid-2021" as May–August',
    text: 'The plan was dropped in mid-2021.',
    phrase: 'mid-2021',
    when: '2021-05/2021-08',
  },
  {
    says: '"early this year" from the publication',
    text: 'The scheme nearly collapsed early this year.',
    published: '2024-03-15',
    phrase: 'early this year',
    when: '2024-01/2024-04',
  },
  {
    says: '"early March" as days 1–10',
    text: 'The manager was sacked in early March.',
    published: '2024-03-15',
    phrase: 'early March',
    when: '2024-03-01/2024-03-10',
  },
  {
    says: '"by June" as on or before',
    text: 'The work will be done by June.',
    published: '2024-03-15',
    phrase: 'by June',
    when: '../2024-06',
  },
  {
    says: '"since 2019" as from 2019 on',
    text: 'He has served on the board since 2019.',
    phrase: 'since 2019',
    when: '2019/..',
  },
  {
    says: '"until at least August" as from August on',
    text: 'The drones will stay grounded until at least August.',
    published: '2024-03-15',
    phrase: 'until at least August',
    when: '2024-08/..',
  },
  {
    says: '"not … until" placing the event at that date',
    text: 'Councillors were not told of the delays until late 2022.',
    phrase: 'until late 2022',
    when: '2022-09/2022-12',
  },
  {
    says: '"postponed until" placing the event at that date',
    text: 'The upgrade was postponed until 2026.',
    phrase: 'until 2026',
    when: '2026',
  },
  {
    says: '"had not … since" making the date the last time',
    text: 'The club had not won a game since 17 February 2024.',
    phrase: 'since 17 February 2024',
    when: '2024-02-17',
  },
  {
    says: 'a run of years',
    text: 'He awarded contracts between 2015 and 2018.',
    phrase: 'between 2015 and 2018',
    when: '2015/2018',
  },
  {
    says: 'a run of days',
    text: 'A consultation ran from 4 September to 13 October.',
    published: '2023-11-21',
    phrase: '4 September',
    when: '2023-09-04/2023-10-13',
  },
  {
    says: '"the weekend of" a day',
    text: 'The season starts on the weekend of August 10.',
    published: '2024-05-05',
    phrase: 'weekend of August 10',
    when: '2024-08-10/2024-08-11',
  },
  {
    says: '"the year to June 2023"',
    text: 'The club lost money in the year to June 2023.',
    phrase: 'June 2023',
    when: '2022-07/2023-06',
  },
  { says: 'a decade', text: 'The mains were built in the 1950s.', phrase: '1950s', when: '195X' },
  {
    says: '"ten days after" the event it names',
    text: 'An inspection took place on 7 March 2022. Ten days after the inspection, the minister wrote.',
    phrase: 'Ten days after the inspection',
    when: '2022-03-17',
    relation: ['after', 'An inspection took place', 'P10D'],
    rule: /shares 'inspect'/,
  },
  {
    says: '"three days later" after the previous event',
    text: 'The patient was admitted on 23 July 2024. Doctors confirmed the infection three days later.',
    phrase: 'three days later',
    when: '2024-07-26',
    relation: ['after', 'The patient was admitted', 'P3D'],
    rule: /previous event/,
  },
  {
    says: '"a week earlier" before the previous event',
    text: 'Lang replied on 13 September 2021. A week earlier, he had told the board all was well.',
    phrase: 'A week earlier',
    when: '2021-09-06',
    relation: ['before', 'Lang replied', 'P1W'],
  },
  {
    says: 'calendar months with the day clamped',
    text: 'The contract was signed on 31 December 2021. Two months after the contract was signed, the supplier asked for more.',
    phrase: 'Two months after',
    when: '2022-02-28',
    relation: ['after', 'The contract was signed on', 'P2M'],
  },
  {
    says: '"less than a year after" as at most a year',
    text: 'The licence was granted on 1 March 2022. The company collapsed less than a year after the licence was granted.',
    published: '2024-03-15',
    phrase: 'less than a year after',
    when: '2022-03-01/2023-03-01',
    relation: ['after', 'The licence was granted', '../P1Y'],
  },
  {
    says: '"about 20 months after" widened by a month',
    text: 'The firm was founded on 15 January 2020. About 20 months after it was founded, it listed its shares.',
    phrase: 'About 20 months after',
    when: '2021-08-15/2021-10-15',
    relation: ['after', 'The firm was founded', 'P20M~'],
  },
  {
    says: '"within weeks of" up to the publication',
    text: 'The report came out on 5 June 2023. Within weeks of the report, the state opened an inquiry.',
    published: '2024-06-28',
    phrase: 'Within weeks of the report',
    when: '2023-06-05/2024-06-28',
    relation: ['after', 'The report came out', null],
  },
  {
    says: '"earlier that month" as that month, before',
    text: 'The licence was granted on 30 May 2022. Earlier that month, the company had donated money.',
    phrase: 'Earlier that month',
    when: '2022-05',
    relation: ['before', 'The licence was granted', null],
  },
  {
    says: '"the following Monday" with its weekday',
    text: 'Samples were taken on Monday, Aug. 5, 2024. The results came back the following Monday.',
    phrase: 'the following Monday',
    when: '2024-08-12',
    weekday: 'Monday',
    relation: ['after', 'Samples were taken', 'P7D'],
  },
  {
    says: '"the same day"',
    text: 'The results came on 12 August 2024. The hotel shut the tower the same day.',
    phrase: 'the same day',
    when: '2024-08-12',
    relation: ['same-day', 'The results came', null],
  },
  {
    says: '"by then" as on or before the previous event',
    text: 'The plant closed on 3 May 2021. By then, most staff had left.',
    phrase: 'By then',
    when: '../2021-05-03',
    relation: ['before', 'The plant closed', null],
  },
  {
    says: '"more than three years ago" from the publication',
    text: 'The case began more than three years ago.',
    published: '2024-03-15',
    phrase: 'three years ago',
    when: '../2021-03-15',
  },
  {
    says: '"yesterday" from the publication',
    text: 'The minister resigned yesterday.',
    published: '2024-03-15',
    phrase: 'yesterday',
    when: '2024-03-14',
  },
  {
    says: '"last week" as the Monday–Sunday before',
    text: 'The mayor said last week that she did not recall the call.',
    published: '2024-06-28',
    phrase: 'last week',
    when: '2024-06-17/2024-06-23',
  },
  {
    says: 'a weekday alone as the latest one before the publication',
    text: 'A jury on Thursday convicted him.',
    published: '2024-03-15',
    phrase: 'on Thursday',
    when: '2024-03-14',
    weekday: 'Thursday',
  },
  {
    says: '"next Wednesday" after the publication',
    text: 'Tests are scheduled for next Wednesday.',
    published: '2024-08-16',
    phrase: 'next Wednesday',
    when: '2024-08-21',
    weekday: 'Wednesday',
  },
  {
    says: 'a stated date set off after a relative phrase ("…, in May 2021") restating it, the relation kept',
    text: 'The lease was signed on 3 March 2019. The tenant stopped paying rent about two years after the lease was signed, in May 2021, the court heard.',
    published: '2023-10-03',
    phrase: 'May 2021',
    when: '2021-05',
    relation: ['after', 'The lease was signed', 'P2Y~'],
    rule: /wins over 'about two years after/,
  },
  {
    says: 'a stated date winning over a relative phrase of the same clause, the relation kept',
    text: 'The licence was granted on 30 May 2022. A crane collapsed in the autumn of 2022. Marin left in February, less than a year after the licence was granted.',
    published: '2023-10-03',
    phrase: 'February',
    when: '2023-02',
    relation: ['after', 'The licence was granted', '../P1Y'],
    rule: /wins over 'less than a year after/,
  },
  {
    says: '"had not won since" as the last win, never after the publication',
    text: 'The team had not won since 20 August.',
    published: '2023-10-09',
    phrase: 'since 20 August',
    when: '2023-08-20',
    rule: /last time it happened/,
  },
  {
    says: 'a past tense that reads as a present one ("it forecast")',
    text: 'It now expects a profit of $90 million, down from the $120 million it forecast in early August.',
    published: '2023-11-08',
    phrase: 'early August',
    when: '2023-08-01/2023-08-10',
  },
  {
    says: 'the telling’s tense, not that of the statement it reports',
    text: 'The chief executive said on Monday that the company will appeal.',
    published: '2024-05-15',
    phrase: 'on Monday',
    when: '2024-05-13',
    weekday: 'Monday',
  },
  {
    says: '"two years ago" as the year it lands in, not a day',
    text: 'The council objected two years ago.',
    published: '2024-03-15',
    phrase: 'two years ago',
    when: '2022',
    rule: /whole year it lands in/,
  },
  {
    says: '"three months ago" as the month it lands in',
    text: 'The council objected three months ago.',
    published: '2024-03-15',
    phrase: 'three months ago',
    when: '2023-12',
  },
  {
    says: '"May or June 2021" as both months',
    text: 'The council objected in May or June 2021.',
    phrase: 'May or June 2021',
    when: '2021-05/2021-06',
  },
  {
    says: '"on or before" as on or before the day itself',
    text: 'The report must be filed on or before 3 May 2021.',
    phrase: 'on or before 3 May 2021',
    when: '../2021-05-03',
  },
];

const SPANISH: Row[] = [
  {
    says: '"el pasado 2 de mayo" as the latest before the publication',
    text: 'El pasado 2 de mayo, la empresa recibió la transferencia.',
    published: '2023-06-14',
    phrase: 'pasado 2 de mayo',
    when: '2023-05-02',
  },
  {
    says: '"diez días después de la alerta"',
    text: 'El 21 de abril, Solís envió un oficio. Diez días después de la alerta, Ibarra autorizó el pago.',
    published: '2023-06-14',
    phrase: 'Diez días después',
    when: '2023-05-01',
    relation: ['after', 'Solís envió un oficio', 'P10D'],
  },
  {
    says: '"a finales de 2022"',
    text: 'La secretaría adjudicó el contrato a finales de 2022.',
    phrase: 'finales de 2022',
    when: '2022-09/2022-12',
  },
  {
    says: '"el último trimestre de 2022", el cuarto',
    text: 'Las ventas cayeron durante el último trimestre de 2022.',
    phrase: 'último trimestre de 2022',
    when: '2022-36',
  },
  {
    says: '"el primer trimestre de 2023"',
    text: 'El contrato se firmó en el primer trimestre de 2023.',
    phrase: 'primer trimestre de 2023',
    when: '2023-33',
  },
  {
    says: '"al día siguiente"',
    text: 'La Guardia Civil registró el ayuntamiento el 12 de noviembre de 2019 y detuvo al alcalde al día siguiente.',
    phrase: 'al día siguiente',
    when: '2019-11-13',
    relation: ['after', 'registró el ayuntamiento', 'P1D'],
  },
  {
    says: '"hasta al menos agosto"',
    text: 'Los drones permanecerán en tierra hasta al menos agosto.',
    published: '2023-06-14',
    phrase: 'hasta al menos agosto',
    when: '2023-08/..',
  },
  {
    says: '"el martes" as the latest Tuesday before the publication',
    text: 'Su director negó el martes cualquier irregularidad.',
    published: '2023-06-14',
    phrase: 'el martes',
    when: '2023-06-13',
    weekday: 'Tuesday',
  },
  {
    says: '"la segunda quincena de junio" as days 16–30',
    text: 'Las lluvias de la segunda quincena de junio crearon las condiciones.',
    published: '2024-10-07',
    phrase: 'segunda quincena de junio',
    when: '2024-06-16/2024-06-30',
  },
  {
    says: '"desde 2020"',
    text: 'La empresa ha ganado tres contratos desde 2020.',
    phrase: 'desde 2020',
    when: '2020/..',
  },
  {
    says: '"hace tres años" from the publication, as the year it lands in',
    text: 'La obra comenzó hace tres años.',
    published: '2024-10-07',
    phrase: 'hace tres años',
    when: '2021',
  },
  {
    says: '"a principios de diciembre de ese año"',
    text: 'El alcalde dimitió el 20 de noviembre de 2019. Su sucesora convocó un pleno a principios de diciembre de ese año.',
    phrase: 'diciembre de ese año',
    when: '2019-12-01/2019-12-10',
  },
  {
    says: 'el tiempo de quien declara, no el de lo declarado',
    text: 'El director declaró el miércoles que la empresa recurrirá la sanción.',
    published: '2024-05-15',
    phrase: 'el miércoles',
    when: '2024-05-15',
    weekday: 'Wednesday',
  },
  {
    says: '"no gana desde" como la última victoria',
    text: 'El equipo no gana desde el 20 de agosto.',
    published: '2023-10-09',
    phrase: 'el 20 de agosto',
    when: '2023-08-20',
  },
  {
    says: '"hace dos años" como el año',
    text: 'El cabildo protestó hace dos años.',
    published: '2024-03-15',
    phrase: 'hace dos años',
    when: '2022',
  },
  {
    says: '"el último lunes" como el lunes más reciente antes de la publicación',
    text: 'La junta se reunió el último lunes y aprobó el plan.',
    published: '2026-03-20',
    phrase: 'el último lunes',
    when: '2026-03-16',
    weekday: 'Monday',
  },
  {
    says: '"el martes último" como el martes más reciente',
    text: 'El corte de luz ocurrió el martes último en toda la comuna.',
    published: '2026-03-20',
    phrase: 'el martes último',
    when: '2026-03-17',
    weekday: 'Tuesday',
  },
  {
    says: 'una fecha dicha tras una frase relativa ("…, en mayo de 2021") que la repite, con la relación',
    text: 'El contrato se firmó el 3 de marzo de 2019. El inquilino dejó de pagar unos dos años después de la firma del contrato, en mayo de 2021.',
    published: '2023-10-03',
    phrase: 'mayo de 2021',
    when: '2021-05',
    relation: ['after', 'El contrato se firmó', 'P2Y~'],
  },
];

function check(row: Row, lang: string): void {
  it(`reads ${row.says}: ${JSON.stringify(row.phrase)} → ${row.when}`, () => {
    const draft = capture(row.text, { lang, ...(row.published ? { publishedOn: row.published } : {}) });
    const { fact, span } = factAt(draft, row.phrase);
    expect(fact.when, span.rule).to.equal(row.when);
    if (row.rule) expect(span.rule).to.match(row.rule);
    expect(fact.citations[0]?.statedWeekday ?? undefined).to.equal(row.weekday);
    if (row.relation) {
      const [type, anchorWords, offset] = row.relation;
      expect(fact.relations).to.deep.equal([{ type, fact: factSaying(draft, anchorWords).id, offset }]);
    }
  });
}

describe('capture: date phrases', () => {
  describe('in English', () => ENGLISH.forEach((row) => check(row, 'en')));
  describe('in Spanish', () => SPANISH.forEach((row) => check(row, 'es')));
  it('reads "el último lunes de marzo" as the last Monday of that March, never as the latest Monday', () => {
    const draft = capture('La feria abrió el último lunes de marzo de 2025.', {
      lang: 'es',
      publishedOn: '2026-03-20',
    });
    expect(draft.facts.map((f) => f.when)).to.deep.equal(['2025-03-31']);
  });
});
