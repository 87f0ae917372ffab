import { expect } from 'chai';
import { storyCountry } from '../../src/capture/nationalDays.ts';
import { capture, factAt } from './captureHelpers.ts';

/**
 * A national day whose name many countries share and whose day each fixes by law ("Independence Day", "el Día
 * de la Independencia", Northern Ireland's "the Twelfth") is the day of the first country of the table the
 * text names; with no such country, or one whose day is not one fixed day, the name dates nothing (docs/capture.md,
 * dates on unseen text, fourteenth round).
 */
interface Row {
  readonly says: string;
  readonly lang: 'en' | 'es';
  readonly text: string;
  readonly phrase: string;
  readonly when: string;
}

const PUBLISHED = '2025-11-30';

const ROWS: Row[] = [
  {
    says: "Pakistan's Independence Day in the year written beside it",
    lang: 'en',
    text: 'KARACHI, Pakistan — The school opened on 3 March 2022. On Independence Day in 2023 the children hung a paper flag.',
    phrase: 'Independence Day in 2023',
    when: '2023-08-14',
  },
  {
    says: "the United States' Independence Day in the narrative's year",
    lang: 'en',
    text: 'The county in the United States closed the pool in June 2024. It reopened on Independence Day.',
    phrase: 'Independence Day',
    when: '2024-07-04',
  },
  {
    says: "Northern Ireland's Twelfth holiday of a year",
    lang: 'en',
    text: 'The station in County Down, Northern Ireland, got a new boat in 2012. On the Twelfth holiday of 2019 half the crew were at the parade.',
    phrase: 'the Twelfth holiday of 2019',
    when: '2019-07-12',
  },
  {
    says: "Peru's Día de la Independencia in the year written beside it",
    lang: 'es',
    text: 'Lima, Perú. El mercado abrió el 2 de marzo de 2024. El Día de la Independencia de 2024 hubo desfiles en la plaza.',
    phrase: 'Día de la Independencia de 2024',
    when: '2024-07-28',
  },
  {
    says: "Mexico's Día de la Independencia in the narrative's year",
    lang: 'es',
    text: 'En Puebla, México, la escuela cerró en agosto de 2023 y reabrió el Día de la Independencia.',
    phrase: 'Día de la Independencia',
    when: '2023-09-16',
  },
];

describe('capture: a national day fixed by the law of the story’s country', () => {
  for (const row of ROWS) {
    it(`reads ${row.says}`, () => {
      const draft = capture(row.text, { publishedOn: PUBLISHED, lang: row.lang });
      expect(factAt(draft, row.phrase).fact.when).to.equal(row.when);
      expect(draft.capture.spans.map((s) => s.rule).join(' ')).to.match(/by the law of/);
    });
  }

  it('reads no day from "Independence Day" in a text that names no country of the table', () => {
    const draft = capture('The town held its fair on Independence Day in 2023.', {
      publishedOn: PUBLISHED,
      lang: 'en',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).not.to.include('Independence Day in 2023');
  });

  it('reads no day from "Independence Day" where the first country named keeps more than one (Panama)', () => {
    const draft = capture(
      'PANAMA CITY, Panama — The port reopened on Independence Day in 2023, a year after the strike.',
      {
        publishedOn: PUBLISHED,
        lang: 'en',
      },
    );
    expect(draft.capture.spans.map((s) => s.phrase)).not.to.include('Independence Day in 2023');
  });

  it('takes the first country the text names as the story’s, as a dateline names it', () => {
    expect(storyCountry('ACCRA, Ghana — Cocoa bound for Nigeria and the United States …')?.names[0]).to.equal('Ghana');
    expect(storyCountry('A story told nowhere in particular.')).to.equal(null);
  });

  it('takes a country’s name that ends another place’s name ("New Mexico", "the Gulf of Mexico") for no country', () => {
    expect(storyCountry('SANTA FE, New Mexico — The pool reopened on Independence Day.')).to.equal(null);
    expect(storyCountry('HOUSTON — Rigs in the Gulf of Mexico restarted on Independence Day.')).to.equal(null);
    expect(storyCountry('CHIHUAHUA, México — Las obras de Nuevo México y de México avanzan.')?.names[0]).to.equal(
      'Mexico',
    );
    const draft = capture('SANTA FE, New Mexico — The pool closed in June 2024. It reopened on Independence Day.', {
      publishedOn: PUBLISHED,
      lang: 'en',
    });
    expect(draft.facts.map((f) => f.when)).not.to.include('2024-09-16');
  });

  it('reads no Twelfth in "the Twelfth Night", a play, whatever its case', () => {
    const draft = capture('BELFAST, Northern Ireland — The theatre staged the Twelfth Night in June 2019.', {
      publishedOn: PUBLISHED,
      lang: 'en',
    });
    expect(draft.capture.spans.map((s) => s.phrase)).not.to.include('the Twelfth');
  });
});
