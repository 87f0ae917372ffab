import { expect } from 'chai';
import { capture, factAt, type WeekdayRow } from './captureHelpers.ts';

/**
 * A weekday in apposition after a count that lands on one day ("the next morning, a Sunday", "the
 * day after the launch, a Sunday", "al día siguiente, un domingo") is the stated weekday of the day
 * counted: one fact, counted from its anchor, with the weekday recorded, never a second fact for the
 * weekday alone, and the next count goes on from the day counted (src/capture/weekdayAppositions.ts).
 */

interface Row extends WeekdayRow {
  /** Words of the fact the count goes from. */
  readonly anchor: string;
}

const PUBLISHED = '2026-05-01';

const ROWS: Row[] = [
  {
    text: 'On the night of Saturday, 3 September 2022, the police told people to leave. The engineers cut the embankment the next morning, a Sunday, and the lake emptied into the villages.',
    lang: 'en',
    phrase: 'the next morning, a Sunday',
    when: '2022-09-04',
    weekday: 'Sunday',
    anchor: 'the police told people to leave',
  },
  {
    text: 'The boat was launched on Saturday, 14 March 2026. The day after the launch, a Sunday, the parish priest blessed it at the quay.',
    lang: 'en',
    phrase: 'The day after the launch, a Sunday',
    when: '2026-03-15',
    weekday: 'Sunday',
    anchor: 'The boat was launched',
  },
  {
    text: 'The board met on Wednesday, 4 March 2026. Two days later, a Friday, the chairman resigned.',
    lang: 'en',
    phrase: 'Two days later, a Friday',
    when: '2026-03-06',
    weekday: 'Friday',
    anchor: 'The board met',
  },
  {
    text: 'La lancha fue botada el sábado 14 de marzo de 2026. Al día siguiente, un domingo, el párroco la bendijo en el muelle.',
    lang: 'es',
    phrase: 'Al día siguiente, un domingo',
    when: '2026-03-15',
    weekday: 'Sunday',
    anchor: 'La lancha fue botada',
  },
];

describe('Capture reads a weekday in apposition after a counted day as that day’s weekday', () => {
  for (const row of ROWS) {
    it(`"${row.phrase}" is one fact on ${row.when}, counted from its anchor and stated as a ${row.weekday}`, () => {
      const draft = capture(row.text, { lang: row.lang, publishedOn: PUBLISHED });
      expect(draft.capture.spans).to.have.length(2);
      const { fact, span } = factAt(draft, row.phrase);
      expect(span.phrase).to.include(row.phrase);
      expect(fact.when).to.equal(row.when);
      expect(fact.citations[0]?.statedWeekday).to.equal(row.weekday);
      const anchor = draft.facts.find((f) => f.id === fact.relations[0]?.fact);
      expect(anchor?.summary).to.include(row.anchor);
    });
  }

  it('counts the next day from the day counted, not from the weekday read alone', () => {
    const draft = capture(
      'On the night of Saturday, 3 September 2022, the police told people to leave. The engineers cut the embankment the next morning, a Sunday, and the lake emptied. Two days later the water in the classroom was up to his chest.',
      { lang: 'en', publishedOn: '2026-11-14' },
    );
    const { fact } = factAt(draft, 'Two days later');
    expect(fact.when).to.equal('2022-09-06');
    const anchor = draft.facts.find((f) => f.id === fact.relations[0]?.fact);
    expect(anchor?.summary).to.include('cut the embankment');
  });

  it('records the weekday as stated where the count lands on another day, for the date checks to tell', () => {
    const draft = capture('The board met on Wednesday, 4 March 2026. The next day, a Monday, the chairman resigned.', {
      lang: 'en',
      publishedOn: PUBLISHED,
    });
    const { fact } = factAt(draft, 'The next day');
    expect([fact.when, fact.citations[0]?.statedWeekday]).to.deep.equal(['2026-03-05', 'Monday']);
  });

  it('leaves a weekday after a count of weeks a weekday of its own', () => {
    const draft = capture(
      'The board met on Wednesday, 4 March 2026. Two weeks later, a Friday, the chairman resigned.',
      {
        lang: 'en',
        publishedOn: PUBLISHED,
      },
    );
    expect(draft.capture.spans.map((s) => s.phrase)).to.deep.equal([
      'on Wednesday, 4 March 2026',
      'Two weeks later',
      'Friday',
    ]);
  });
  it('keeps the date written after a weekday that follows a count: "The next day, a Thursday, 12 March"', () => {
    const draft = capture(
      'The board met on Wednesday, 4 March 2026. The next day, a Thursday, 12 March, the chairman resigned.',
      { lang: 'en', publishedOn: PUBLISHED },
    );
    const phrases = draft.capture.spans.map((s) => s.phrase);
    expect(phrases.some((p) => p.includes('12 March'))).to.equal(true);
    expect(draft.facts.map((f) => f.when)).to.include('2026-03-12');
  });
});
