import { describeDateTables } from './dateTables.ts';

/**
 * A holiday on a fixed day takes the year written beside it also after "in" ("Christmas Eve in 2018") and after
 * a word of the day's own time or its holiday ("Halloween night 2015"), which the phrase then holds; the
 * Spanish form ("la Nochebuena de 2015") reads the year after "de" (docs/capture.md, dates on unseen text,
 * fourteenth round).
 */
const PUBLISHED = '2025-11-30';

describeDateTables([
  [
    'capture: the year written beside a holiday on a fixed day',
    [
      {
        text: 'On Halloween night 2015 the lifeboat launched twice.',
        publishedOn: PUBLISHED,
        phrase: 'Halloween night 2015',
        when: '2015-10-31',
      },
      {
        text: 'The station opened in May 2012. On Christmas Eve in 2018 the pager went off at 3.40am.',
        publishedOn: PUBLISHED,
        phrase: 'Christmas Eve in 2018',
        when: '2018-12-24',
      },
      {
        text: 'The crew met in March 2012. On the Boxing Day holiday of 2017 the harbour froze.',
        publishedOn: PUBLISHED,
        phrase: 'Boxing Day holiday of 2017',
        when: '2017-12-26',
      },
      {
        text: 'La lancha salió en mayo de 2012. La Nochebuena de 2015 rescató a dos pescadores.',
        publishedOn: PUBLISHED,
        phrase: 'Nochebuena de 2015',
        when: '2015-12-24',
        lang: 'es',
      },
    ],
  ],
]);
