import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * The year of a date written without one (docs/design.md, How capture reads dates): short stories
 * of our own, published in different months, told in order and out of it.
 */
interface Story {
  readonly name: string;
  readonly text: string;
  readonly lang: 'en' | 'es';
  readonly publishedOn: string;
  /** The date phrase (its first occurrence) and the date it must get. */
  readonly expected: ReadonlyArray<readonly [string, string]>;
}

const STORIES: readonly Story[] = [
  {
    name: 'logs that show a day of the past, in a story published in the autumn',
    text: 'The canal trust moved its ledgers to a new server in the fourth quarter of 2023. On 19 December a contractor left the archive open. Access logs show the first copy by an outsider on 6 January.',
    lang: 'en',
    publishedOn: '2024-10-02',
    expected: [
      ['19 December', '2023-12-19'],
      ['6 January', '2024-01-06'],
    ],
  },
  {
    name: 'a month set beside the one before, "according to" its source, in a story published in February',
    text: 'Drivers at the Wexley depot were paid late in October and again in November, according to their union. The company blamed a bank error.',
    lang: 'en',
    publishedOn: '2025-02-14',
    expected: [
      ['October', '2024-10'],
      ['November', '2024-11'],
    ],
  },
  {
    name: 'a schedule told in the present, after background years',
    text: 'The harbour board first discussed the new pier in March 2022. Its plans were shelved a year later. The board meets again on 12 November.',
    lang: 'en',
    publishedOn: '2024-10-20',
    expected: [['12 November', '2024-11-12']],
  },
  {
    name: 'un mes unido por «y otra vez» al anterior, en una nota de marzo',
    text: 'La cooperativa dejó de pagar a sus socios en noviembre de 2024 y otra vez en diciembre, según los socios.',
    lang: 'es',
    publishedOn: '2025-03-05',
    expected: [['diciembre', '2024-12']],
  },
  {
    name: 'days told between open statements written with their years, in a story published early in the year',
    text: 'The mill first flooded in the spring of 2021. Its owners had borrowed £2m from the county by August 2022. The county froze the loan on 3 November and called it in on 12 January. The owners have been in talks since May 2023.',
    lang: 'en',
    publishedOn: '2024-03-08',
    expected: [
      ['3 November', '2022-11-03'],
      ['12 January', '2023-01-12'],
    ],
  },
  {
    name: 'a feature told in order, whose new paragraph goes on inside the season it reached',
    text: 'The clinic opened in 2015. Its director hired a new pharmacist in March 2019 and a second in the autumn of 2020. Dr Ines Marlow became its auditor in early 2021.\n\nOn 9 March, she wrote to the board about missing stock. The board met on 20 March.',
    lang: 'en',
    publishedOn: '2023-11-26',
    expected: [
      ['9 March', '2021-03-09'],
      ['20 March', '2021-03-20'],
    ],
  },
  {
    name: 'a news story that goes back to background and returns to the news in a new paragraph',
    text: 'The council approved the new depot on Tuesday. It had bought the site in March 2019.\n\nThe tender opened on 12 April and closed a month later.',
    lang: 'en',
    publishedOn: '2021-06-10',
    expected: [['12 April', '2021-04-12']],
  },
  {
    name: 'a witness who names again, without its year, a day the story dated years before',
    text: 'The barge left Rotterdam on 2 March 2020. Ten days later, it capsized off the Frisian coast.\n\nThe insurer paid out on Monday. "On the night of March 12 the pumps had already failed," the mate told the court.',
    lang: 'en',
    publishedOn: '2024-05-09',
    expected: [['March 12', '2020-03-12']],
  },
  {
    name: 'a month in a participle phrase before a future verb ("an audit ordered in November is expected to …")',
    text: 'An inquiry ordered by the ministry in November is expected to report by the end of March.',
    lang: 'en',
    publishedOn: '2026-01-20',
    expected: [
      ['November', '2025-11'],
      ['by the end of March', '../2026-03'],
    ],
  },
  {
    name: 'a day in a participle phrase before a future verb, with no agent',
    text: 'The levy approved on 14 December will take effect in April.',
    lang: 'en',
    publishedOn: '2026-01-20',
    expected: [['14 December', '2025-12-14']],
  },
  {
    name: 'a month in a participle phrase before a verb of the present',
    text: 'The review commissioned by the trust in October is due to be published in the spring.',
    lang: 'en',
    publishedOn: '2026-02-03',
    expected: [['October', '2025-10']],
  },
];

describe('capture: the year of a date written without one', () => {
  for (const story of STORIES) {
    it(`dates ${story.name}`, () => {
      const draft = capture(story.text, { lang: story.lang, publishedOn: story.publishedOn });
      for (const [phrase, when] of story.expected) {
        const { fact, span } = factAt(draft, phrase);
        expect(fact.when, `${phrase}: ${span.rule}`).to.equal(when);
      }
    });
  }
});
