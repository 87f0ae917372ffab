import { describeDateTables } from './dateTables.ts';

/**
 * "Between then and the summer of 2022", "from then until June 2019", "desde entonces hasta el verano de 2022":
 * a span from the previous event in the text to the end of the date named; an event counted back from another
 * ("He had consigned it three weeks earlier") looks back from that other, which "then" names (docs/design.md,
 * How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a span from then to a date starts at the previous event',
    [
      {
        text: 'The first map went under the hammer on April 27, 2017. Between then and the summer of 2022, the house sold twenty-two more of the maps.',
        publishedOn: '2026-03-27',
        phrase: 'the summer of 2022',
        when: '2017-04-27/2022-08-31',
      },
      {
        text: 'The first map went under the hammer on April 27, 2017. He had consigned it three weeks earlier under a false name. Between then and the summer of 2022, the house sold twenty-two more of the maps.',
        publishedOn: '2026-03-27',
        phrase: 'the summer of 2022',
        when: '2017-04-27/2022-08-31',
      },
      {
        text: 'The first map went under the hammer on April 27, 2017. From then until June 2019 the house sold twenty-two more.',
        publishedOn: '2026-03-27',
        phrase: 'June 2019',
        when: '2017-04-27/2019-06-30',
      },
      {
        text: 'El primer mapa se subastó el 27 de abril de 2017. Desde entonces hasta el verano de 2022, la casa vendió otros veintidós mapas.',
        publishedOn: '2026-03-27',
        phrase: 'el verano de 2022',
        when: '2017-04-27/2022-08-31',
        lang: 'es',
      },
    ],
  ],
]);
