import { expect } from 'chai';
import { capture, factAt, type WeekdayRow } from './captureHelpers.ts';

/**
 * A weekday told beside a calendar day is that day's stated weekday: one fact, dated by the day, with the weekday
 * recorded, never a second fact for the weekday alone (src/capture/weekdayAppositions.ts).
 */

const PUBLISHED = '2026-03-20';

const ROWS: WeekdayRow[] = [
  {
    text: 'The trustees met on Thursday (12 March) and sold the hall.',
    lang: 'en',
    phrase: 'on Thursday (12 March)',
    when: '2026-03-12',
    weekday: 'Thursday',
  },
  {
    text: 'The ferry sailed late on Friday evening, 6 March, with no crew list.',
    lang: 'en',
    phrase: 'Friday evening, 6 March',
    when: '2026-03-06',
    weekday: 'Friday',
  },
  {
    text: 'Inspectors arrived on 9 March, a Monday, and sealed the kitchen.',
    lang: 'en',
    phrase: 'on 9 March, a Monday',
    when: '2026-03-09',
    weekday: 'Monday',
  },
  {
    text: 'The ballot closed on Feb. 27, 2026, which was a Friday.',
    lang: 'en',
    phrase: 'Feb. 27, 2026, which was a Friday',
    when: '2026-02-27',
    weekday: 'Friday',
  },
  {
    text: 'The shipment was seized on Wed., March 4, at the northern gate.',
    lang: 'en',
    phrase: 'Wed., March 4',
    when: '2026-03-04',
    weekday: 'Wednesday',
  },
  {
    text: 'Staff were told on 2 March – a Monday – that the clinic would shut.',
    lang: 'en',
    phrase: '2 March – a Monday',
    when: '2026-03-02',
    weekday: 'Monday',
  },
  {
    text: 'The clerk resigned on Tuesday, the 10th of March, citing stress.',
    lang: 'en',
    phrase: 'Tuesday, the 10th of March',
    when: '2026-03-10',
    weekday: 'Tuesday',
  },
  {
    text: 'The roof gave way on 3 March, the Tuesday after the storm, and no one was hurt.',
    lang: 'en',
    phrase: '3 March, the Tuesday',
    when: '2026-03-03',
    weekday: 'Tuesday',
  },
  {
    text: 'Bids closed at noon on 13 February, the Friday before half-term.',
    lang: 'en',
    phrase: '13 February, the Friday',
    when: '2026-02-13',
    weekday: 'Friday',
  },
  {
    text: 'The union walked out on 8 March, the Sunday of the festival.',
    lang: 'en',
    phrase: '8 March, the Sunday',
    when: '2026-03-08',
    weekday: 'Sunday',
  },
  {
    text: 'The ferry ran aground on Friday the 13th of February in thick fog.',
    lang: 'en',
    phrase: 'Friday the 13th of February',
    when: '2026-02-13',
    weekday: 'Friday',
  },
  {
    text: 'The depot reopened on Monday the 2nd of March.',
    lang: 'en',
    phrase: 'Monday the 2nd of March',
    when: '2026-03-02',
    weekday: 'Monday',
  },
  {
    text: 'Talks collapsed late on Wednesday the 11th of February.',
    lang: 'en',
    phrase: 'Wednesday the 11th of February',
    when: '2026-02-11',
    weekday: 'Wednesday',
  },
  {
    text: 'The council met on Tuesday the 3rd and voted to close the pool.',
    lang: 'en',
    phrase: 'Tuesday the 3rd',
    when: '2026-03-03',
    weekday: 'Tuesday',
  },
  {
    text: 'Staff walked out on Monday, the 16th, after the pay offer.',
    lang: 'en',
    phrase: 'Monday, the 16th',
    when: '2026-03-16',
    weekday: 'Monday',
  },
  {
    text: 'The mayor resigned on Friday the 30th, a week after the audit.',
    lang: 'en',
    phrase: 'Friday the 30th',
    when: '2026-01-30',
    weekday: 'Friday',
  },
  {
    text: 'El juez dictó la medida el viernes (13 de marzo) tras la audiencia.',
    lang: 'es',
    phrase: 'el viernes (13 de marzo)',
    when: '2026-03-13',
    weekday: 'Friday',
  },
  {
    text: 'La presa se vació el 11 de marzo, un miércoles, por orden de la autoridad.',
    lang: 'es',
    phrase: '11 de marzo, un miércoles',
    when: '2026-03-11',
    weekday: 'Wednesday',
  },
  {
    text: 'Los vecinos protestaron el lunes por la tarde, 16 de marzo, frente al cabildo.',
    lang: 'es',
    phrase: 'el lunes por la tarde, 16 de marzo',
    when: '2026-03-16',
    weekday: 'Monday',
  },
];

describe('Capture reads a weekday told beside a calendar day as that day’s weekday', () => {
  for (const row of ROWS) {
    it(`"${row.phrase}" is one fact (its phrase holding both) on ${row.when}, stated as a ${row.weekday}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: PUBLISHED });
      expect(draft.capture.spans).to.have.length(1);
      expect(draft.capture.spans[0]?.phrase).to.include(row.phrase);
      const fact = draft.facts[0];
      expect(fact?.when).to.equal(row.when);
      expect(fact?.citations[0]?.statedWeekday).to.equal(row.weekday);
    });
  }

  it('takes a weekday before a byline date behind a bar ("Thursday | August 21, 2025") as part of the byline', () => {
    const text =
      'Gas scarce as supplier blames late shipment\n\nMaria Lopez/Staff Reporter\n\nThursday | August 21, 2025\n\nCookshops shut early on Monday as gas ran short.';
    const draft = capture(text, { lang: 'en', publishedOn: '2025-08-21' });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on Monday']);
  });

  it('leaves a weekday and a day apart when words of their own stand between them', () => {
    const draft = capture('The board met on Tuesday, and on 5 March it voted to close the depot.', {
      lang: 'en',
      publishedOn: PUBLISHED,
    });
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal(['on Tuesday', 'on 5 March']);
  });

  it('records the weekday as stated even where the calendar disagrees, for the date checks to tell', () => {
    const fact = capture('The depot closed on 5 March, a Monday, after the vote.', {
      lang: 'en',
      publishedOn: PUBLISHED,
    }).facts[0];
    expect([fact?.when, fact?.citations[0]?.statedWeekday]).to.deep.equal(['2026-03-05', 'Monday']);
  });

  it('takes the year on which a day in apposition with "the WEEKDAY …" falls, not the nearer one', () => {
    const draft = capture(
      'The audit was published in March 2026. The pump was switched off on 15 August, the Friday before the holiday.',
      { lang: 'en', publishedOn: '2026-03-20' },
    );
    const fact = draft.facts.at(-1);
    expect([fact?.when, fact?.citations[0]?.statedWeekday]).to.deep.equal(['2025-08-15', 'Friday']);
  });

  it('leaves "the Tuesday meeting" after a day as words of their own', () => {
    const draft = capture('The deal was signed on 3 March, the Tuesday meeting having run late.', {
      lang: 'en',
      publishedOn: PUBLISHED,
    });
    expect(draft.facts[0]?.citations[0]?.statedWeekday).to.equal(null);
  });

  const JOINED: ReadonlyArray<readonly [string, string, string, string]> = [
    ['Storms raged from Monday night into Tuesday, March 3, cutting power.', 'Monday night', '2026-03-02/..', 'Monday'],
    [
      'The pumps failed on Saturday and on Sunday, 8 March, the basin flooded.',
      'on Saturday',
      '2026-03-07',
      'Saturday',
    ],
    ['Pickets stood outside on Thursday night into Friday, 6 March.', 'Thursday night', '2026-03-05', 'Thursday'],
    ['Rain fell from Wednesday night into Thursday, 1 January 2026.', 'Wednesday night', '2025-12-31/..', 'Wednesday'],
  ];
  for (const [text, phrase, when, weekday] of JOINED) {
    it(`dates "${phrase}" joined to a later day with its weekday from that day: ${when}`, () => {
      const { fact } = factAt(capture(text, { lang: 'en', publishedOn: PUBLISHED }), phrase);
      expect([fact.when, fact.citations[0]?.statedWeekday]).to.deep.equal([when, weekday]);
    });
  }
});
